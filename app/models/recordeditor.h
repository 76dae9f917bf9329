// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/result.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "session.h"

namespace Continuite {
class Store;
}

/**
 * @brief What the teacher's editors (lessons, assignments) share: the session they write through, the
 * last error for the person, the edits kept until save(), and the steps of starting, loading, saving and
 * publishing one record.
 *
 * A subclass shows a record (showNew(), loadRecord()), writes it (writeRecord(), publishRecord()) and
 * says when its fields changed (notifyChanged()); the checks and the signals around them are done here.
 */
class RecordEditor : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The last error, for the person to read; empty when the last action worked.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit RecordEditor(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString error() const { return m_error; }
    /// Something was changed since the last save.
    bool dirty() const { return m_dirty; }

    /// Starts a new, empty record for class @p classId.
    Q_INVOKABLE void startNew(const QString &classId);
    /// Loads record @p id to edit it; false (with an error) when it is not the current teacher's.
    Q_INVOKABLE bool load(const QString &id);
    /// Saves the record (a draft stays a draft); false with an error when it cannot.
    Q_INVOKABLE bool save();
    /// Saves and publishes: the class's students get it at their next sync.
    Q_INVOKABLE bool publish();
    /// Markdown as the students will see it (pictures of the record shown from this device).
    Q_INVOKABLE QString preview(const QString &markdown) const;

Q_SIGNALS:
    void sessionChanged();
    void errorChanged();
    /// The record was written to the store.
    void saved();

protected:
    /// The open store with someone acting, or null.
    Continuite::Store *store() const;
    /// Keeps @p message as the error (empty clears it); true when it is empty.
    bool fail(const QString &message);
    /// After a write: no error, saved(), and every model of the session reloads.
    bool written();
    /// Sets an edited text field: dirty, and notifyChanged().
    void setField(QString &field, const QString &value);
    /// Marks the edits unsaved (true) or saved (false), without notifying.
    void setDirty(bool dirty) { m_dirty = dirty; }

    /// Shows a fresh record of class @p classId (not dirty).
    virtual void showNew(const QString &classId) = 0;
    /// Shows stored record @p id when the current person teaches its class; else why not.
    virtual Continuite::Status loadRecord(Continuite::Store &store, const QString &id) = 0;
    /// Checks the edits and creates or updates the record, then shows it as stored; else why not.
    virtual Continuite::Status writeRecord(Continuite::Store &store) = 0;
    /// Publishes the saved record and shows it; else why not.
    virtual Continuite::Status publishRecord(Continuite::Store &store) = 0;
    /// The message when @p id cannot be edited here.
    virtual QString notEditable() const = 0;
    /// Emits the subclass's change signal (its properties' NOTIFY).
    virtual void notifyChanged() = 0;

private:
    QPointer<Session> m_session;
    QString m_error;
    bool m_dirty = false;
};
