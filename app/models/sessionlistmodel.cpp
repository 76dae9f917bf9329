// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sessionlistmodel.h"

#include "content/store.h"

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SessionListModel::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::storeChanged, this, &SessionListModel::follow);
        connect(m_session, &Session::currentChanged, this, &SessionListModel::follow);
        connect(m_session, &Session::dataChanged, this, &SessionListModel::follow);
    }
    reload();
    Q_EMIT sessionChanged();
}

Continuite::Store *SessionListModel::store() const
{
    Continuite::Store *s = openStore();
    return s && s->current() ? s : nullptr;
}

Continuite::Store *SessionListModel::openStore() const
{
    return m_session ? m_session->store() : nullptr;
}

void SessionListModel::follow()
{
    // A home made while currentChanged() is sent reads its rows as it is made, then the same signal reaches
    // every model in it: reading them again doubled the teacher's sign-in (bench/README, "Session 23").
    if (m_session && m_session->generation() == m_readAt)
        return;
    reload();
}

void SessionListModel::reload()
{
    m_readAt = m_session ? m_session->generation() : 0;
    const int before = count();
    beginResetModel();
    load();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    Q_EMIT reloaded();
}

void SessionListModel::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}

void SessionListModel::written()
{
    if (m_session)
        m_session->notifyDataChanged();
    else
        reload();
}
