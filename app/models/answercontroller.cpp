// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "answercontroller.h"

#include "attachmentmodel.h"

#include "content/shownmarkdown.h"
#include "content/mediareducer.h"
#include "content/store.h"
#include "content/videoreducer.h"
#include "session.h"
#include "todomodel.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;
using Continuite::AssignmentType;
using Continuite::Role;
using Continuite::Store;

namespace {
// A kept file of an earlier version rides in the draft's file list as "media:SHA256/NAME".
const QString KeptPrefix = u"media:"_s;
} // namespace

AnswerController::AnswerController(QObject *parent)
    : QObject(parent)
    , m_questions(new QuizAnswerModel(this))
    , m_history(new SubmissionHistoryModel(this))
    , m_preparation(new MediaPreparation(this))
    , m_attachments(new AttachmentModel(this))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(800);
    connect(&m_autosave, &QTimer::timeout, this, &AnswerController::saveNow);
    connect(m_questions, &QuizAnswerModel::answersChanged, this, &AnswerController::edited);
    connect(m_preparation, &MediaPreparation::prepared, this, &AnswerController::addPrepared);
    connect(m_preparation, &MediaPreparation::failed, this, [this](const QString &error) {
        m_preparingFor.clear();
        setError(error);
        Q_EMIT fileAdded(false);
    });
}

AnswerController::~AnswerController()
{
    saveNow();
}

void AnswerController::setSession(Session *session)
{
    if (session == m_session)
        return;
    saveNow();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        // Save before the person changes (the store then acts for nobody).
        connect(m_session, &Session::aboutToChangePerson, this, &AnswerController::saveNow);
        connect(m_session, &Session::storeChanged, this, &AnswerController::reload);
        connect(m_session, &Session::currentChanged, this, &AnswerController::reload);
        connect(m_session, &Session::dataChanged, this, &AnswerController::reloadHistory);
        // A sync brought the quiz's right answers (the teacher released them): marked where she is, not reloaded.
        connect(m_session, &Session::dataChanged, this, [this] {
            if (!refreshKey())
                return;
            m_loading = true; // not an edit of hers
            const bool taken = m_questions->takeKey(m_assignment.quiz);
            m_loading = false;
            if (!taken)
                loadWork();
            Q_EMIT assignmentChanged(); // the note about the answers
            Q_EMIT answerKeyArrived();
        });
        connect(m_session, &Session::dataChanged, this, [this] {
            if (!m_attachments->missingFiles().isEmpty()) // a file may have arrived
                showAttachments();
        });
    }
    reload();
    Q_EMIT sessionChanged();
}

void AnswerController::setAssignmentId(const QString &id)
{
    if (id == m_assignmentId)
        return;
    saveNow();
    m_assignmentId = id;
    reload();
    Q_EMIT assignmentIdChanged();
}

void AnswerController::setAutosaveDelay(int ms)
{
    if (ms == m_autosave.interval())
        return;
    m_autosave.setInterval(ms);
    Q_EMIT autosaveDelayChanged();
}

QString AnswerController::kind() const
{
    return Continuite::assignmentTypeName(m_assignment.type);
}

QString AnswerController::kindText() const
{
    return TodoModel::kindText(m_assignment.type);
}

QString AnswerController::dueText() const
{
    return TodoModel::dueText(m_assignment.due);
}

WorkStates::DueState AnswerController::dueState() const
{
    return WorkStates::dueState(m_assignment.due, QDateTime::currentDateTimeUtc(), m_history->count() > 0);
}

QString AnswerController::answersShown() const
{
    return m_assignment.type == AssignmentType::Quiz ? Continuite::AnswerKey::name(m_assignment.answersShown) : QString();
}

QString AnswerController::answersNote() const
{
    if (m_assignment.type != AssignmentType::Quiz)
        return {};
    if (m_assignment.quiz.hasKey())
        return m_assignment.answersShown == Continuite::AnswersShown::Practice
            ? tr("Practice: each answer is marked right (✓) or wrong (✗) as you go.")
            : tr("Your teacher has released the right answers: each answer is marked right (✓) or wrong (✗).");
    switch (m_assignment.answersShown) {
    case Continuite::AnswersShown::AfterSubmit:
        return tr("You will see which answers are right once you have handed in and synced.");
    case Continuite::AnswersShown::AfterDue:
        return m_assignment.due.isValid() ? tr("You will see which answers are right after the due date, at your next sync.")
                                          : tr("Your teacher keeps the right answers for now.");
    case Continuite::AnswersShown::Never:
        return tr("Your teacher keeps the right answers: their comment and score will tell you how you did.");
    case Continuite::AnswersShown::Practice:
        return tr("Practice: the right answers come at your next sync.");
    }
    return {};
}

