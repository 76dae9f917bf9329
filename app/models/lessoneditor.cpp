#include "lessoneditor.h"

#include "content/store.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::PublicationStatus;

LessonEditor::LessonEditor(QObject *parent)
    : QObject(parent)
    , m_attachments(new AttachmentModel(this))
{
}

void LessonEditor::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

Continuite::Store *LessonEditor::store() const
{
    Continuite::Store *s = m_session ? m_session->store() : nullptr;
    return s && s->current() ? s : nullptr;
}

void LessonEditor::setClassId(const QString &id)
{
    if (id == m_lesson.meta.classId || !m_lesson.meta.id.isEmpty())
        return; // a saved lesson stays in its class
    m_lesson.meta.classId = id;
    Q_EMIT lessonChanged();
}

void LessonEditor::setField(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    m_dirty = true;
    Q_EMIT lessonChanged();
}

void LessonEditor::setPlannedDateText(const QString &text)
{
    if (text == m_plannedDateText)
        return;
    m_plannedDateText = text;
    m_dirty = true;
    Q_EMIT lessonChanged();
}

bool LessonEditor::parsePlannedDate(QDate *date) const
{
    const QString text = m_plannedDateText.trimmed();
    *date = {};
    if (text.isEmpty())
        return true;
    for (const QString &format : {u"dd/MM/yyyy"_s, u"d/M/yyyy"_s, u"yyyy-MM-dd"_s, u"dd.MM.yyyy"_s}) {
        *date = QDate::fromString(text, format);
        if (date->isValid())
            return true;
    }
    *date = QLocale().toDate(text, QLocale::ShortFormat);
    return date->isValid();
}

QString LessonEditor::plannedDateDisplay() const
{
    QDate date;
    if (!parsePlannedDate(&date) || !date.isValid())
        return {};
    return QLocale().toString(date, u"dddd d MMMM yyyy"_s);
}

QString LessonEditor::totalSizeText() const
{
    qint64 total = 0;
    for (const Continuite::Attachment &a : m_lesson.attachments)
        total += a.size;
    return AttachmentModel::sizeText(total);
}

int LessonEditor::heavyCount() const
{
    return int(std::count_if(m_lesson.attachments.cbegin(), m_lesson.attachments.cend(),
                             [](const Continuite::Attachment &a) { return a.size > AttachmentModel::HeavyBytes; }));
}

void LessonEditor::show(const Continuite::Lesson &lesson)
{
    m_lesson = lesson;
    m_plannedDateText = lesson.plannedDate.isValid() ? lesson.plannedDate.toString(u"dd/MM/yyyy"_s) : QString();
    m_dirty = false;
    Continuite::Store *s = store();
    m_attachments->setAttachments(lesson.attachments, s ? &s->media() : nullptr);
    Q_EMIT lessonChanged();
}

bool LessonEditor::fail(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorChanged();
    }
    return message.isEmpty();
}

void LessonEditor::startNew(const QString &classId)
{
    Continuite::Lesson fresh;
    fresh.meta.classId = classId;
    show(fresh);
    fail({});
}

bool LessonEditor::load(const QString &lessonId)
{
    Continuite::Store *s = store();
    const auto lesson = s ? s->lesson(lessonId) : std::nullopt;
    if (!lesson || !s->isTeacherOf(lesson->meta.classId))
        return fail(tr("This lesson cannot be edited here: it is not one of your classes' lessons."));
    show(*lesson);
    return fail({});
}

bool LessonEditor::save()
{
    Continuite::Store *s = store();
    if (!s)
        return fail(tr("Nobody is signed in: choose your profile first."));
    QDate planned;
    if (!parsePlannedDate(&planned))
        return fail(tr("The class day “%1” is not a date: write it as 04/12/2026, or leave it empty.").arg(m_plannedDateText));
    if (m_lesson.meta.id.isEmpty()) {
        if (m_lesson.meta.classId.isEmpty())
            return fail(tr("Choose a class first: a lesson belongs to a class."));
        Continuite::Store::LessonInput in;
        in.classId = m_lesson.meta.classId;
        in.title = m_lesson.title;
        in.summary = m_lesson.summary;
        in.beforeClass = m_lesson.beforeClass;
        in.inClass = m_lesson.inClass;
        in.afterClass = m_lesson.afterClass;
        in.plannedDate = planned;
        auto created = s->createLesson(in);
        if (!created)
            return fail(created.error());
        show(*created);
    } else {
        Continuite::Lesson edited = m_lesson;
        edited.plannedDate = planned;
        auto updated = s->updateLesson(edited);
        if (!updated)
            return fail(updated.error());
        show(*updated);
    }
    fail({});
    Q_EMIT saved();
    m_session->notifyDataChanged();
    return true;
}

bool LessonEditor::publish()
{
    if (!save())
        return false;
    auto published = store()->publishLesson(m_lesson.meta.id);
    if (!published)
        return fail(published.error());
    show(*published);
    Q_EMIT saved();
    m_session->notifyDataChanged();
    return fail({});
}

bool LessonEditor::attach(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return fail(tr("The file %1 cannot be found: choose it again.").arg(path));
    if (m_lesson.meta.id.isEmpty() || m_dirty) {
        if (m_lesson.title.trimmed().isEmpty())
            return fail(tr("Give the lesson a title first: it is saved as a draft before a file is attached."));
        if (!save())
            return false;
    }
    auto attached = store()->attachToLesson(m_lesson.meta.id, {path});
    if (!attached)
        return fail(attached.error());
    show(*attached);
    Q_EMIT saved();
    m_session->notifyDataChanged();
    return fail({});
}

bool LessonEditor::removeAttachment(int row)
{
    Continuite::Store *s = store();
    if (!s || row < 0 || row >= m_lesson.attachments.size() || m_lesson.meta.id.isEmpty())
        return false;
    auto stored = s->lesson(m_lesson.meta.id);
    if (!stored)
        return fail(tr("This lesson is no longer here."));
    const QString sha = m_lesson.attachments.at(row).sha256;
    stored->attachments.removeIf([&sha](const Continuite::Attachment &a) { return a.sha256 == sha; });
    auto updated = s->updateLesson(*stored);
    if (!updated)
        return fail(updated.error());
    // Keep the text being written: only the attachments were saved.
    const Continuite::Lesson editing = m_lesson;
    const QString plannedText = m_plannedDateText;
    const bool wasDirty = m_dirty;
    show(*updated);
    m_lesson.title = editing.title;
    m_lesson.summary = editing.summary;
    m_lesson.beforeClass = editing.beforeClass;
    m_lesson.inClass = editing.inClass;
    m_lesson.afterClass = editing.afterClass;
    m_plannedDateText = plannedText;
    m_dirty = wasDirty;
    Q_EMIT lessonChanged();
    m_session->notifyDataChanged();
    return fail({});
}

QString LessonEditor::preview(const QString &markdown) const
{
    Continuite::Store *s = store();
    return s ? s->renderableMarkdown(markdown) : markdown;
}

QString LessonEditor::fileSizeText(const QUrl &file) const
{
    const QFileInfo info(file.isLocalFile() ? file.toLocalFile() : file.toString());
    return info.isFile() ? AttachmentModel::sizeText(info.size()) : QString();
}

bool LessonEditor::isHeavy(const QUrl &file) const
{
    const QFileInfo info(file.isLocalFile() ? file.toLocalFile() : file.toString());
    return info.isFile() && info.size() > AttachmentModel::HeavyBytes;
}
