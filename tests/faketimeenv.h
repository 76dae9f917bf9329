// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDir>
#include <QProcessEnvironment>
#include <QString>

/// The environment that runs a program with its clock moved by @p offset ("+2h"), with libfaketime preloaded
/// directly, or an empty environment when libfaketime is not installed (Debian package faketime).
///
/// Not through the `faketime` wrapper: it makes a named semaphore per process id (/dev/shm/sem.faketime_sem_PID) and
/// leaves it behind when it is killed; with 32,768 process ids a CI run reuses one, and the next wrapper with that id
/// fails with "sem_open: File exists" (seen in CI: tst_convergence's CLI under faketime printed nothing). Preloaded
/// directly, libfaketime shares nothing between processes and leaves nothing behind. Monotonic clocks keep real time
/// (the event loop's and libcurl's timeouts).
inline QProcessEnvironment fakedClockEnvironment(const QString &offset)
{
    for (const QString &dir : {QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime"), QStringLiteral("/usr/lib/aarch64-linux-gnu/faketime"),
                               QStringLiteral("/usr/lib/faketime")}) {
        const QString library = dir + QStringLiteral("/libfaketime.so.1");
        if (!QDir().exists(library))
            continue;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), library);
        env.insert(QStringLiteral("FAKETIME"), offset);
        env.insert(QStringLiteral("DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
        return env;
    }
    return {};
}
