// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "boardmodel.h"

#include "content/store.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

BoardModel::BoardModel(QObject *parent)
    : SessionListModel(parent)
{
}

void BoardModel::setClassId(const QString &id)
{
    if (id == m_classId)
        return;
    m_classId = id;
    reload();
    Q_EMIT classIdChanged();
}

void BoardModel::setSilentDays(int days)
{
    if (days == m_silentDays || days < 1)
        return;
    m_silentDays = days;
    reload();
    Q_EMIT silentDaysChanged();
}

void BoardModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    reload();
    Q_EMIT nowChanged();
}

QDateTime BoardModel::judgedAt() const
{
    return m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
}

int BoardModel::countOf(WorkStates::Standing level) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [level](const Row &r) { return r.level == level; }));
}

void BoardModel::setFilter(int filter)
{
    if (filter < -1 || filter > WorkStates::OnTrack) // a chip's typo shows nobody: say so, show everyone
        qWarning() << "BoardModel: no such standing to filter on:" << filter;
    filter = filter >= 0 && filter <= WorkStates::OnTrack ? filter : -1;
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
    Q_EMIT filterChanged();
}

void BoardModel::load()
{
    m_rows.clear();
    m_all.clear();
    Continuite::Store *s = store();
    if (!s || m_classId.isEmpty())
        return;
    const QDateTime now = judgedAt();
    const QHash<QString, Continuite::Store::Contact> contacts = s->lastContacts();
    auto daysSince = [&now](const QDateTime &t) { return t.isValid() ? int(std::max<qint64>(0, t.secsTo(now) / 86400)) : -1; };
    for (const Continuite::StudentOverview &o : s->classOverview(m_classId, now)) {
        Row row;
        row.overview = o;
        const Continuite::Store::Contact contact = contacts.value(o.member.personId);
        row.lastSync = contact.at;
        row.lastSyncVia = contact.at.isValid() ? contact.via : QString();
        row.daysSinceSync = daysSince(row.lastSync);
        // A sign of life is either: a sync (or a pack) shows the device is alive, activity shows the student is.
        const QDateTime latest = !row.lastSync.isValid() ? o.lastSeen
            : !o.lastSeen.isValid()                      ? row.lastSync
                                                         : std::max(row.lastSync, o.lastSeen);
        row.daysSilent = daysSince(latest);
        if (row.daysSilent >= m_silentDays)
            row.level = WorkStates::Silent;
        else if (!row.lastSync.isValid())
            // Never a sync nor a USB pack: maybe added a minute ago, and the card is what they need. Activity alone
            // (done on this very device) is no contact: her page says "no contact yet", the board must not say
            // "on track" beside it (review-app19).
            row.level = WorkStates::NotConnectedYet;
        else if (o.missing > 0 || o.late > 0)
            row.level = WorkStates::Behind;
        else
            row.level = WorkStates::OnTrack;
        m_rows.append(row);
    }
    // Who has gone silent first (the longest silence first), then who has not connected yet, then who is
    // behind, then the rest: the order of WorkStates::Standing.
    auto rank = [](const Row &r) { return int(r.level); };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&rank](const Row &a, const Row &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.level == WorkStates::Silent && a.daysSilent != b.daysSilent) {
            return a.daysSilent > b.daysSilent;
        } else if (a.level == WorkStates::Behind && a.overview.missing != b.overview.missing) {
            return a.overview.missing > b.overview.missing;
        }
        return QString::localeAwareCompare(a.overview.member.displayName, b.overview.member.displayName) < 0;
    });
    m_all = m_rows;
    if (m_filter >= 0)
        m_rows.removeIf([this](const Row &r) { return r.level != m_filter; });
}

QString BoardModel::levelText(const Row &row) const
{
    switch (row.level) {
    case WorkStates::NotConnectedYet:
        if (row.daysSilent >= 0)
            return tr("Not connected yet: no sync, no USB pack. Only what was done on this device is known.");
        return tr("Not connected yet: no sync, no USB pack, nothing opened. Their login card is what they need.");
    case WorkStates::Silent:
        return tr("Silent for %n day(s)", nullptr, row.daysSilent);
    case WorkStates::Behind:
        return tr("Behind with the work");
    case WorkStates::OnTrack:
        break;
    }
    return tr("On track");
}

QString BoardModel::agoText(int days)
{
    if (days < 0)
        return tr("never");
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("%n day(s) ago", nullptr, days);
}

