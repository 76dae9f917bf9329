// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "datapolicysettings.h"

#include "session.h"
#include "synccontroller.h"

#include "content/store.h"

#include <QCoreApplication>
#include <QJSEngine>

#include <limits>

using Continuite::DataPolicy;
using Continuite::MediaPolicy;
using Continuite::Store;

DataPolicySettings::DataPolicySettings(Session *session, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_sync(sync)
{
    if (m_session) {
        connect(m_session, &Session::currentChanged, this, &DataPolicySettings::refresh);
        connect(m_session, &Session::storeChanged, this, &DataPolicySettings::refresh);
        connect(m_session, &Session::dataChanged, this, &DataPolicySettings::refresh);
    }
    if (m_sync) {
        connect(m_sync, &SyncController::networkChanged, this, &DataPolicySettings::changed); // holdsFilesBack
        connect(m_sync, &SyncController::syncFinished, this, &DataPolicySettings::refresh);
    }
    refresh();
}

DataPolicySettings::~DataPolicySettings() = default;

DataPolicySettings *DataPolicySettings::instance()
{
    static QPointer<DataPolicySettings> settings;
    if (!settings)
        settings = new DataPolicySettings(Session::instance(), SyncController::instance(), QCoreApplication::instance());
    return settings;
}

DataPolicySettings *DataPolicySettings::create(QQmlEngine *, QJSEngine *)
{
    DataPolicySettings *settings = instance();
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

QString DataPolicySettings::currentProfileId() const
{
    if (!m_session || !m_session->store() || !m_session->store()->current())
        return {};
    return m_session->store()->current()->id;
}

bool DataPolicySettings::isMetered() const
{
    // Unknown counts as metered: with "only on unmetered networks", files wait rather than eat a data plan.
    return !m_sync || m_sync->isMetered();
}

bool DataPolicySettings::holdsFilesBack(MediaPolicy policy, bool metered)
{
    return policy == MediaPolicy::Never || (policy == MediaPolicy::UnmeteredOnly && metered);
}

bool DataPolicySettings::holdsFilesBack() const
{
    return holdsFilesBack(m_mediaPolicy, isMetered());
}

void DataPolicySettings::refresh()
{
    Store *store = m_session ? m_session->store() : nullptr;
    const QString id = currentProfileId();
    const auto st = store && !id.isEmpty() ? store->sync().state(id) : std::nullopt;
    if (st) {
        m_mediaPolicy = st->policy.media;
        m_monthlyCapMB = int(std::min<qint64>(st->policy.monthlyCapMB, std::numeric_limits<int>::max()));
        // The CLI may have set any number of bytes: the app shows whole kilobytes, rounded up.
        m_rateCapKBps = int(std::min<qint64>((st->policy.rateCapBytesPerSecond + 1023) / 1024, std::numeric_limits<int>::max()));
    } else {
        // Nobody, or nobody signed in to a hub yet: the defaults, as a new sign-in starts with.
        m_mediaPolicy = MediaPolicy::Always;
        m_monthlyCapMB = 0;
        m_rateCapKBps = 0;
    }
    Q_EMIT changed();
}

QString DataPolicySettings::save(MediaPolicy policy, int monthlyCapMB, int rateCapKBps)
{
    Store *store = m_session ? m_session->store() : nullptr;
    const QString id = currentProfileId();
    if (!store || id.isEmpty())
        return tr("Nobody is signed in on this device.");
    if (monthlyCapMB < 0)
        return tr("The monthly cap is a number of megabytes, 0 or more (0: no cap).");
    auto st = store->sync().state(id);
    if (!st)
        return tr("Connect to a hub first: the data policy belongs with it.");
    DataPolicy p = st->policy;
    // What QML passes is an int: anything but the two restrictions is "always", as before.
    p.media = policy == MediaPolicy::Never || policy == MediaPolicy::UnmeteredOnly ? policy : MediaPolicy::Always;
    p.monthlyCapMB = monthlyCapMB;
    if (rateCapKBps >= 0)
        p.rateCapBytesPerSecond = qint64(rateCapKBps) * 1024;
    if (auto s = store->sync().setPolicy(id, p); !s)
        return s.error();
    refresh();
    return {};
}
