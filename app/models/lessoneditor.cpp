// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "lessoneditor.h"

#include "content/store.h"
#include "content/videoreducer.h"
#include "spokentext.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using Continuite::PublicationStatus;

namespace {
/// A link's words and address in a lesson's Markdown, `[words](address)` (not a picture's `![…](…)`), as the
/// toolbar's Lien writes it.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(uR"((?<!!)\[([^\]\n]*)\]\(([^)\s]*)\))"_s);
    return pattern;
}

/// @p markdown with each address typed as "www.…" made whole ("https://www.…"): the pupils' reader opens only
/// http(s) addresses, and "www.lumni.fr" typed over Lien's "https://" was a link nobody could open (review of app19,
/// finding 5).
QString withWholeAddresses(QString markdown)
{
    static const QRegularExpression bare(uR"((\]\()[ \t]*(www\.[^)\s]+)(?=\)))"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    return markdown.replace(bare, u"\\1https://\\2"_s);
}
} // namespace

LessonEditor::LessonEditor(QObject *parent)
    : RecordEditor(parent)
    , m_attachments(new AttachmentModel(this))
    , m_preparation(new MediaPreparation(this))
{
    connect(m_preparation, &MediaPreparation::prepared, this, [this](const Continuite::MediaReducer::Prepared &file) {
        Q_EMIT attachFinished(attachPrepared(std::exchange(m_preparingLessonId, {}), file));
    });
    connect(m_preparation, &MediaPreparation::failed, this, [this](const QString &error) {
        m_preparingLessonId.clear();
        fail(error);
        Q_EMIT attachFinished(false);
    });
}

void LessonEditor::setLightVideos(bool light)
{
    if (light == m_lightVideos)
        return;
    m_lightVideos = light;
    Q_EMIT lightVideosChanged();
}

void LessonEditor::setClassId(const QString &id)
{
    if (id == m_lesson.meta.classId || !m_lesson.meta.id.isEmpty())
        return; // a saved lesson stays in its class
    m_lesson.meta.classId = id;
    Q_EMIT lessonChanged();
}

void LessonEditor::setPlannedDateText(const QString &text)
{
    if (text == m_plannedDateText)
        return;
    m_plannedDateText = text;
    setDirty(true);
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
    setDirty(false);
    Continuite::Store *s = store();
    m_attachments->setAttachments(lesson.attachments, s ? &s->media() : nullptr);
    Q_EMIT lessonChanged();
}

void LessonEditor::showNew(const QString &classId)
{
    dropWaiting();
    Continuite::Lesson fresh;
    fresh.meta.classId = classId;
    m_lastAttachedText.clear();
    show(fresh);
}

QString LessonEditor::notEditable() const
{
    return tr("This lesson cannot be edited here: it is not one of your classes' lessons.");
}

Continuite::Status LessonEditor::loadRecord(Continuite::Store &s, const QString &lessonId)
{
    const auto lesson = s.lesson(lessonId);
    if (!lesson || !s.isTeacherOf(lesson->meta.classId))
        return Continuite::Status::failure(notEditable());
    dropWaiting();
    m_lastAttachedText.clear();
    show(*lesson);
    return Continuite::success();
}

Continuite::Status LessonEditor::writeRecord(Continuite::Store &s)
{
    using Continuite::Status;
    QDate planned;
    for (QString *part : {&m_lesson.beforeClass, &m_lesson.inClass, &m_lesson.afterClass})
        *part = withWholeAddresses(*part);
    if (!parsePlannedDate(&planned))
        return Status::failure(tr("The class day “%1” is not a date: write it as 04/12/2026, or leave it empty.").arg(m_plannedDateText));
    if (m_lesson.meta.id.isEmpty()) {
        if (m_lesson.meta.classId.isEmpty())
            return Status::failure(tr("Choose a class first: a lesson belongs to a class."));
        Continuite::Store::LessonInput in;
        in.classId = m_lesson.meta.classId;
        in.title = m_lesson.title;
        in.summary = m_lesson.summary;
        in.beforeClass = m_lesson.beforeClass;
        in.inClass = m_lesson.inClass;
        in.afterClass = m_lesson.afterClass;
        in.plannedDate = planned;
        auto created = s.createLesson(in);
        if (!created)
            return Status::failure(created.error());
        show(*created);
    } else {
        Continuite::Lesson edited = m_lesson;
        edited.plannedDate = planned;
        auto updated = s.updateLesson(edited);
        if (!updated)
            return Status::failure(updated.error());
        show(*updated);
    }
    return attachWaiting(s); // a voice note recorded before the lesson could be saved
}

