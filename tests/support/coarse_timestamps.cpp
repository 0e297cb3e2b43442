// LD_PRELOAD shim: every file time that stat(), fstat(), lstat(), fstatat() and statx() report is cut
// to whole seconds, as on FAT/exFAT sticks, SMB and NFS home folders or HFS+. QSettings decides
// whether another process changed a file by its size and modification time; with this shim two
// versions written within one second look alike, which is what scripts/history-stress.sh runs the
// history writers under.
//
//     LD_PRELOAD=libcoarse_timestamps.so program ...

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace {

template <typename Function> Function next(const char* name)
{
    // POSIX guarantees that a function pointer fits in the void* that dlsym() returns.
    void* symbol = dlsym(RTLD_NEXT, name);
    Function function = nullptr;
    static_assert(sizeof function == sizeof symbol);
    __builtin_memcpy(&function, &symbol, sizeof function);
    return function;
}

template <typename Stat> int coarse(int result, Stat* buffer)
{
    if (result == 0) {
        buffer->st_atim.tv_nsec = 0;
        buffer->st_mtim.tv_nsec = 0;
        buffer->st_ctim.tv_nsec = 0;
    }
    return result;
}

} // namespace

extern "C" {

int stat(const char* path, struct stat* buffer)
{
    static const auto real = next<int (*)(const char*, struct stat*)>("stat");
    return coarse(real(path, buffer), buffer);
}

int stat64(const char* path, struct stat64* buffer)
{
    static const auto real = next<int (*)(const char*, struct stat64*)>("stat64");
    return coarse(real(path, buffer), buffer);
}

int lstat(const char* path, struct stat* buffer)
{
    static const auto real = next<int (*)(const char*, struct stat*)>("lstat");
    return coarse(real(path, buffer), buffer);
}

int lstat64(const char* path, struct stat64* buffer)
{
    static const auto real = next<int (*)(const char*, struct stat64*)>("lstat64");
    return coarse(real(path, buffer), buffer);
}

int fstat(int fd, struct stat* buffer)
{
    static const auto real = next<int (*)(int, struct stat*)>("fstat");
    return coarse(real(fd, buffer), buffer);
}

int fstat64(int fd, struct stat64* buffer)
{
    static const auto real = next<int (*)(int, struct stat64*)>("fstat64");
    return coarse(real(fd, buffer), buffer);
}

int fstatat(int dir, const char* path, struct stat* buffer, int flags)
{
    static const auto real = next<int (*)(int, const char*, struct stat*, int)>("fstatat");
    return coarse(real(dir, path, buffer, flags), buffer);
}

int fstatat64(int dir, const char* path, struct stat64* buffer, int flags)
{
    static const auto real = next<int (*)(int, const char*, struct stat64*, int)>("fstatat64");
    return coarse(real(dir, path, buffer, flags), buffer);
}

int statx(int dir, const char* path, int flags, unsigned int mask, struct statx* buffer)
{
    static const auto real = next<int (*)(int, const char*, int, unsigned int, struct statx*)>("statx");
    const int result = real(dir, path, flags, mask, buffer);
    if (result == 0) {
        buffer->stx_atime.tv_nsec = 0;
        buffer->stx_btime.tv_nsec = 0;
        buffer->stx_ctime.tv_nsec = 0;
        buffer->stx_mtime.tv_nsec = 0;
    }
    return result;
}

} // extern "C"