QString AnswerController::dueHint() const
{
    return WorkStates::dueHint(dueState(), m_assignment.due, QDateTime::currentDateTimeUtc());
}

double AnswerController::maxScore() const
{
    return m_assignment.type == AssignmentType::Quiz ? m_assignment.quiz.maxScore() : 0;
}

QStringList AnswerController::fileNames() const
{
    QStringList names;
    for (const File &f : m_files)
        names << f.name;
    return names;
}

bool AnswerController::canSubmit() const
{
    return m_found && (!m_text.trimmed().isEmpty() || m_questions->answeredCount() > 0 || !m_files.isEmpty());
}

void AnswerController::reload()
{
    Store *store = m_session ? m_session->store() : nullptr;
    std::optional<Continuite::Assignment> assignment;
    const bool student = store && store->current() && store->current()->role == Role::Student;
    if (student && !m_assignmentId.isEmpty())
        assignment = store->assignment(m_assignmentId);
    m_found = assignment.has_value();
    m_assignment = assignment.value_or(Continuite::Assignment{});
    m_instructions = store ? Continuite::ShownMarkdown(store->media())(m_assignment.instructions) : QString();
    m_lessonTitle.clear();
    if (m_found && !m_assignment.lessonId.isEmpty())
        if (const auto l = store->lesson(m_assignment.lessonId))
            m_lessonTitle = l->title;
    if (!m_found && !m_assignmentId.isEmpty())
        setError(student ? tr("This assignment is not on this device, or it is not published yet. Go back and sync.")
                         : tr("Only a student can answer an assignment."));
    else
        setError({});
    reloadHistory();
    loadWork();
    showAttachments();
    Q_EMIT assignmentChanged();
}

void AnswerController::showAttachments()
{
    Store *store = m_session ? m_session->store() : nullptr;
    m_attachments->setAttachments(m_found ? m_assignment.attachments : QList<Continuite::Attachment>{},
                                  store ? &store->media() : nullptr);
    Q_EMIT attachmentsChanged();
}

QString AnswerController::downloadCostText() const
{
    return AttachmentModel::costText(m_found ? m_assignment.attachments : QList<Continuite::Attachment>{});
}

void AnswerController::reloadHistory()
{
    Store *store = m_session ? m_session->store() : nullptr;
    const bool read = m_history->setVersions(m_found ? store->submissions(m_assignmentId) : QList<Continuite::Submission>{}, store,
                                             m_session ? m_session->dataDir() : QString());
    // A comment read here is no longer new in "À faire": tell the other screens, once this reload is over.
    if (read)
        QMetaObject::invokeMethod(m_session, &Session::notifyDataChanged, Qt::QueuedConnection);
}

void AnswerController::loadWork()
{
    m_autosave.stop();
    Store *store = m_session ? m_session->store() : nullptr;
    m_text.clear();
    m_files.clear();
    QJsonObject answers;
    WorkStates::DraftState state = WorkStates::NoDraft;
    if (m_found) {
        if (const auto draft = store->draft(m_assignmentId)) {
            m_text = draft->first;
            answers = draft->second;
            for (const QString &entry : store->draftAttachments(m_assignmentId)) {
                File f;
                if (entry.startsWith(KeptPrefix)) {
                    const QString rest = entry.mid(KeptPrefix.size());
                    f.kept.sha256 = rest.section(u'/', 0, 0);
                    f.kept.name = rest.section(u'/', 1);
                    // Size and type come back from the earlier version that had this file.
                    for (const Continuite::Submission &s : store->submissions(m_assignmentId))
                        for (const Continuite::Attachment &a : s.attachments)
                            if (a.sha256 == f.kept.sha256)
                                f.kept = a;
                    f.name = f.kept.name;
                } else {
                    f.path = entry;
                    f.name = QFileInfo(entry).fileName();
                }
                m_files << f;
            }
            state = WorkStates::DraftSaved;
        } else if (const auto versions = store->submissions(m_assignmentId); !versions.isEmpty()) {
            // Handing in again starts from the latest version.
            m_text = versions.last().text;
            answers = versions.last().answers;
            for (const Continuite::Attachment &a : versions.last().attachments)
                m_files << File{a.name, {}, a};
        }
    }
    m_loading = true; // what comes from the store is not an edit
    m_questions->setQuiz(m_found ? m_assignment.quiz : Continuite::Quiz{}, answers);
    m_loading = false;
    m_dirty = false;
    setDraftState(state);
    Q_EMIT textChanged();
    Q_EMIT filesChanged();
    Q_EMIT contentChanged();
}

