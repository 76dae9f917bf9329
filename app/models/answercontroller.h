// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "attachmentmodel.h"
#include "mediapreparation.h"
#include "quizanswermodel.h"
#include "submissionhistorymodel.h"
#include "workstates.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include "session.h"

/**
 * @brief A student's work on one assignment, offline: the written answer, the quiz, the files picked; it
 * autosaves a draft shortly after each change and when the page is left, hands in a new version (a local
 * write, sent at the next sync), and lists every version with its delivery, feedback and score.
 *
 * With no draft and an earlier version, the work starts from that version, so handing in again means
 * correcting it; its files are kept unless removed.
 */
class AnswerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString assignmentId READ assignmentId WRITE setAssignmentId NOTIFY assignmentIdChanged)
    /// The assignment exists and is published for the current student.
    Q_PROPERTY(bool found READ found NOTIFY assignmentChanged)
    Q_PROPERTY(QString title READ title NOTIFY assignmentChanged)
    /// Markdown, images as file URLs.
    Q_PROPERTY(QString instructions READ instructions NOTIFY assignmentChanged)
    Q_PROPERTY(QString lessonTitle READ lessonTitle NOTIFY assignmentChanged)
    /// "text", "quiz" or "file".
    Q_PROPERTY(QString kind READ kind NOTIFY assignmentChanged)
    Q_PROPERTY(QString kindText READ kindText NOTIFY assignmentChanged)
    Q_PROPERTY(QString dueText READ dueText NOTIFY assignmentChanged)
    /// As TodoModel's dueState (HandedIn once a version is).
    Q_PROPERTY(WorkStates::DueState dueState READ dueState NOTIFY assignmentChanged)
    Q_PROPERTY(QString dueHint READ dueHint NOTIFY assignmentChanged)
    /// What the quiz is worth in all, or 0.
    Q_PROPERTY(double maxScore READ maxScore NOTIFY assignmentChanged)
    /// When the teacher lets students see the quiz's right answers: "after-submit", "after-due", "never", "practice".
    Q_PROPERTY(QString answersShown READ answersShown NOTIFY assignmentChanged)
    /// What the student is told about the right answers: when they come, or that they are marked here.
    Q_PROPERTY(QString answersNote READ answersNote NOTIFY assignmentChanged)
    /// The written answer.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QuizAnswerModel *questions READ questions CONSTANT)
    /// Names of the files that go with the next version, in order.
    Q_PROPERTY(QStringList fileNames READ fileNames NOTIFY filesChanged)
    /// What each of them costs, in the same order: "3.8 MB → 190 KB" for a photo made light, else its size.
    Q_PROPERTY(QStringList fileSizes READ fileSizes NOTIFY filesChanged)
    /// Photos are kept in colour; otherwise (the default) they are made grey and contrasted like a scanned
    /// page of the exercise book, which is lighter still.
    Q_PROPERTY(bool colourPhotos READ colourPhotos WRITE setColourPhotos NOTIFY colourPhotosChanged)
    /// WorkStates.DraftState: nothing written yet, a change waiting for the autosave, or a draft on this device.
    Q_PROPERTY(WorkStates::DraftState draftState READ draftState NOTIFY draftStateChanged)
    /// There is something to hand in.
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY contentChanged)
    Q_PROPERTY(SubmissionHistoryModel *history READ history CONSTANT)
    /// Milliseconds of quiet after a change before the draft is saved.
    Q_PROPERTY(int autosaveDelay READ autosaveDelay WRITE setAutosaveDelay NOTIFY autosaveDelayChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// The files the teacher attached to the assignment (a worksheet, a video), as on this device.
    Q_PROPERTY(AttachmentModel *attachments READ attachments CONSTANT)
    /// What they cost to download, said before it is spent ("2.1 MB — video included"); empty for none.
    Q_PROPERTY(QString downloadCostText READ downloadCostText NOTIFY attachmentsChanged)
    /// The content hashes of those not on this device yet (held back by the data policy, or on their way).
    Q_PROPERTY(QStringList missingFiles READ missingFiles NOTIFY attachmentsChanged)
    /// What the missing ones weigh ("1.2 MB"); empty when all are here.
    Q_PROPERTY(QString missingSizeText READ missingSizeText NOTIFY attachmentsChanged)
    /// The photo being made light in the background (the window keeps answering); handing in waits for it.
    Q_PROPERTY(MediaPreparation *preparation READ preparation CONSTANT)

public:
    explicit AnswerController(QObject *parent = nullptr);
    ~AnswerController() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString assignmentId() const { return m_assignmentId; }
    void setAssignmentId(const QString &id);

    bool found() const { return m_found; }
    QString title() const { return m_assignment.title; }
    QString instructions() const { return m_instructions; }
    QString lessonTitle() const { return m_lessonTitle; }
    QString kind() const;
    QString kindText() const;
    QString dueText() const;
    WorkStates::DueState dueState() const;
    QString dueHint() const;
    double maxScore() const;
    QString answersShown() const;
    QString answersNote() const;
    QString text() const { return m_text; }
    void setText(const QString &text);
    QuizAnswerModel *questions() const { return m_questions; }
    QStringList fileNames() const;
    QStringList fileSizes() const;
    bool colourPhotos() const { return m_colourPhotos; }
    void setColourPhotos(bool colour);
    WorkStates::DraftState draftState() const { return m_draftState; }
    bool canSubmit() const;
    SubmissionHistoryModel *history() const { return m_history; }
    int autosaveDelay() const { return m_autosave.interval(); }
    void setAutosaveDelay(int ms);
    QString error() const { return m_error; }
    MediaPreparation *preparation() const { return m_preparation; }
    AttachmentModel *attachments() const { return m_attachments; }
    QString downloadCostText() const;
    QStringList missingFiles() const { return m_attachments->missingFiles(); }
    QString missingSizeText() const { return m_attachments->missingSizeText(); }

    /// Adds a file (a photo of the exercise book, a document) to the next version; a picture as its light copy
    /// (MediaReducer), made now so the pupil sees what it will cost, off the window's thread: true then says it
    /// started, and fileAdded() follows. False with an error if unreadable.
    Q_INVOKABLE bool addFile(const QUrl &url);
    Q_INVOKABLE void removeFile(int row);
    /// Saves the draft now if something changed since the last save (leaving the page, switching person).
    Q_INVOKABLE bool saveNow();
    /// Hands in a new version: a local write, sent at the next sync. False with an error when it cannot.
    Q_INVOKABLE bool submit();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void sessionChanged();
    void assignmentIdChanged();
    void assignmentChanged();
    void textChanged();
    void filesChanged();
    void contentChanged();
    void draftStateChanged();
    void autosaveDelayChanged();
    void colourPhotosChanged();
    void errorChanged();
    /// A version was handed in.
    void submitted(int version);
    /// A file addFile() started is among the files (true), or is not (false: error() says why).
    void fileAdded(bool added);
    void attachmentsChanged();
    /// The quiz's right answers came while the page is open (a sync brought them, or handing in released them):
    /// her answers are marked now, and the page says so (issue 18, F7).
    void answerKeyArrived();

private:
    struct File
    {
        QString name;
        QString path;                    ///< a file picked on this device (or its light copy), copied in when handed in
        Continuite::Attachment kept;     ///< or a file of an earlier version, already in the store
        QString sourcePath;              ///< the file picked, when path is its light copy
        qint64 originalSize = 0;         ///< what the picked file weighs, when path is its light copy
    };
    void edited();
    /// A file the background preparation made ready: added when it is still for this assignment.
    void addPrepared(const Continuite::MediaReducer::Prepared &prepared);
    /// Adds @p prepared to the files of this answer.
    void appendFile(const Continuite::MediaReducer::Prepared &prepared);
    void showAttachments();
    void setDraftState(WorkStates::DraftState state);
    void setError(const QString &message);
    void loadWork();
    void reloadHistory();
    /// Takes the quiz's key from the store when it came since the page opened; true when it did.
    bool refreshKey();
    QStringList draftFileEntries() const;

    QPointer<Session> m_session;
    QString m_assignmentId;
    bool m_found = false;
    Continuite::Assignment m_assignment;
    QString m_instructions;
    QString m_lessonTitle;
    QString m_text;
    QList<File> m_files;
    WorkStates::DraftState m_draftState = WorkStates::NoDraft;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_colourPhotos = false;
    QString m_error;
    QTimer m_autosave;
    MediaPreparation *m_preparation;
    AttachmentModel *m_attachments;
    QString m_preparingFor; ///< the assignment the photo being made light goes with
    QuizAnswerModel *m_questions;
    SubmissionHistoryModel *m_history;
};
