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
    for (const Continuite::StudentOverview &o : s->classOverview(m_classId, now)) {
        Row row;
        row.overview = o;
        row.daysSilent = o.lastSeen.isValid() ? int(std::max<qint64>(0, o.lastSeen.secsTo(now) / 86400)) : -1;
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
        if (row.daysSilent < 0)
            return tr("never");
        if (row.daysSilent == 0)
            return tr("today");
        if (row.daysSilent == 1)
            return tr("yesterday");
        return tr("%n day(s) ago", nullptr, row.daysSilent);
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
            {WorkTextRole, "workText"}};
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
