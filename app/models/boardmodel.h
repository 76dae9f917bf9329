// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/overviews.h"
#include "content/records.h"
#include "sessionlistmodel.h"
#include "workstates.h"

#include <QDateTime>
#include <QUrl>

/**
 * @brief The continuity board of one class: one line per student with their last contact (their last sync
 * with the school's server, as the hub tells their teacher's device, or their last USB return pack), their
 * last activity, lessons opened and completed, work late or missing — the students who have gone silent first.
 *
 * Silent: no sign of life — no contact and no activity — for `silentDays` days or more. Not connected yet: no
 * sign of life ever (a student added a minute ago is not "silent"; grey, with what to do). Behind: work missing
 * or late. Each line has its level in words as well as a colour's name, so no one depends on colour alone.
 * `filter` shows one level only (the board's chips); the counts are always of the whole class.
 */
class BoardModel : public SessionListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString classId READ classId WRITE setClassId NOTIFY classIdChanged)
    /// Days without a sign of life (contact or activity) after which a student counts as silent (7 by default).
    Q_PROPERTY(int silentDays READ silentDays WRITE setSilentDays NOTIFY silentDaysChanged)
    /// The moment the board is judged at; invalid means now (tests set it).
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY nowChanged)
    /// The students shown: those of one WorkStates::Standing, or everyone (-1).
    Q_PROPERTY(int filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int silentCount READ silentCount NOTIFY reloaded)
    Q_PROPERTY(int behindCount READ behindCount NOTIFY reloaded)
    Q_PROPERTY(int notConnectedCount READ notConnectedCount NOTIFY reloaded)
    Q_PROPERTY(int okCount READ okCount NOTIFY reloaded)
    /// Students of the class, whatever the filter.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY reloaded)

public:
    enum Roles {
        PersonIdRole = Qt::UserRole, ///< QString: the student's person id
        NameRole,                    ///< QString: their name
        LoginRole,                   ///< QString: their login code
        LevelRole,                   ///< WorkStates::Standing: Silent, NotConnectedYet, Behind or OnTrack
        LevelTextRole,               ///< QString: the level in words ("Silent for 9 days"), translated
        LevelWordRole,               ///< QString: the level in one word ("Silent"), for the chip, translated
        LastSeenRole,                ///< QDateTime: latest sign of life (UTC); invalid when none
        LastSeenTextRole,            ///< QString: that moment for people ("today", "3 days ago", "never")
        DaysSilentRole,              ///< int: whole days since the latest sign of life (contact or activity); -1 when never
        LessonsOpenedRole,           ///< int
        LessonsCompletedRole,        ///< int
        LessonsPublishedRole,        ///< int
        LessonsTextRole,             ///< QString: "2 of 3 opened, 1 completed", translated
        SubmittedRole,               ///< int: assignments handed in
        LateRole,                    ///< int: handed in after the due date
        MissingRole,                 ///< int: due date passed, nothing handed in
        WorkTextRole,                ///< QString: "1 missing, 1 late" or "Up to date", translated
        LastSyncRole,                ///< QDateTime: last contact (UTC): last sync with the hub, or last USB return pack made; invalid when none
        LastSyncTextRole,            ///< QString: that moment for people ("today", "3 days ago", "never"), translated
        LastSyncViaRole,             ///< QString: how: "hub", "usb", "classroom", or "" when never
        LastSyncDetailRole,          ///< QString: the moment and how, in a sentence (tooltip, screen readers), translated
        DaysSinceSyncRole,           ///< int: whole days since the last contact; -1 when never
    };
    Q_ENUM(Roles)

    explicit BoardModel(QObject *parent = nullptr);

    QString classId() const { return m_classId; }
    void setClassId(const QString &id);
    int silentDays() const { return m_silentDays; }
    void setSilentDays(int days);
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now);
    int filter() const { return m_filter; }
    void setFilter(int filter);
    int silentCount() const { return countOf(WorkStates::Silent); }
    int behindCount() const { return countOf(WorkStates::Behind); }
    int notConnectedCount() const { return countOf(WorkStates::NotConnectedYet); }
    int okCount() const { return countOf(WorkStates::OnTrack); }
    int totalCount() const { return int(m_all.size()); }

    int count() const override { return int(m_rows.size()); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Writes the board as CSV (for a spreadsheet) to @p file.
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    Q_INVOKABLE QString lastExported() const { return m_lastExported; }
    Q_INVOKABLE QString nameAt(int row) const;

Q_SIGNALS:
    void classIdChanged();
    void silentDaysChanged();
    void nowChanged();
    void filterChanged();

protected:
    void load() override;

private:
    struct Row
    {
        Continuite::StudentOverview overview;
        QDateTime lastSync; ///< last contact, UTC
        QString lastSyncVia;
        int daysSinceSync = -1;
        int daysSilent = -1; ///< since the latest of last contact and last activity
        WorkStates::Standing level = WorkStates::OnTrack;
    };
    QDateTime judgedAt() const;
    int countOf(WorkStates::Standing level) const;
    QString levelText(const Row &row) const;
    static QString agoText(int days);
    /// The board as CSV (comma-separated, RFC 4180 quoting, UTF-8 with the header row in the UI language).
    static QString csv(const QList<Continuite::StudentOverview> &board, const QHash<QString, Continuite::Overviews::Contact> &contacts);
    QString lastSyncDetail(const Row &row) const;

    QString m_classId;
    int m_silentDays = 7;
    QDateTime m_now;
    QList<Row> m_all;  ///< the whole class
    QList<Row> m_rows; ///< those the filter shows
    int m_filter = -1;
    QString m_lastExported;
};
