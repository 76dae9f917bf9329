// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "attachmentmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "session.h"

/**
 * @brief One lesson as the reader shows it: its three sections as renderable Markdown (images point at
 * blobs on this device) and its attachments; marks the lesson opened and completed for a student.
 */
class LessonReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// The lesson to show; empty shows nothing.
    Q_PROPERTY(QString lessonId READ lessonId WRITE setLessonId NOTIFY lessonIdChanged)
    /// The lesson exists and the current person may read it.
    Q_PROPERTY(bool found READ found NOTIFY lessonChanged)
    Q_PROPERTY(QString title READ title NOTIFY lessonChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY lessonChanged)
    Q_PROPERTY(QString className READ className NOTIFY lessonChanged)
    Q_PROPERTY(QString plannedDateText READ plannedDateText NOTIFY lessonChanged)
    /// Markdown of "before class" (study at home), images as file URLs.
    Q_PROPERTY(QString beforeClass READ beforeClass NOTIFY lessonChanged)
    /// Markdown of "in class".
    Q_PROPERTY(QString inClass READ inClass NOTIFY lessonChanged)
    /// Markdown of "after class" (exercises).
    Q_PROPERTY(QString afterClass READ afterClass NOTIFY lessonChanged)
    Q_PROPERTY(AttachmentModel *attachments READ attachments CONSTANT)
    /// What the lesson's files cost to download, said before it is spent ("2.1 MB — video included"); empty for none.
    Q_PROPERTY(QString downloadCostText READ downloadCostText NOTIFY lessonChanged)
    /// The files (SHA-256) not on this device yet: held back by the data policy or still to come.
    Q_PROPERTY(QStringList missingFiles READ missingFiles NOTIFY lessonChanged)
    /// What those cost ("1.9 MB"); empty when every file is here.
    Q_PROPERTY(QString missingSizeText READ missingSizeText NOTIFY lessonChanged)
    /// The current student has marked the lesson completed.
    Q_PROPERTY(bool completed READ completed NOTIFY lessonChanged)
    /// Which parts the student ticked as done, [before, in class, after] (all three once the lesson is completed).
    Q_PROPERTY(QList<bool> partsDone READ partsDone NOTIFY lessonChanged)
    /// The first part not ticked yet (0–2), where the lesson opens from "À faire"; 0 when all are done.
    Q_PROPERTY(int nextPart READ nextPart NOTIFY lessonChanged)
    /// Assignments of this lesson (the after-class homework): a list of {assignmentId, title, dueText, handedIn}.
    Q_PROPERTY(QVariantList homework READ homework NOTIFY lessonChanged)
    /// Progress can be recorded (the current person is a student).
    Q_PROPERTY(bool tracksProgress READ tracksProgress NOTIFY lessonChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit LessonReader(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString lessonId() const { return m_lessonId; }
    void setLessonId(const QString &id);

    bool found() const { return m_found; }
    QString title() const { return m_lesson.title; }
    QString summary() const { return m_lesson.summary; }
    QString className() const { return m_className; }
    QString plannedDateText() const;
    QString beforeClass() const { return m_beforeClass; }
    QString inClass() const { return m_inClass; }
    QString afterClass() const { return m_afterClass; }
    AttachmentModel *attachments() const { return m_attachments; }
    QString downloadCostText() const { return AttachmentModel::costText(m_lesson.attachments); }
    QStringList missingFiles() const;
    QString missingSizeText() const;
    bool completed() const { return m_completed; }
    QList<bool> partsDone() const;
    int nextPart() const;
    QVariantList homework() const { return m_homework; }
    bool tracksProgress() const;
    QString error() const { return m_error; }

    /// Records that the current student opened the lesson (once is enough; later calls are harmless).
    Q_INVOKABLE bool markOpened();
    /// Records that the current student finished the lesson.
    Q_INVOKABLE bool markCompleted();
    /// Ticks part @p part (0 before class, 1 in class, 2 after class) for the current student, on this device; the
    /// third part ticked records the lesson as completed (what the teacher sees).
    Q_INVOKABLE bool markPartDone(int part);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void sessionChanged();
    void lessonIdChanged();
    void lessonChanged();
    void errorChanged();

private:
    bool record(bool completed);
    void setError(const QString &message);

    QPointer<Session> m_session;
    QString m_lessonId;
    bool m_found = false;
    Continuite::Lesson m_lesson;
    QString m_className;
    QString m_beforeClass;
    QString m_inClass;
    QString m_afterClass;
    bool m_completed = false;
    QList<bool> m_parts{false, false, false};
    QVariantList m_homework;
    bool m_opened = false;
    QString m_error;
    AttachmentModel *m_attachments;
};
