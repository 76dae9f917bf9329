// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "content/answerkey.h"

#include <optional>

namespace Continuite {

enum class Role { Teacher, Student };
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);

/// Fields every syncable row carries.
struct RowMeta
{
    QString id;
    QString classId;
    QString hlc;
    QString author;
    bool deleted = false;
};

/// @brief A person who uses this device: a teacher or a student (several share a family laptop).
struct Profile
{
    QString id; ///< the person's id, the same on every device and at the hub
    QString login;
    QString displayName;
    Role role = Role::Student;
    bool hasSecret = false;
};

struct SchoolClass
{
    RowMeta meta;
    QString name;
};

struct Member
{
    RowMeta meta;
    QString personId;
    Role role = Role::Student;
    QString displayName;
    QString login;
};

/// A new student as the teacher gets it once: the PIN is shown here and never stored in clear.
struct NewStudent
{
    Member member;
    QString pin;
};

/// @brief A file attached to a lesson, an assignment or a submission: a blob in the media store.
struct Attachment
{
    QString sha256;
    qint64 size = 0;
    QString mime;
    QString name;

    QJsonObject toJson() const;
    static QList<Attachment> listFromJson(const QJsonArray &array);
    static QJsonArray listToJson(const QList<Attachment> &list);
};

enum class PublicationStatus { Draft, Published };

struct Lesson
{
    RowMeta meta;
    QString title;
    QString summary;
    QString beforeClass; ///< Markdown: what to study at home before class
    QString inClass;     ///< Markdown: what happens in class
    QString afterClass;  ///< Markdown: exercises after class
    QList<Attachment> attachments;
    PublicationStatus status = PublicationStatus::Draft;
    QDate plannedDate;
    int position = 0;
};

struct QuizQuestion
{
    enum class Type { Choice, Short };
    QString id;
    Type type = Type::Choice;
    QString prompt;
    QStringList choices;     ///< Choice only
    QList<int> correct;      ///< Choice only: indexes of the right choices
    QStringList accepted;    ///< Short only: accepted answers (compared normalised)
    double points = 1;
    bool multiple = false;   ///< Choice only: several choices are right (known without the key)

    /// The answer key of this question is known on this device.
    bool hasKey() const { return type == Type::Choice ? !correct.isEmpty() : !accepted.isEmpty(); }
    /// Whether @p answer is right; false when unanswered or when the key is not known here.
    bool isRight(const QJsonValue &answer) const;
};

/// @brief Multiple-choice and short-answer questions with points; closed questions are graded automatically.
struct Quiz
{
    QList<QuizQuestion> questions;

    bool isEmpty() const { return questions.isEmpty(); }
    double maxScore() const;
    /// Every question's answer key is known here (a teacher's device; a student's once the answers are released).
    bool hasKey() const;
    /// The quiz as a teacher's quiz file has it: with the key, when known here.
    QJsonObject toJson() const;
    /// Validates a quiz file's JSON; the error names the question and what is wrong. @p requireKey: each question
    /// must say its right answers (a teacher's file); false for the questions a student's device holds.
    static std::optional<Quiz> fromJson(const QJsonObject &object, QString *error, bool requireKey = true);
    /// The stored questions (an assignment's "quiz" field) with @p key (an answer key row's "answers") put back, if any.
    static Quiz fromStored(const QJsonObject &questions, const QJsonObject &key);
    /// Drops the answer key (what a student's device may not show yet).
    void forgetKey();
    /// Score of answers {"q1": [1], "q2": "3/4"}; unknown or missing answers score 0. Needs the key.
    double grade(const QJsonObject &answers) const;
};

enum class AssignmentType { Text, File, Quiz };
QString assignmentTypeName(AssignmentType type);
std::optional<AssignmentType> assignmentTypeFromName(QStringView name);

struct Assignment
{
    RowMeta meta;
    QString lessonId;
    QString title;
    QString instructions; ///< Markdown
    QDateTime due;        ///< UTC; invalid when there is no due date
    AssignmentType type = AssignmentType::Text;
    Quiz quiz;            ///< with its answer key only where this person may see it
    AnswersShown answersShown = AnswerKey::DefaultMode;
    QList<Attachment> attachments;
    PublicationStatus status = PublicationStatus::Draft;
};

/// @brief One version of a student's work. Versions are never replaced: a resubmission adds one.
struct Submission
{
    RowMeta meta;
    QString assignmentId;
    QString studentId;
    QString text;
    QJsonObject answers;
    QList<Attachment> attachments;
    QDateTime deviceTime;   ///< the student's device clock when submitted (may be wrong)
    QDateTime receivedTime; ///< when the hub received it; invalid until synced
    /// The quiz's score, computed here from the answer key (never the number a device sent): empty where the key is
    /// not known or not yet released to this student.
    std::optional<double> autoScore;
    std::optional<double> maxScore;
    int version = 0;        ///< 1-based, in HLC order among this student's versions for the assignment
};

struct Feedback
{
    RowMeta meta;
    QString submissionId;
    QString studentId;
    QString comment;
    std::optional<double> score;
};

/// @brief A student's progress on a lesson; merged monotonically (opened stays opened, time only grows).
struct Progress
{
    RowMeta meta;
    QString lessonId;
    QString studentId;
    QDateTime openedAt;
    bool completed = false;
    QDateTime completedAt;
    qint64 secondsSpent = 0;
};

/// One line of the teacher's continuity board: who has gone silent, who is behind.
struct StudentOverview
{
    Member member;
    int lessonsPublished = 0;
    int lessonsOpened = 0;
    int lessonsCompleted = 0;
    int assignmentsDue = 0;  ///< published assignments whose due date has passed
    int submitted = 0;       ///< assignments with at least one version
    int late = 0;            ///< first version received (or, before sync, made) after the due date
    int missing = 0;         ///< due date passed and nothing handed in
    QDateTime lastSeen;      ///< latest sign of life: a version received or made, a lesson opened or completed
};

/// One line of a student's "À faire" list.
struct TodoItem
{
    Assignment assignment;
    int versions = 0;                ///< how many times it was handed in
    bool overdue = false;            ///< due date passed and not handed in
    bool isNew = false;              ///< published since the student last looked
    std::optional<double> lastScore; ///< the teacher's score on the latest version, or the quiz's auto score
};

/// What the store has not yet sent, and when it last synced.
struct StoreStatus
{
    int pendingChanges = 0;
    int rejectedChanges = 0;
    int mediaBlobs = 0;
    qint64 mediaBytes = 0;
    QString deviceId;
    int schemaVersion = 0;
};

} // namespace Continuite
