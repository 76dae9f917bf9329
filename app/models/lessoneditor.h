// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "attachmentmodel.h"
#include "content/mediareducer.h"
#include "content/records.h"
#include "mediapreparation.h"
#include "recordeditor.h"

#include <QUrl>

/**
 * @brief A lesson being written by its teacher: title, summary, planned day, the three sections in
 * Markdown (before / in / after class), attached files, draft → published.
 *
 * Edits stay in the editor until save() (or publish()), which writes only the fields that changed.
 * Attaching a file saves the lesson first (a new lesson needs a title). A picture is attached as its light
 * copy and a video as its light version (issue 15), made in the background (preparation: progress, Stop) so
 * the window never freezes; the teacher may untick lightVideos to attach a video as it is. A file heavier
 * than AttachmentModel::HeavyBytes is flagged: it costs a household on mobile data.
 */
class LessonEditor : public RecordEditor
{
    Q_OBJECT
    QML_ELEMENT

    /// The lesson edited; empty while a new one has not been saved yet.
    Q_PROPERTY(QString lessonId READ lessonId NOTIFY lessonChanged)
    /// The class a new lesson goes to.
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY lessonChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY lessonChanged)
    Q_PROPERTY(QString summary READ summary WRITE setSummary NOTIFY lessonChanged)
    Q_PROPERTY(QString beforeClass READ beforeClass WRITE setBeforeClass NOTIFY lessonChanged)
    Q_PROPERTY(QString inClass READ inClass WRITE setInClass NOTIFY lessonChanged)
    Q_PROPERTY(QString afterClass READ afterClass WRITE setAfterClass NOTIFY lessonChanged)
    /// The day of the class session as the teacher types it (dd/MM/yyyy or yyyy-MM-dd); empty for none.
    Q_PROPERTY(QString plannedDateText READ plannedDateText WRITE setPlannedDateText NOTIFY lessonChanged)
    /// The planned day understood ("Friday 4 December"), or empty when none or not understood.
    Q_PROPERTY(QString plannedDateDisplay READ plannedDateDisplay NOTIFY lessonChanged)
    Q_PROPERTY(bool published READ published NOTIFY lessonChanged)
    /// Something was changed since the last save.
    Q_PROPERTY(bool dirty READ dirty NOTIFY lessonChanged)
    Q_PROPERTY(AttachmentModel *attachments READ attachments CONSTANT)
    /// All attachments together, for people ("3.4 MB").
    Q_PROPERTY(QString totalSizeText READ totalSizeText NOTIFY lessonChanged)
    /// How many attachments are heavy for mobile data.
    Q_PROPERTY(int heavyCount READ heavyCount NOTIFY lessonChanged)
    /// What the last file attached weighed and what is kept ("tableau.jpg: 3.8 MB → 190 KB"); empty before.
    Q_PROPERTY(QString lastAttachedText READ lastAttachedText NOTIFY lessonChanged)
    /// The light copy being made in the background (a photo, a video), with its progress and Stop.
    Q_PROPERTY(MediaPreparation *preparation READ preparation CONSTANT)
    /// Videos are attached as their light version (360p, about 1 MB a minute); false attaches them as they are.
    Q_PROPERTY(bool lightVideos READ lightVideos WRITE setLightVideos NOTIFY lightVideosChanged)

public:
    explicit LessonEditor(QObject *parent = nullptr);

    QString lessonId() const { return m_lesson.meta.id; }
    QString classId() const { return m_lesson.meta.classId; }
    void setClassId(const QString &id);
    QString title() const { return m_lesson.title; }
    void setTitle(const QString &v) { setField(m_lesson.title, v); }
    QString summary() const { return m_lesson.summary; }
    void setSummary(const QString &v) { setField(m_lesson.summary, v); }
    QString beforeClass() const { return m_lesson.beforeClass; }
    void setBeforeClass(const QString &v) { setField(m_lesson.beforeClass, v); }
    QString inClass() const { return m_lesson.inClass; }
    void setInClass(const QString &v) { setField(m_lesson.inClass, v); }
    QString afterClass() const { return m_lesson.afterClass; }
    void setAfterClass(const QString &v) { setField(m_lesson.afterClass, v); }
    QString plannedDateText() const { return m_plannedDateText; }
    void setPlannedDateText(const QString &text);
    QString plannedDateDisplay() const;
    bool published() const { return m_lesson.status == Continuite::PublicationStatus::Published; }
    AttachmentModel *attachments() const { return m_attachments; }
    QString totalSizeText() const;
    int heavyCount() const;
    QString lastAttachedText() const { return m_lastAttachedText; }
    MediaPreparation *preparation() const { return m_preparation; }
    bool lightVideos() const { return m_lightVideos; }
    void setLightVideos(bool light);

    /// What the teacher may want to fix before publishing, one sentence each (empty: nothing): a part of the
    /// lesson left empty, a class without students yet. Publishing anyway is her choice.
    Q_INVOKABLE QStringList publishChecks() const;

    // startNew(), load(), save(), publish() and preview() come from RecordEditor.
    /// Attaches the file at @p file (saving the lesson first). A picture (and a video when lightVideos) is made
    /// light in the background first: true then means it has started, and attachFinished() follows.
    Q_INVOKABLE bool attach(const QUrl &file);
    /// Removes the attachment at @p row.
    Q_INVOKABLE bool removeAttachment(int row);
    /// The size of the file at @p file for people, and whether it is heavy (for the file picker's warning).
    Q_INVOKABLE QString fileSizeText(const QUrl &file) const;
    Q_INVOKABLE bool isHeavy(const QUrl &file) const;

Q_SIGNALS:
    void lessonChanged();
    void lightVideosChanged();
    /// A file attach() started is attached (true), or could not be (false: error() says why).
    void attachFinished(bool attached);

protected:
    void showNew(const QString &classId) override;
    Continuite::Status loadRecord(Continuite::Store &store, const QString &id) override;
    Continuite::Status writeRecord(Continuite::Store &store) override;
    Continuite::Status publishRecord(Continuite::Store &store) override;
    QString notEditable() const override;
    void notifyChanged() override { Q_EMIT lessonChanged(); }

private:
    void show(const Continuite::Lesson &lesson);
    /// Shows @p stored (its attachments changed) but keeps the text being written.
    void showKeepingEdits(const Continuite::Lesson &stored);
    bool attachPrepared(const QString &lessonId, const Continuite::MediaReducer::Prepared &file);
    /// Keeps the voice note at @p path until the lesson is saved, and says so (@p why); false (not attached yet).
    bool keepWaiting(const QString &path, const QString &why);
    /// Attaches the voice notes kept waiting to the lesson just saved.
    Continuite::Status attachWaiting(Continuite::Store &store);
    /// Discards the voice notes kept waiting: the lesson they were for is left unsaved.
    void dropWaiting();
    bool parsePlannedDate(QDate *date) const;

    Continuite::Lesson m_lesson;
    QString m_plannedDateText;
    QString m_lastAttachedText;
    AttachmentModel *m_attachments;
    MediaPreparation *m_preparation;
    QString m_preparingLessonId; ///< the lesson the file being made light goes to
    QStringList m_waiting; ///< voice notes recorded before the lesson could be saved: attached at its next save
    bool m_lightVideos = true;
};