QString BoardModel::lastSyncDetail(const Row &row) const
{
    if (!row.lastSync.isValid())
        return tr("No contact yet: no sync with the school's server, no USB pack received.");
    const QString when = QLocale().toString(row.lastSync.toLocalTime(), QLocale::ShortFormat);
    if (row.lastSyncVia == u"usb")
        return tr("Last contact %1: a USB return pack made on %2.").arg(agoText(row.daysSinceSync), when);
    if (row.lastSyncVia == u"classroom")
        return tr("Last contact %1: the classroom session of %2.").arg(agoText(row.daysSinceSync), when);
    return tr("Last contact %1: a sync with the school's server on %2.").arg(agoText(row.daysSinceSync), when);
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Continuite::StudentOverview &o = row.overview;
    switch (role) {
    case PersonIdRole:
        return o.member.personId;
    case Qt::DisplayRole:
    case NameRole:
        return o.member.displayName;
    case LoginRole:
        return o.member.login;
    case LevelRole:
        return int(row.level);
    case LevelTextRole:
        return levelText(row);
    case LevelWordRole:
        return WorkStates::standingWord(row.level);
    case LastSeenRole:
        return o.lastSeen;
    case LastSeenTextRole:
        return agoText(o.lastSeen.isValid() ? int(std::max<qint64>(0, o.lastSeen.secsTo(judgedAt()) / 86400)) : -1);
    case DaysSilentRole:
        return row.daysSilent;
    case LessonsOpenedRole:
        return o.lessonsOpened;
    case LessonsCompletedRole:
        return o.lessonsCompleted;
    case LessonsPublishedRole:
        return o.lessonsPublished;
    case LessonsTextRole:
        // Plurals right in French: "1 ouverte sur 3, 1 terminée".
        return QString(tr("%n of %1 opened", nullptr, o.lessonsOpened).arg(o.lessonsPublished) + u", "_s + tr("%n completed", nullptr, o.lessonsCompleted));
    case SubmittedRole:
        return o.submitted;
    case LateRole:
        return o.late;
    case MissingRole:
        return o.missing;
    case WorkTextRole: {
        QStringList parts;
        if (o.missing > 0)
            parts << tr("%n missing", nullptr, o.missing);
        if (o.late > 0)
            parts << tr("%n late", nullptr, o.late);
        return parts.isEmpty() ? tr("Up to date") : parts.join(u", "_s);
    }
    case LastSyncRole:
        return row.lastSync;
    case LastSyncTextRole:
        return agoText(row.daysSinceSync);
    case LastSyncViaRole:
        return row.lastSyncVia;
    case LastSyncDetailRole:
        return lastSyncDetail(row);
    case DaysSinceSyncRole:
        return row.daysSinceSync;
    }
    return {};
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    return {{PersonIdRole, "personId"},
            {NameRole, "name"},
            {LoginRole, "login"},
            {LevelRole, "level"},
            {LevelTextRole, "levelText"},
            {LevelWordRole, "levelWord"},
            {LastSeenRole, "lastSeen"},
            {LastSeenTextRole, "lastSeenText"},
            {DaysSilentRole, "daysSilent"},
            {LessonsOpenedRole, "lessonsOpened"},
            {LessonsCompletedRole, "lessonsCompleted"},
            {LessonsPublishedRole, "lessonsPublished"},
            {LessonsTextRole, "lessonsText"},
            {SubmittedRole, "submitted"},
            {LateRole, "late"},
            {MissingRole, "missing"},
            {WorkTextRole, "workText"},
            {LastSyncRole, "lastSync"},
            {LastSyncTextRole, "lastSyncText"},
            {LastSyncViaRole, "lastSyncVia"},
            {LastSyncDetailRole, "lastSyncDetail"},
            {DaysSinceSyncRole, "daysSinceSync"}};
}

bool BoardModel::exportCsv(const QUrl &file)
{
    Continuite::Store *s = store();
    if (!s || m_classId.isEmpty()) {
        setError(tr("Choose a class first."));
        return false;
    }
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setError(tr("Choose where to save the table."));
        return false;
    }
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv(s->classOverview(m_classId, judgedAt()), s->lastContacts()).toUtf8()) < 0 || !out.commit()) {
        setError(tr("Could not write %1: check that the folder is writable and the disk not full.").arg(path));
        return false;
    }
    m_lastExported = QFileInfo(path).absoluteFilePath();
    setError({});
    return true;
}

QString BoardModel::csv(const QList<Continuite::StudentOverview> &board, const QHash<QString, Continuite::Overviews::Contact> &contacts)
{
    auto quote = [](QString field) -> QString {
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')) {
            field.replace(u"\""_s, u"\"\""_s);
            return u'"' + field + u'"';
        }
        return field;
    };
    QStringList header{tr("Student"), tr("Login"), tr("Last activity"), tr("Last contact"), tr("Contact via"),
                       tr("Lessons opened"), tr("Lessons completed"), tr("Lessons published"), tr("Handed in"), tr("Late"),
                       tr("Missing")};
    auto viaText = [](const QString &via) {
        return via == u"hub" ? tr("school server") : via == u"usb" ? tr("USB pack") : via == u"classroom" ? tr("classroom") : QString();
    };
    QString out;
    for (QString &h : header)
        h = quote(h);
    out += header.join(u',') + u"\r\n"_s;
    for (const Continuite::StudentOverview &o : board) {
        const Continuite::Overviews::Contact contact = contacts.value(o.member.personId);
        const QStringList row{quote(o.member.displayName), quote(o.member.login),
                              o.lastSeen.isValid() ? o.lastSeen.toString(Qt::ISODate) : QString(),
                              contact.at.isValid() ? contact.at.toString(Qt::ISODate) : QString(), quote(viaText(contact.via)),
                              QString::number(o.lessonsOpened), QString::number(o.lessonsCompleted),
                              QString::number(o.lessonsPublished), QString::number(o.submitted), QString::number(o.late),
                              QString::number(o.missing)};
        out += row.join(u',') + u"\r\n"_s;
    }
    return out;
}

QString BoardModel::nameAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).overview.member.displayName : QString();
}
