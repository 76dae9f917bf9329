// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The attacker of tst_linkedpicturerace, loaded with LD_PRELOAD (ctest sets it) into the test and into the
// continuite-cli it runs: someone who can write in the folder of a lesson's text swaps a picture's symlink at the worst
// moment. While CONTINUITE_TEST_SWAP_PATH and CONTINUITE_TEST_SWAP_WITH are set, the first time this process opens
// exactly the path CONTINUITE_TEST_SWAP_PATH, right after that open succeeded, CONTINUITE_TEST_SWAP_WITH (a symlink
// made beforehand) is renamed over it (once for each path: a test arms it again with another path). The code that opened the path has passed its checks on what it opened; whatever
// opens that name afterwards gets what the attacker chose. Every open is glibc's.
#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <fcntl.h>

namespace {

std::atomic<int> swaps{0};
char lastSwapped[4096];

void afterOpen(int fd, const char *path)
{
    if (fd < 0 || !path)
        return;
    const char *watched = std::getenv("CONTINUITE_TEST_SWAP_PATH");
    const char *with = std::getenv("CONTINUITE_TEST_SWAP_WITH");
    if (!watched || !with || std::strcmp(watched, path) != 0 || std::strcmp(watched, lastSwapped) == 0)
        return;
    std::strncpy(lastSwapped, watched, sizeof lastSwapped - 1);
    const int saved = errno;
    if (std::rename(with, watched) == 0)
        ++swaps;
    errno = saved;
}

template<typename F>
F real(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

mode_t modeOf(int flags, va_list &args)
{
    return (flags & O_CREAT) || (flags & __O_TMPFILE) == __O_TMPFILE ? mode_t(va_arg(args, int)) : 0;
}

} // namespace

extern "C" {

/// How many swaps this process made: the test's proof that the attacker acted.
__attribute__((visibility("default"))) int continuite_test_link_swaps()
{
    return swaps.load();
}

__attribute__((visibility("default"))) int open(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static const auto next = real<int (*)(const char *, int, ...)>("open");
    const int fd = next(path, flags, mode);
    afterOpen(fd, path);
    return fd;
}

__attribute__((visibility("default"))) int open64(const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static const auto next = real<int (*)(const char *, int, ...)>("open64");
    const int fd = next(path, flags, mode);
    afterOpen(fd, path);
    return fd;
}

__attribute__((visibility("default"))) int openat(int dir, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static const auto next = real<int (*)(int, const char *, int, ...)>("openat");
    const int fd = next(dir, path, flags, mode);
    afterOpen(fd, path);
    return fd;
}

__attribute__((visibility("default"))) int openat64(int dir, const char *path, int flags, ...)
{
    va_list args;
    va_start(args, flags);
    const mode_t mode = modeOf(flags, args);
    va_end(args);
    static const auto next = real<int (*)(int, const char *, int, ...)>("openat64");
    const int fd = next(dir, path, flags, mode);
    afterOpen(fd, path);
    return fd;
}

__attribute__((visibility("default"))) int __open_2(const char *path, int flags)
{
    static const auto next = real<int (*)(const char *, int)>("__open_2");
    const int fd = next(path, flags);
    afterOpen(fd, path);
    return fd;
}

__attribute__((visibility("default"))) int __open64_2(const char *path, int flags)
{
    static const auto next = real<int (*)(const char *, int)>("__open64_2");
    const int fd = next(path, flags);
    afterOpen(fd, path);
    return fd;
}
}
