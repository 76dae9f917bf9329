// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "sessionlistmodel.h"
#include "workstates.h"

#include <QStringList>
#include <QVariantList>

/**
 * @brief The board's second tab (issue 14, Kolibri's coach view): a row per student of the class, a column
 * per published lesson, each cell saying how far that student got with that lesson.
 *
 * A cell is "none" (not opened), "opened" or "done" (the three parts ticked: before, in and after class),
 * from the store's progress rows, which is what reaches the teacher's device; or "unknown" for a student the
 * app has never heard from (no sync, no USB pack, nothing opened): "not opened" would be a claim about the
 * student when it is only that nothing has arrived yet. Which single part a student
 * ticked stays on the student's device (PersonalMarks, never synced), so the teacher sees opened / finished,
 * not part by part. Each cell has its state in words too, never in colour alone.
 */
class LessonGridModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)
    /// The columns: titles of the published lessons, in the class's order.
    Q_PROPERTY(QStringList lessonTitles READ lessonTitles NOTIFY reloaded)
    Q_PROPERTY(QStringList lessonIds READ lessonIds NOTIFY reloaded)
    Q_PROPERTY(int lessonCount READ lessonCount NOTIFY reloaded)
    /// Days without a sign of life after which a student's name says so (as the board's "Silent").
    Q_PROPERTY(int silentDays READ silentDays WRITE setSilentDays NOTIFY silentDaysChanged)

public:
    enum Roles {
        PersonIdRole = Qt::UserRole, ///< QString
        NameRole,                    ///< QString: the student's name
        StatesRole,                  ///< QVariantList: per lesson (column), a WorkStates::LessonState (ToRead, Started, Done, NoNews)
        StateTextsRole,              ///< QStringList: per lesson, the state in words, translated
        SummaryTextRole,             ///< QString: "2 of 3 opened, 1 finished", translated
        ContactRole,                 ///< WorkStates::Standing: NotConnectedYet, Silent (for silentDays), or OnTrack (work is not judged here)
        ContactTextRole,             ///< QString: "Not connected yet", "No news for 9 days", or "", translated
    };
    Q_ENUM(Roles)

    explicit LessonGridModel(QObject *parent = nullptr);

    QString classId() const { return m_classId; }
    void setClassId(const QString &id);
    QStringList lessonTitles() const { return m_titles; }
    QStringList lessonIds() const { return m_lessonIds; }
    int lessonCount() const { return int(m_lessonIds.size()); }
    int silentDays() const { return m_silentDays; }
    void setSilentDays(int days);

    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The state of @p row's student for lesson @p column (a WorkStates::LessonState), or -1 out of range.
    Q_INVOKABLE int stateAt(int row, int column) const;
    /// That state in words, translated.
    Q_INVOKABLE QString stateTextAt(int row, int column) const;
    Q_INVOKABLE QString nameAt(int row) const;
    /// The row of the student @p personId, or -1.
    Q_INVOKABLE int rowOf(const QString &personId) const;

    static QString stateText(WorkStates::LessonState state);

Q_SIGNALS:
    void classIdChanged();
    void silentDaysChanged();

protected:
    void load() override;

private:
    struct Row
    {
        QString personId;
        QString name;
        QList<WorkStates::LessonState> states;
        WorkStates::Standing contact = WorkStates::OnTrack;
        int daysSilent = -1;  ///< days since the last sign of life, -1 for none
    };
    QString m_classId;
    int m_silentDays = 7;
    QStringList m_titles;
    QStringList m_lessonIds;
    QList<Row> m_rows;
};