Continuite::Status LessonEditor::publishRecord(Continuite::Store &s)
{
    auto published = s.publishLesson(m_lesson.meta.id);
    if (!published)
        return Continuite::Status::failure(published.error());
    show(*published);
    return Continuite::success();
}

bool LessonEditor::attach(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return fail(tr("The file %1 cannot be found: choose it again.").arg(path));
    Continuite::Store *s = store();
    if (!s)
        return fail(tr("Nobody is signed in: choose your profile first."));
    const QString workDir = s->media().rootDir() + u"/light"_s;
    // A voice note recorded in the app exists nowhere else: it is never refused, it is attached at once (it needs no
    // light copy) or waits for the lesson to be saved (a review of session 14, finding 3: it was lost).
    const bool recording = Continuite::MediaReducer(workDir).madeHere(path);
    if (m_preparation->busy()) {
        if (recording && !m_lesson.meta.id.isEmpty())
            return attachPrepared(m_lesson.meta.id, {path, path, QFileInfo(path).fileName(), QFileInfo(path).size(),
                                                     QFileInfo(path).size(), false});
        return fail(tr("%1 is still being made light: wait for it, or stop it, before attaching another file.")
                        .arg(m_preparation->fileName()));
    }
    if (m_lesson.meta.id.isEmpty() || dirty()) {
        if (m_lesson.title.trimmed().isEmpty()) {
            if (recording)
                return keepWaiting(path, tr("Your voice note is kept: give the lesson a title and save it, and the note "
                                            "is attached."));
            return fail(tr("Give the lesson a title first: it is saved as a draft before a file is attached."));
        }
        if (!save()) {
            if (recording)
                return keepWaiting(path, error() + u' ' + tr("Your voice note is kept: it is attached when the lesson is saved."));
            return false;
        }
    }
    // The lesson keeps and sends a light copy of a picture, a light version of a video (issue 15); the
    // teacher's file is not touched. Both take time (seconds, minutes): made off the window's thread.
    Continuite::MediaReducer::Options options;
    options.reduceVideos = m_lightVideos;
    options.storeDir = s->media().rootDir(); // a video it already made light is not made (nor attached) twice
    if (Continuite::ImageReducer::isPicture(path) || (m_lightVideos && Continuite::VideoReducer::isVideo(path))
        || (!recording && Continuite::MediaReducer::isSound(path))) { // a sound becomes a capsule: seconds too
        m_preparingLessonId = m_lesson.meta.id;
        m_preparation->start(workDir, path, options);
        return fail({});
    }
    auto prepared = Continuite::MediaReducer(workDir).prepare(path, options); // a document: as it is, at once
    if (!prepared)
        return fail(prepared.error());
    return attachPrepared(m_lesson.meta.id, *prepared);
}

bool LessonEditor::attachPrepared(const QString &lessonId, const Continuite::MediaReducer::Prepared &file)
{
    Continuite::Store *s = store();
    if (!s)
        return fail(tr("Nobody is signed in: choose your profile first."));
    const Continuite::MediaReducer reducer(s->media().rootDir() + u"/light"_s);
    auto attached = s->attachToLesson(lessonId, {file.path});
    if (file.reduced || file.path != file.sourcePath)
        reducer.discard(file.path); // a copy made for the store (light, or a kept picture's checked bytes): made again if needed
    if (attached)
        reducer.discard(file.sourcePath); // a voice capsule recorded in the app: stored, not needed twice
    if (!attached)
        return fail(attached.error());
    m_lastAttachedText = file.summary();
    if (lessonId == m_lesson.meta.id)
        showKeepingEdits(*attached); // made in the background: what was typed meanwhile stays
    else
        Q_EMIT lessonChanged();
    return written();
}

bool LessonEditor::keepWaiting(const QString &path, const QString &why)
{
    if (!m_waiting.contains(path))
        m_waiting << path;
    fail(why);
    return false;
}

