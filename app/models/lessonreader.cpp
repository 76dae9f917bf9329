// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "lessonreader.h"

#include "content/shownmarkdown.h"
#include "content/store.h"
#include "personalmarks.h"
#include "session.h"
#include "todomodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::Role;

LessonReader::LessonReader(QObject *parent)
    : QObject(parent)
    , m_attachments(new AttachmentModel(this))
{
}

void LessonReader::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::storeChanged, this, &LessonReader::reload);
        connect(m_session, &Session::currentChanged, this, &LessonReader::reload);
        connect(m_session, &Session::dataChanged, this, [this] {
            if (!missingFiles().isEmpty()) // a file may have arrived
                reload();
        });
    }
    reload();
    Q_EMIT sessionChanged();
}

void LessonReader::setLessonId(const QString &id)
{
    if (id == m_lessonId)
        return;
    m_lessonId = id;
    reload();
    Q_EMIT lessonIdChanged();
}

QString LessonReader::plannedDateText() const
{
    return m_lesson.plannedDate.isValid() ? QLocale().toString(m_lesson.plannedDate, u"dddd d MMMM yyyy"_s) : QString();
}

bool LessonReader::tracksProgress() const
{
    return m_found && m_session && m_session->store() && m_session->store()->current()
        && m_session->store()->current()->role == Role::Student;
}

void LessonReader::reload()
{
    Continuite::Store *store = m_session ? m_session->store() : nullptr;
    std::optional<Continuite::Lesson> lesson;
    if (store && !m_lessonId.isEmpty())
        lesson = store->lesson(m_lessonId);
    m_found = lesson.has_value();
    m_lesson = lesson.value_or(Continuite::Lesson{});
    m_className.clear();
    m_completed = false;
    m_opened = false;
    m_parts = {false, false, false};
    m_homework.clear();
    if (m_found) {
        if (const auto c = store->schoolClass(m_lesson.meta.classId))
            m_className = c->name;
        if (const auto p = store->progress(m_lessonId)) {
            m_completed = p->completed;
            m_opened = p->openedAt.isValid();
        }
        if (store->current() && store->current()->role == Role::Student)
            m_parts = PersonalMarks(m_session->dataDir()).partsDone(store->current()->id, m_lessonId);
        for (const Continuite::Assignment &a : store->assignments(m_lesson.meta.classId)) {
            if (a.lessonId != m_lessonId || a.status != Continuite::PublicationStatus::Published)
                continue;
            m_homework.append(QVariantMap{{u"assignmentId"_s, a.meta.id},
                                          {u"title"_s, a.title},
                                          {u"kindText"_s, TodoModel::kindText(a.type)},
                                          {u"dueText"_s, TodoModel::dueText(a.due)},
                                          {u"handedIn"_s, !store->submissions(a.meta.id, store->current() ? store->current()->id : QString()).isEmpty()}});
        }
    }
    if (store) {
        // The page shows the three parts at once: one budget of pictures for them all (review-media21, finding 2).
        Continuite::ShownMarkdown shown(store->media());
        m_beforeClass = shown(m_lesson.beforeClass);
        m_inClass = shown(m_lesson.inClass);
        m_afterClass = shown(m_lesson.afterClass);
    } else {
        m_beforeClass = m_inClass = m_afterClass = QString();
    }
    m_attachments->setAttachments(m_lesson.attachments, store ? &store->media() : nullptr);
    if (!m_found && !m_lessonId.isEmpty())
        setError(tr("This lesson is not on this device, or it is not published yet. Go back to the list and sync."));
    else
        setError({});
    Q_EMIT lessonChanged();
}

QStringList LessonReader::missingFiles() const
{
    return m_attachments->missingFiles();
}

QString LessonReader::missingSizeText() const
{
    return m_attachments->missingSizeText();
}

bool LessonReader::record(bool completed)
{
    if (!tracksProgress())
        return false;
    if (!completed && m_opened)
        return true; // opened is monotone: writing it again would only add to the outbox
    auto progress = m_session->store()->recordProgress(m_lessonId, completed, 0);
    if (!progress) {
        setError(progress.error());
        return false;
    }
    m_opened = true;
    const bool changed = progress->completed != m_completed;
    m_completed = progress->completed;
    if (changed)
        Q_EMIT lessonChanged();
    m_session->notifyDataChanged();
    return true;
}

bool LessonReader::markOpened()
{
    return record(false);
}

bool LessonReader::markCompleted()
{
    return record(true);
}

QList<bool> LessonReader::partsDone() const
{
    return m_completed ? QList<bool>{true, true, true} : m_parts;
}

int LessonReader::nextPart() const
{
    const QList<bool> done = partsDone();
    const auto it = std::find(done.begin(), done.end(), false);
    return it == done.end() ? 0 : int(it - done.begin());
}

bool LessonReader::markPartDone(int part)
{
    if (!tracksProgress() || part < 0 || part >= PersonalMarks::PartCount)
        return false;
    const bool all = PersonalMarks(m_session->dataDir()).setPartDone(m_session->store()->current()->id, m_lessonId, part);
    m_parts[part] = true;
    if (all)
        return record(true);
    Q_EMIT lessonChanged();
    m_session->notifyDataChanged();
    return true;
}

void LessonReader::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}
