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

int BoardModel::silentCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.level == u"silent"; }));
}

int BoardModel::behindCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.level == u"behind"; }));
}

void BoardModel::load()
{
    m_rows.clear();
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
        if (row.daysSilent < 0 || row.daysSilent >= m_silentDays)
            row.level = u"silent"_s;
        else if (o.missing > 0 || o.late > 0)
            row.level = u"behind"_s;
        else
            row.level = u"ok"_s;
        m_rows.append(row);
    }
    // Who has gone silent first (never seen, then the longest silence), then who is behind, then the rest.
    auto rank = [](const Row &r) { return r.level == u"silent" ? 0 : r.level == u"behind" ? 1 : 2; };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&rank](const Row &a, const Row &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (rank(a) == 0) {
            const int da = a.daysSilent < 0 ? INT_MAX : a.daysSilent;
            const int db = b.daysSilent < 0 ? INT_MAX : b.daysSilent;
            if (da != db)
                return da > db;
        } else if (rank(a) == 1 && a.overview.missing != b.overview.missing) {
            return a.overview.missing > b.overview.missing;
        }
        return QString::localeAwareCompare(a.overview.member.displayName, b.overview.member.displayName) < 0;
    });
}

QString BoardModel::levelText(const Row &row) const
{
    if (row.level == u"silent")
        return row.daysSilent < 0 ? tr("Silent: no sign of life yet") : tr("Silent for %n day(s)", nullptr, row.daysSilent);
    if (row.level == u"behind")
        return tr("Behind with the work");
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
        return row.level;
    case LevelTextRole:
        return levelText(row);
    case LevelWordRole:
        return row.level == u"silent" ? tr("Silent") : row.level == u"behind" ? tr("Behind") : tr("On track");
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
        return tr("%1 of %2 opened, %3 completed").arg(o.lessonsOpened).arg(o.lessonsPublished).arg(o.lessonsCompleted);
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
    if (!out.open(QIODevice::WriteOnly) || out.write(s->classOverviewCsv(m_classId, judgedAt()).toUtf8()) < 0 || !out.commit()) {
        setError(tr("Could not write %1: check that the folder is writable and the disk not full.").arg(path));
        return false;
    }
    m_lastExported = QFileInfo(path).absoluteFilePath();
    setError({});
    return true;
}

QString BoardModel::nameAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).overview.member.displayName : QString();
}