void AnswerController::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    edited();
}

void AnswerController::edited()
{
    if (!m_found || m_loading)
        return;
    m_dirty = true;
    setDraftState(WorkStates::DraftUnsaved);
    m_autosave.start();
    Q_EMIT contentChanged();
}

bool AnswerController::addFile(const QUrl &url)
{
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        setError(tr("The file %1 cannot be read: choose another one.").arg(info.fileName()));
        return false;
    }
    Store *store = m_session ? m_session->store() : nullptr;
    if (store && info.size() > store->media().maxFileSize()) {
        setError(tr("The file %1 is too big (%2, at most %3): take a smaller photo or a lighter file.")
                     .arg(info.fileName(), AttachmentModel::sizeText(info.size()), AttachmentModel::sizeText(store->media().maxFileSize())));
        return false;
    }
    for (const File &f : std::as_const(m_files))
        if (!f.path.isEmpty() && (QFileInfo(f.path) == info || (!f.sourcePath.isEmpty() && QFileInfo(f.sourcePath) == info)))
            return true; // already there
    // The light copy is made now (not when handing in), so the pupil sees the cost and a broken photo is
    // refused while it can still be taken again. It lives beside the media store until handed in. A big photo
    // takes seconds on an old laptop: it is made off the window's thread. A video filmed on her phone too: its light
    // version (minutes), which also leaves behind the phone's tags — the place it was filmed among them (the
    // session-14 review, finding 8: pupils' videos went to the teacher and the hub as they were, GPS and all).
    Continuite::MediaReducer::Options options;
    options.imageMode = m_colourPhotos ? Continuite::ImageReducer::Mode::Photo : Continuite::ImageReducer::Mode::Document;
    options.reduceVideos = true;
    if (store) // a video she adds twice is made light once
        options.storeDir = store->media().rootDir();
    // A sound she picks (her laptop's recorder: 5.3 MB a minute) becomes a capsule like the ones she records here, in
    // seconds; hers, recorded here, is one already.
    const bool pickedSound = store && Continuite::MediaReducer::isSound(info.absoluteFilePath())
        && !Continuite::MediaReducer(store->media().rootDir() + u"/light"_s).madeHere(info.absoluteFilePath());
    if (store && (Continuite::ImageReducer::isPicture(info.absoluteFilePath()) || Continuite::VideoReducer::isVideo(info.absoluteFilePath())
                  || pickedSound)) {
        if (m_preparation->busy()) {
            setError(tr("%1 is still being prepared: wait a moment before adding another file.").arg(m_preparation->fileName()));
            return false;
        }
        m_preparingFor = m_assignmentId;
        m_preparation->start(store->media().rootDir() + u"/light"_s, info.absoluteFilePath(), options);
        setError({});
        return true;
    }
    // Anything else is added as it is, at once, even while a photo is being prepared: her answer recorded aloud
    // exists nowhere else (a review of session 14, finding 3: it was refused, and lost).
    appendFile({info.absoluteFilePath(), info.absoluteFilePath(), info.fileName(), info.size(), info.size(), false});
    return true;
}

void AnswerController::addPrepared(const Continuite::MediaReducer::Prepared &prepared)
{
    const QString preparedFor = std::exchange(m_preparingFor, {});
    Store *store = m_session ? m_session->store() : nullptr;
    const bool madeHere = store && Continuite::MediaReducer(store->media().rootDir() + u"/light"_s).madeHere(prepared.path);
    if ((prepared.reduced || madeHere) && preparedFor != m_assignmentId) { // the pupil went to another assignment meanwhile
        if (store)
            Continuite::MediaReducer(store->media().rootDir() + u"/light"_s).discard(prepared.path);
        Q_EMIT fileAdded(false);
        return;
    }
    appendFile(prepared);
}

void AnswerController::appendFile(const Continuite::MediaReducer::Prepared &prepared)
{
    m_files << (prepared.reduced ? File{prepared.name, prepared.path, {}, prepared.sourcePath, prepared.originalSize}
                                 : File{prepared.name, prepared.path, {}, {}, 0});
    setError({});
    Q_EMIT filesChanged();
    edited();
    Q_EMIT fileAdded(true);
}

