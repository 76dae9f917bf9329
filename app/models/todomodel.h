// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include "sessionlistmodel.h"
#include "workstates.h"

#include <QDateTime>
#include <QSet>

/**
 * @brief The current student's "À faire": their assignments, what is still to hand in first (by due date),
 * then what was handed in, with the due date in words, late and new marks, and where the latest version
 * stands (waiting to be sent, sent, refused).
 *
 * "New" means published since the student last looked: the model remembers what it showed as new for the
 * person in front of the screen, and tells the store it has been seen, so the marks stay until someone
 * else unlocks (or the app restarts) and are gone the next time.
 */
class TodoModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

    /// The time the due dates are judged against; invalid (the default) means now.
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY nowChanged)
    /// Assignments not handed in yet.
    Q_PROPERTY(int toDoCount READ toDoCount NOTIFY reloaded)
    /// Assignments past their due date and not handed in.
    Q_PROPERTY(int lateCount READ lateCount NOTIFY reloaded)
    /// Assignments shown as new.
    Q_PROPERTY(int newCount READ newCount NOTIFY reloaded)
    /// Pieces of work whose teacher's comment is unread.
    Q_PROPERTY(int newFeedbackCount READ newFeedbackCount NOTIFY reloaded)

public:
    enum Roles {
        AssignmentIdRole = Qt::UserRole, ///< QString: the assignment's id (UUID), for the answer page
        TitleRole,                       ///< QString
        LessonTitleRole,                 ///< QString: the lesson it belongs to, or empty
        KindRole,                        ///< QString: "text", "quiz" or "file"
        KindTextRole,                    ///< QString: the kind in words ("Quiz"), translated
        DueRole,                         ///< QDateTime: UTC; invalid when there is no due date
        DueTextRole,                     ///< QString: the due date in the local time ("lundi 30 novembre, 18:00"), or empty
        DueStateRole,                    ///< WorkStates::DueState
        DueHintRole,                     ///< QString: the state in words ("Late", "Due in 3 days", "Handed in"), translated
        IsNewRole,                       ///< bool: published since the student last looked
        VersionsRole,                    ///< int: how many times it was handed in
        HandedInRole,                    ///< bool: at least one version
        HasDraftRole,                    ///< bool: unfinished work is saved on this device
        DeliveryRole,                    ///< WorkStates::Delivery: the latest version's
        DeliveryTextRole,                ///< QString: that in words, translated
        ScoreTextRole,                   ///< QString: the latest score ("8 / 10"), or empty
        GroupRole,                       ///< QString: the list's section, translated ("To hand in", "Handed in")
        RowKindRole,                     ///< QString: "work" (an assignment) or "lesson" (a lesson to read, in "À faire")
        LessonIdRole,                    ///< QString: the lesson of a "lesson" row (or the one the work belongs to)
        PartsDoneRole,                   ///< QList<bool>: a "lesson" row's parts ticked [before, in class, after]
        NextPartRole,                    ///< int: a "lesson" row's first part not ticked (0–2)
        StepRole,                        ///< int: 1-based place in its section (① read, ② the quiz)
        NewFeedbackRole,                 ///< QString: "New comment from Mme Martin" while the comment is unread, else empty
        FeedbackRole,                    ///< QString: the teacher's latest comment on the latest version, or empty
        ScoreToneRole,                   ///< WorkStates::ScoreTone: good (at least half), low, or no score
        DownloadCostTextRole,            ///< QString: what its files cost to download ("2.1 MB — video included"), or empty
    };
    Q_ENUM(Roles)

    explicit TodoModel(QObject *parent = nullptr);

    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);
    int count() const override { return int(m_rows.size()); }
    int toDoCount() const;
    int lateCount() const;
    int newCount() const;
    int newFeedbackCount() const;
    /// The lesson of the "lesson" row @p row, or empty.
    Q_INVOKABLE QString lessonIdAt(int row) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of assignment @p assignmentId, or -1.
    Q_INVOKABLE int indexOf(const QString &assignmentId) const;
    /// The id of the assignment at @p row, or empty.
    Q_INVOKABLE QString assignmentIdAt(int row) const;

    // Words shared by the student's screens.
    static QString kindText(Continuite::AssignmentType type);
    static QString dueText(const QDateTime &due);
    static QString scoreText(std::optional<double> score, std::optional<double> maxScore);
    /// A lesson part's name ("Before class"), translated; @p part 0–2.
    static QString partName(int part);

Q_SIGNALS:
    void nowChanged();

protected:
    void load() override;
    struct Row
    {
        bool isLesson = false;      ///< a lesson to read ("À faire" only); item is then empty
        Continuite::Lesson lesson;  ///< of a lesson row
        QList<bool> parts{false, false, false};
        QDate day;                  ///< the class day the row is for (lesson: planned date; work: due date), local
        QString newFeedbackFrom;    ///< the teacher's name while their latest comment is unread
        QString feedback;
        int step = 0;
        Continuite::TodoItem item;
        QString lessonTitle;
        int lessonPosition = 0;
        bool hasDraft = false;
        WorkStates::Delivery delivery = WorkStates::NothingHandedIn;
        std::optional<double> maxScore;
    };
    /// Puts the rows in the order the list shows them (the store's: to do by due date, then handed in).
    virtual void arrange(QList<Row> &rows) const;
    /// Whether this list shows and clears the "new" marks.
    virtual bool tracksNew() const { return true; }
    virtual QString groupOf(const Row &row) const;
    /// Adds rows beyond the assignments (the lessons to read, in "À faire"); none here.
    virtual void addRows(Continuite::Store &, QList<Row> &) const {}
    QDateTime effectiveNow() const;
    QString dataDir() const;

private:
    QVariant lessonData(const Row &row, int role) const;

    QDateTime m_now;
    QList<Row> m_rows;
    QString m_person;
    QSet<QString> m_shownNew;
};
