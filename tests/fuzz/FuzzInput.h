#pragma once

// Helpers shared by the libFuzzer targets: the input as Qt bytes, split where a target needs two
// parts, and a check that aborts (so libFuzzer records the input) when an invariant breaks.

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace snapshotdesk::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The input up to its first newline, and the rest (the whole input is the rest when there is none).
inline std::pair<QByteArray, QByteArray> firstLineAndRest(const QByteArray& input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return {QByteArray(), input};
    return {input.left(newline), input.mid(newline + 1)};
}

// A fixed "now", so every run of an input behaves the same.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
}

[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

inline void check(bool condition, const char* what)
{
    if (!condition)
        fail(what);
}

} // namespace snapshotdesk::fuzz
