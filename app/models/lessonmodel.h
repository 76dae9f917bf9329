// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/records.h"

#include "sessionlistmodel.h"
#include "workstates.h"

/**
 * @brief The lessons of the person using the app, in sequence order, across their classes.
 *
 * Students see published lessons with how far they got (new, opened, completed); teachers also see
 * their drafts. Reloads when the person changes or something is written. Setting classId keeps the
 * lessons of that class only (a teacher with several classes); empty shows every class.
 */
class LessonModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

    /// Only this class's lessons; empty (the default) for every class of the person.
    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)

public:
    enum Roles {
        LessonIdRole = Qt::UserRole, ///< QString: the lesson's id (UUID), for the reader
        TitleRole,                   ///< QString
        SummaryRole,                 ///< QString: one short paragraph, Markdown
        ClassNameRole,               ///< QString: the class it belongs to ("6e B — Mathématiques")
        PlannedDateRole,             ///< QDate: the day of the class session; invalid when not planned
        PlannedDateTextRole,         ///< QString: that day for people ("lundi 30 novembre"), or empty
        StateRole,                   ///< WorkStates::LessonState: ToRead, Started or Done for a student, Draft or Published for a teacher
        StateTextRole,               ///< QString: the state in words, translated
        AttachmentCountRole,         ///< int: files attached (worksheets, images, media)
        PositionRole,                ///< int: 1-based place in the sequence
        DownloadCostTextRole,        ///< QString: what its files cost to download ("2.1 MB — video included"), or empty
    };
    Q_ENUM(Roles)

    explicit LessonModel(QObject *parent = nullptr);

    QString classId() const { return m_classId; }
    void setClassId(const QString &id);
    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of lesson @p lessonId, or -1.
    Q_INVOKABLE int indexOf(const QString &lessonId) const;
    /// The id of the lesson at @p row, or empty.
    Q_INVOKABLE QString lessonIdAt(int row) const;

Q_SIGNALS:
    void classIdChanged();

protected:
    void load() override;

private:
    struct Row
    {
        Continuite::Lesson lesson;
        QString className;
        WorkStates::LessonState state = WorkStates::ToRead;
    };
    static QString stateText(WorkStates::LessonState state);

    QString m_classId;
    QList<Row> m_rows;
};
