// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"
#include "sessionlistmodel.h"

/**
 * @brief The work handed in for one assignment: every version of every student (by name, then oldest
 * first), with the answers, the quiz's automatic score, and the teacher's feedback; giving feedback and a
 * score returns the work to the student. Work of a student taken off the roster stays, marked so.
 */
class ReviewModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString assignmentId READ assignmentId WRITE setAssignmentId NOTIFY assignmentIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY reloaded)
    /// The points of the quiz, or 0 for a free answer (the teacher's scale then).
    Q_PROPERTY(double maxScore READ maxScore NOTIFY reloaded)
    /// What a score is out of: the quiz's points, or 20 for other work (Continuite::scoreScale(), never 0).
    Q_PROPERTY(double scale READ scale NOTIFY reloaded)
    /// The scale as shown beside the score field: "/ 20".
    Q_PROPERTY(QString scaleText READ scaleText NOTIFY reloaded)
    /// Students who handed something in (each counted once), for "3 of 28".
    Q_PROPERTY(int studentCount READ studentCount NOTIFY reloaded)
    /// Students of the class who have handed in nothing, by name ("Inès Lefèvre, Jade Moreau").
    Q_PROPERTY(QString missingText READ missingText NOTIFY reloaded)
    Q_PROPERTY(int missingCount READ missingCount NOTIFY reloaded)

public:
    enum Roles {
        SubmissionIdRole = Qt::UserRole, ///< QString
        StudentIdRole,                   ///< QString: person id
        StudentNameRole,                 ///< QString
        VersionRole,                     ///< int: 1-based
        VersionCountRole,                ///< int: versions this student handed in
        IsLatestRole,                    ///< bool: the student's latest version
        WhenTextRole,                    ///< QString: when it was handed in, and whether the hub has it yet
        LateRole,                        ///< bool: handed in after the due date
        TextRole,                        ///< QString: the student's text
        AnswersTextRole,                 ///< QString: the quiz answers, one per line, right (✓) or wrong (✗)
        AttachmentsTextRole,             ///< QString: names of attached files
        AutoScoreTextRole,               ///< QString: "4 / 5" for a quiz, or empty
        FeedbackRole,                    ///< QString: the latest feedback's comment, or empty
        ScoreTextRole,                   ///< QString: the latest feedback's score, or empty
        ReturnedRole,                    ///< bool: feedback was given on this version
        AttachmentsRole,                 ///< QVariantList of {name, kind, url, available, sizeText}: the files, to show
    };
    Q_ENUM(Roles)

    explicit ReviewModel(QObject *parent = nullptr);

    QString assignmentId() const { return m_assignment.meta.id.isEmpty() ? m_assignmentId : m_assignment.meta.id; }
    void setAssignmentId(const QString &id);
    QString title() const { return m_assignment.title; }
    double maxScore() const;
    double scale() const;
    QString scaleText() const;
    int studentCount() const;
    QString missingText() const { return m_missing.join(u", "); }
    int missingCount() const { return int(m_missing.size()); }

    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Returns the version at @p row with a comment and a score (typed as "14", "14,5" or empty); false with an error.
    Q_INVOKABLE bool giveFeedback(int row, const QString &comment, const QString &scoreText);
    Q_INVOKABLE QString studentNameAt(int row) const;
    /// Every role of @p row by its QML name (the marking page shows one row at a time); empty out of range.
    Q_INVOKABLE QVariantMap rowAt(int row) const;
    /// The row of the next student's latest version after @p row's student, in the list's order; -1 at the last.
    Q_INVOKABLE int nextStudentRow(int row) const;
    /// The row of the previous student's latest version before @p row's student; -1 at the first.
    Q_INVOKABLE int previousStudentRow(int row) const;
    /// 1-based position of @p row's student among those who handed in ("3" of "3 of 28"); 0 out of range.
    Q_INVOKABLE int studentNumberAt(int row) const;

Q_SIGNALS:
    void assignmentIdChanged();

protected:
    void load() override;

private:
    struct Row
    {
        Continuite::Submission submission;
        QString studentName;
        int versionCount = 0;
        std::optional<Continuite::Feedback> feedback;
    };
    QString answersText(const Continuite::Submission &s) const;
    QVariantList attachments(const Continuite::Submission &s) const;
    /// The latest version of the student whose versions are around @p row (rows are grouped by student).
    int latestOfStudentAt(int row) const;

    QString m_assignmentId;
    Continuite::Assignment m_assignment;
    QList<Row> m_rows;
    QStringList m_missing;
};