void LessonEditor::dropWaiting()
{
    // The lesson they waited for was left unsaved, as the text typed for it.
    if (Continuite::Store *s = store()) {
        const Continuite::MediaReducer reducer(s->media().rootDir() + u"/light"_s);
        for (const QString &path : std::as_const(m_waiting))
            reducer.discard(path);
    }
    m_waiting.clear();
}

Continuite::Status LessonEditor::attachWaiting(Continuite::Store &s)
{
    const Continuite::MediaReducer reducer(s.media().rootDir() + u"/light"_s);
    while (!m_waiting.isEmpty()) {
        const QString path = m_waiting.first();
        if (QFileInfo(path).isFile()) {
            auto attached = s.attachToLesson(m_lesson.meta.id, {path});
            if (!attached)
                return Continuite::Status::failure(attached.error()); // still waiting: the next save tries again
            m_lastAttachedText = Continuite::MediaReducer::Prepared{path, path, QFileInfo(path).fileName(), QFileInfo(path).size(),
                                                                    QFileInfo(path).size(), false}.summary();
            reducer.discard(path);
            show(*attached);
        }
        m_waiting.removeFirst();
    }
    return Continuite::success();
}

void LessonEditor::showKeepingEdits(const Continuite::Lesson &stored)
{
    const Continuite::Lesson editing = m_lesson;
    const QString plannedText = m_plannedDateText;
    const bool wasDirty = dirty();
    show(stored);
    m_lesson.title = editing.title;
    m_lesson.summary = editing.summary;
    m_lesson.beforeClass = editing.beforeClass;
    m_lesson.inClass = editing.inClass;
    m_lesson.afterClass = editing.afterClass;
    m_plannedDateText = plannedText;
    setDirty(wasDirty);
    Q_EMIT lessonChanged();
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
    showKeepingEdits(*updated);
    if (session())
        session()->notifyDataChanged();
    return fail({});
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

QStringList LessonEditor::publishChecks() const
{
    QStringList checks;
    if (m_lesson.beforeClass.trimmed().isEmpty())
        checks << tr("“Before class” is empty: your students will have nothing to study at home before the lesson.");
    if (m_lesson.inClass.trimmed().isEmpty())
        checks << tr("“In class” is empty: nothing says what you will do together.");
    if (m_lesson.afterClass.trimmed().isEmpty())
        checks << tr("“After class” is empty: nothing to practise or look back on afterwards.");
    if (Continuite::Store *s = store(); s && !m_lesson.meta.classId.isEmpty()) {
        const auto members = s->members(m_lesson.meta.classId);
        const bool anyStudent = std::any_of(members.cbegin(), members.cend(),
                                            [](const Continuite::Member &m) { return m.role == Continuite::Role::Student; });
        if (!anyStudent)
            checks << tr("No student in this class yet: nobody gets the lesson until you add students in Classes & roster.");
    }
    // A link the pupils cannot open: no address (Lien's "https://" left as it is), or not a whole one ("lumni.fr").
    const std::pair<QString, QString> parts[] = {{tr("Before class"), m_lesson.beforeClass},
                                                 {tr("In class"), m_lesson.inClass},
                                                 {tr("After class"), m_lesson.afterClass}};
    for (const auto &[part, markdown] : parts) {
        for (auto it = linkPattern().globalMatch(markdown); it.hasNext();) {
            const auto match = it.next();
            const QString words = match.captured(1).trimmed();
            const QString address = withWholeAddresses(u"]("_s + match.captured(2) + u")"_s).mid(2).chopped(1);
            if (SpokenText::opensSafely(address))
                continue;
            if (address.isEmpty() || address.compare(u"https://"_s, Qt::CaseInsensitive) == 0
                || address.compare(u"http://"_s, Qt::CaseInsensitive) == 0)
                checks << tr("The link “%1” in “%2” has no address: your students cannot open it. Write the web page’s address after https://.")
                              .arg(words, part);
            else
                checks << tr("The link “%1” in “%2” will not open for your students: “%3” is not a whole web address. Write it with https:// in front.")
                              .arg(words, part, address);
        }
    }
    return checks;
}
