// LD_PRELOAD shim: opening an INI file for reading stalls for SNAPSHOTDESK_SLOW_READ_MS (default 20)
// after the file was opened and before it is read, as a thread descheduled on a loaded machine does.
// QSettings (Qt 6.4) reads a file and only then asks for its size and time; another process that
// replaces the file in that moment leaves it with the old contents filed under the new file's size
// and time. The shim makes that moment long enough to hit in every run of
// scripts/history-stress.sh, instead of once in a hundred.
//
//     LD_PRELOAD=libslow_reads.so program ...

#include <cstdarg>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dlfcn.h>
#include <fcntl.h>

namespace {

template <typename Function> Function next(const char* name)
{
    void* symbol = dlsym(RTLD_NEXT, name);
    Function function = nullptr;
    static_assert(sizeof function == sizeof symbol);
    std::memcpy(&function, &symbol, sizeof function);
    return function;
}

int stallIfIniRead(int fd, const char* path, int flags)
{
    const std::size_t length = path ? std::strlen(path) : 0;
    if (fd < 0 || (flags & O_ACCMODE) != O_RDONLY || length < 4 ||
        std::strcmp(path + length - 4, ".ini") != 0)
        return fd;
    static const long ms = [] {
        const char* value = std::getenv("SNAPSHOTDESK_SLOW_READ_MS");
        return value ? std::strtol(value, nullptr, 10) : 20L;
    }();
    timespec stall = {ms / 1000, (ms % 1000) * 1'000'000};
    while (nanosleep(&stall, &stall) != 0) {
    }
    return fd;
}

mode_t modeOf(int flags, va_list& args)
{
    return (flags & (O_CREAT | O_TMPFILE)) != 0 ? static_cast<mode_t>(va_arg(args, unsigned int)) : 0;
}

} // namespace

extern "C" {

int open(const char* path, int flags, ...)
{
    static const auto real = next<int (*)(const char*, int, ...)>("open");
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    return stallIfIniRead(real(path, flags, mode), path, flags);
}

int open64(const char* path, int flags, ...)
{
    static const auto real = next<int (*)(const char*, int, ...)>("open64");
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    return stallIfIniRead(real(path, flags, mode), path, flags);
}

} // extern "C"