QStringList AnswerController::fileSizes() const
{
    QStringList sizes;
    for (const File &f : m_files) {
        const qint64 size = f.path.isEmpty() ? f.kept.size : QFileInfo(f.path).size();
        sizes << (f.originalSize > size ? Continuite::MediaReducer::savingText(f.originalSize, size) : AttachmentModel::sizeText(size));
    }
    return sizes;
}

void AnswerController::setColourPhotos(bool colour)
{
    if (colour == m_colourPhotos)
        return;
    m_colourPhotos = colour;
    Q_EMIT colourPhotosChanged();
}

void AnswerController::removeFile(int row)
{
    if (row < 0 || row >= m_files.size())
        return;
    const File removed = m_files.takeAt(row);
    // Its light copy (made here, under media/light) goes now, not a day later at the store's sweep (review-media20,
    // finding 7), unless another row still names it. A video's is not: its folder is named by the original (the same
    // video is made light once), so another assignment's draft, or another profile's, may hand it in too
    // (review-media21, finding 5); the sweep, which reads every draft, removes it once none names it.
    Continuite::Store *store = m_session ? m_session->store() : nullptr;
    if (store && !removed.path.isEmpty() && !Continuite::VideoReducer::isVideo(removed.path)
        && std::none_of(m_files.cbegin(), m_files.cend(), [&](const File &f) { return f.path == removed.path; })) {
        const Continuite::MediaReducer light(store->media().rootDir() + u"/light"_s);
        if (light.madeHere(removed.path))
            light.discard(removed.path);
    }
    Q_EMIT filesChanged();
    edited();
}

QStringList AnswerController::draftFileEntries() const
{
    QStringList entries;
    for (const File &f : m_files)
        entries << (f.path.isEmpty() ? KeptPrefix + f.kept.sha256 + u'/' + f.kept.name : f.path);
    return entries;
}

bool AnswerController::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || !m_found)
        return true;
    Store *store = m_session ? m_session->store() : nullptr;
    if (!store || !store->current())
        return false;
    if (auto s = store->saveDraft(m_assignmentId, m_text, m_questions->answers(), draftFileEntries()); !s) {
        setError(s.error());
        return false;
    }
    m_dirty = false;
    setDraftState(WorkStates::DraftSaved);
    return true;
}

bool AnswerController::submit()
{
    if (m_preparation->busy()) {
        setError(tr("%1 is still being prepared: hand in when it is ready.").arg(m_preparation->fileName()));
        return false;
    }
    m_autosave.stop();
    Store *store = m_session ? m_session->store() : nullptr;
    if (!m_found || !store) {
        setError(tr("This assignment cannot be answered here."));
        return false;
    }
    Store::SubmissionInput in{m_assignmentId, m_text, m_questions->answers(), {}};
    QList<Continuite::Attachment> kept;
    for (const File &f : std::as_const(m_files)) {
        if (f.path.isEmpty())
            kept << f.kept;
        else
            in.attachmentPaths << f.path;
    }
    auto version = store->submit(in, kept);
    if (!version) {
        setError(version.error());
        saveNow(); // whatever happened, the work stays on this device
        return false;
    }
    // The store holds the light copies now: the ones made for this version are not needed any more.
    const Continuite::MediaReducer light(store->media().rootDir() + u"/light"_s);
    for (const File &f : std::as_const(m_files))
        light.discard(f.path);
    setError({});
    m_dirty = false;
    reloadHistory();
    const bool keyCame = refreshKey(); // "after handing in": released now
    loadWork();
    Q_EMIT assignmentChanged(); // handed in now
    m_session->notifyDataChanged();
    Q_EMIT submitted(version->version);
    if (keyCame)
        Q_EMIT answerKeyArrived();
    return true;
}

bool AnswerController::refreshKey()
{
    Store *store = m_session ? m_session->store() : nullptr;
    if (!m_found || !store || m_assignment.type != AssignmentType::Quiz || m_assignment.quiz.hasKey())
        return false;
    const auto stored = store->assignment(m_assignmentId);
    if (!stored || !stored->quiz.hasKey())
        return false;
    m_assignment.quiz = stored->quiz;
    m_assignment.answersShown = stored->answersShown;
    return true;
}

void AnswerController::setDraftState(WorkStates::DraftState state)
{
    if (state == m_draftState)
        return;
    m_draftState = state;
    Q_EMIT draftStateChanged();
}

void AnswerController::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}
