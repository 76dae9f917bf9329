// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "recordeditor.h"

#include "content/shownmarkdown.h"
#include "content/store.h"

RecordEditor::RecordEditor(QObject *parent)
    : QObject(parent)
{
}

void RecordEditor::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

Continuite::Store *RecordEditor::store() const
{
    Continuite::Store *s = m_session ? m_session->store() : nullptr;
    return s && s->current() ? s : nullptr;
}

bool RecordEditor::fail(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorChanged();
    }
    return message.isEmpty();
}

bool RecordEditor::written()
{
    fail({});
    Q_EMIT saved();
    if (m_session)
        m_session->notifyDataChanged();
    return true;
}

void RecordEditor::setField(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    m_dirty = true;
    notifyChanged();
}

void RecordEditor::startNew(const QString &classId)
{
    showNew(classId);
    fail({});
}

bool RecordEditor::load(const QString &id)
{
    Continuite::Store *s = store();
    if (!s)
        return fail(notEditable());
    if (Continuite::Status loaded = loadRecord(*s, id); !loaded)
        return fail(loaded.error());
    return fail({});
}

bool RecordEditor::save()
{
    Continuite::Store *s = store();
    if (!s)
        return fail(tr("Nobody is signed in: choose your profile first."));
    if (Continuite::Status w = writeRecord(*s); !w)
        return fail(w.error());
    return written();
}

bool RecordEditor::publish()
{
    if (!save())
        return false;
    if (Continuite::Status p = publishRecord(*store()); !p)
        return fail(p.error());
    return written();
}

QString RecordEditor::preview(const QString &markdown) const
{
    Continuite::Store *s = store();
    return s ? Continuite::ShownMarkdown(s->media())(markdown) : markdown;
}
