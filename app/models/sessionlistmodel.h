// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "session.h"

namespace Continuite {
class Store;
}

/**
 * @brief What the app's list models share: the session they read from, their row count, the last
 * error for the person (translated), and reloading when the person, the store or the data change.
 *
 * A subclass fills its rows in load() and says how many there are in count(); the rest (following the
 * session, the model reset, countChanged) is done here once.
 */
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// The last error, for the person to read; empty when the last action worked.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit SessionListModel(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    virtual int count() const = 0;
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : count(); }

    Q_INVOKABLE void clearError() { setError({}); }

public Q_SLOTS:
    /// Reads the rows again from the store (a model reset).
    void reload();

Q_SIGNALS:
    void sessionChanged();
    void countChanged();
    void errorChanged();
    /// The rows were read again (properties derived from them may have changed).
    void reloaded();

protected:
    /// The open store with someone acting, or null.
    Continuite::Store *store() const;
    /// The open store even when nobody acts yet (the profile chooser), or null.
    Continuite::Store *openStore() const;
    /// Replaces the rows: called between beginResetModel() and endResetModel().
    virtual void load() = 0;
    void setError(const QString &message);
    /// Tells every model of the session that something was written (they reload, this one too).
    void written();

private:
    /// Follows the session: reads the rows again unless they were read since it changed.
    void follow();

    QPointer<Session> m_session;
    QString m_error;
    quint64 m_readAt = 0; ///< the session's generation() when the rows were last read
};
