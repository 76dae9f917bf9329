// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/gstreamer.h"

#include <mutex>

namespace Continuite::Gst {

QString init()
{
    static std::once_flag once;
    static QString error;
    std::call_once(once, [] {
        GError *err = nullptr;
        if (!gst_init_check(nullptr, nullptr, &err))
            error = takeMessage(err);
    });
    return error;
}

QString takeMessage(GError *&err)
{
    const QString m = QString::fromUtf8(err ? err->message : "unknown error");
    g_clear_error(&err);
    return m;
}

} // namespace Continuite::Gst
