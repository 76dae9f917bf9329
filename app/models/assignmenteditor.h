// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "quizmodel.h"
#include "recordeditor.h"

/**
 * @brief An assignment being written by its teacher: title, instructions (Markdown), due date, the lesson
 * it follows, and — for a quiz — its questions with answers and points; draft → published.
 *
 * Edits stay here until save() or publish(), which write only the fields that changed.
 */
class AssignmentEditor : public RecordEditor
{
    Q_OBJECT
    QML_ELEMENT

    /// The assignment edited; empty while a new one has not been saved yet.
    Q_PROPERTY(QString assignmentId READ assignmentId NOTIFY assignmentChanged)
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY assignmentChanged)
    /// The lesson it follows (id), or empty.
    Q_PROPERTY(QString lessonId READ lessonId WRITE setLessonId NOTIFY assignmentChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY assignmentChanged)
    Q_PROPERTY(QString instructions READ instructions WRITE setInstructions NOTIFY assignmentChanged)
    /// The due date as typed: "04/12/2026 18:00", "04/12/2026" (18:00), or empty for none.
    Q_PROPERTY(QString dueText READ dueText WRITE setDueText NOTIFY assignmentChanged)
    /// The due date understood ("Friday 4 December 2026 at 18:00"), or empty.
    Q_PROPERTY(QString dueDisplay READ dueDisplay NOTIFY assignmentChanged)
    /// A quiz (graded automatically) rather than a free answer.
    Q_PROPERTY(bool isQuiz READ isQuiz WRITE setQuiz NOTIFY assignmentChanged)
    Q_PROPERTY(QuizModel *questions READ questions CONSTANT)
    /**
     * When the students get the quiz's right answers: "after-submit" (once they hand in), "after-due" (once the due
     * date has passed), "never" or "practice" (at once: their device marks each answer as they go). Until the
     * teacher chooses, after the due date when there is one, else after handing in.
     */
    Q_PROPERTY(QString answersShown READ answersShown WRITE setAnswersShown NOTIFY assignmentChanged)
    Q_PROPERTY(bool published READ published NOTIFY assignmentChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY assignmentChanged)

public:
    explicit AssignmentEditor(QObject *parent = nullptr);

    QString assignmentId() const { return m_assignment.meta.id; }
    QString classId() const { return m_assignment.meta.classId; }
    void setClassId(const QString &id);
    QString lessonId() const { return m_assignment.lessonId; }
    void setLessonId(const QString &id) { setField(m_assignment.lessonId, id); }
    QString title() const { return m_assignment.title; }
    void setTitle(const QString &v) { setField(m_assignment.title, v); }
    QString instructions() const { return m_assignment.instructions; }
    void setInstructions(const QString &v) { setField(m_assignment.instructions, v); }
    QString dueText() const { return m_dueText; }
    void setDueText(const QString &text) { setField(m_dueText, text); }
    QString dueDisplay() const;
    bool isQuiz() const { return m_assignment.type == Continuite::AssignmentType::Quiz; }
    void setQuiz(bool quiz);
    QuizModel *questions() const { return m_questions; }
    QString answersShown() const;
    void setAnswersShown(const QString &mode);
    bool published() const { return m_assignment.status == Continuite::PublicationStatus::Published; }

    /// The due date understood from @p text (local time → UTC); invalid when empty or not a date.
    static QDateTime parseDue(const QString &text, bool *ok);

    // startNew(), load(), save(), publish() and preview() come from RecordEditor.

Q_SIGNALS:
    void assignmentChanged();

protected:
    void showNew(const QString &classId) override;
    Continuite::Status loadRecord(Continuite::Store &store, const QString &id) override;
    Continuite::Status writeRecord(Continuite::Store &store) override;
    Continuite::Status publishRecord(Continuite::Store &store) override;
    QString notEditable() const override;
    void notifyChanged() override { Q_EMIT assignmentChanged(); }

private:
    void show(const Continuite::Assignment &assignment);

    Continuite::Assignment m_assignment;
    QString m_dueText;
    bool m_answersShownChosen = false; ///< the teacher chose (or the assignment was saved with a choice)
    QuizModel *m_questions;
};
