// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Fault injection for tst_hubfaults, loaded with LD_PRELOAD (ctest sets it): while switched on, libmicrohttpd's
// memory pool for a new connection (MHD_pool_create's malloc of 32 KiB) cannot be allocated, as under memory
// pressure. libmicrohttpd then drops a connection it was handed (MHD_add_connection said yes) without telling the
// hub it started. Every other allocation, libmicrohttpd's own included, is glibc's. A second switch only slows that
// allocation down (an event thread behind a burst: each connection starts late, none is dropped).
#include <atomic>
#include <chrono>
#include <thread>
#include <cerrno>
#include <cstddef>
#include <cstring>

#include <dlfcn.h>

extern "C" void *__libc_malloc(size_t size);

namespace {
std::atomic<bool> failing{false};
std::atomic<int> failed{0};
std::atomic<int> delayMs{0};
std::atomic<int> delayed{0};
} // namespace

extern "C" {

__attribute__((visibility("default"))) void continuite_test_fail_mhd_pools(int on)
{
    failing = on != 0;
}

__attribute__((visibility("default"))) int continuite_test_mhd_pools_failed()
{
    return failed.load();
}

__attribute__((visibility("default"))) void continuite_test_delay_mhd_pools(int milliseconds)
{
    delayMs = milliseconds;
}

__attribute__((visibility("default"))) int continuite_test_mhd_pools_delayed()
{
    return delayed.load();
}

__attribute__((visibility("default"))) void *malloc(size_t size)
{
    if (size == 32768 && (failing.load() || delayMs.load() > 0)) {
        Dl_info info{};
        if (dladdr(__builtin_return_address(0), &info) && info.dli_fname && std::strstr(info.dli_fname, "libmicrohttpd")) {
            if (failing.load()) {
                ++failed;
                errno = ENOMEM;
                return nullptr;
            }
            ++delayed;
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs.load()));
        }
    }
    return __libc_malloc(size);
}
}
