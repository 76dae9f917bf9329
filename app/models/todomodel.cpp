#include "todomodel.h"

#include "content/store.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::AssignmentType;
using Continuite::Role;
using Continuite::Store;

namespace {
QString deliveryName(Store::Delivery::State state)
{
    switch (state) {
    case Store::Delivery::State::Waiting:
        return u"waiting"_s;
    case Store::Delivery::State::Rejected:
        return u"rejected"_s;
    case Store::Delivery::State::Sent:
        break;
    }
    return u"sent"_s;
}
} // namespace

TodoModel::TodoModel(QObject *parent)
    : SessionListModel(parent)
{
}

void TodoModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    reload();
    Q_EMIT nowChanged();
}

QDateTime TodoModel::effectiveNow() const
{
    return m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
}

void TodoModel::load()
{
    QList<Row> rows;
    Store *store = this->store();
    const QString person = store ? store->current()->id : QString();
    if (person != m_person) {
        m_person = person;
        m_shownNew.clear();
    }
    if (store && store->current()->role == Role::Student) {
        QHash<QString, std::pair<QString, int>> lessons;
        int position = 0;
        for (const Continuite::Lesson &l : store->lessons())
            lessons.insert(l.meta.id, {l.title, ++position});
        bool unseen = false;
        for (const Continuite::TodoItem &item : store->todo(effectiveNow())) {
            Row row;
            row.item = item;
            const auto lesson = lessons.value(item.assignment.lessonId);
            row.lessonTitle = lesson.first;
            row.lessonPosition = lesson.second > 0 ? lesson.second : position + 1;
            row.hasDraft = store->draft(item.assignment.meta.id).has_value();
            if (item.versions > 0) {
                const auto versions = store->submissions(item.assignment.meta.id);
                row.delivery = deliveryName(store->delivery(versions.last()).state);
                row.maxScore = versions.last().maxScore;
            }
            if (!row.maxScore && item.assignment.type == AssignmentType::Quiz)
                row.maxScore = item.assignment.quiz.maxScore();
            if (tracksNew()) {
                unseen = unseen || item.isNew;
                if (item.isNew)
                    m_shownNew.insert(item.assignment.meta.id);
                row.item.isNew = m_shownNew.contains(item.assignment.meta.id);
            } else {
                row.item.isNew = false;
            }
            rows.append(row);
        }
        // Shown once is seen: next time these are no longer new (this list keeps its marks meanwhile).
        if (unseen)
            (void)store->markEverythingSeen();
    }
    arrange(rows);
    m_rows = std::move(rows);
}

void TodoModel::arrange(QList<Row> &) const
{
}

QString TodoModel::groupOf(const Row &row) const
{
    return row.item.versions > 0 ? tr("Handed in") : tr("To hand in");
}

int TodoModel::toDoCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.item.versions == 0; }));
}

int TodoModel::lateCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.item.overdue; }));
}

int TodoModel::newCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.item.isNew; }));
}

QString TodoModel::kindText(AssignmentType type)
{
    switch (type) {
    case AssignmentType::Quiz:
        return tr("Quiz");
    case AssignmentType::File:
        return tr("File to hand in");
    case AssignmentType::Text:
        break;
    }
    return tr("Written answer");
}

QString TodoModel::dueState(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return u"none"_s;
    if (due < now)
        return u"late"_s;
    const qint64 days = now.toLocalTime().date().daysTo(due.toLocalTime().date());
    return days <= 0 ? u"today"_s : days == 1 ? u"tomorrow"_s : days <= 7 ? u"soon"_s : u"later"_s;
}

QString TodoModel::dueHint(const QString &state, const QDateTime &due, const QDateTime &now)
{
    if (state == u"handedIn")
        return tr("Handed in");
    if (state == u"late")
        return tr("Late");
    if (state == u"today")
        return tr("Due today");
    if (state == u"tomorrow")
        return tr("Due tomorrow");
    if (state == u"none")
        return tr("No due date");
    return tr("Due in %n day(s)", "", int(now.toLocalTime().date().daysTo(due.toLocalTime().date())));
}

QString TodoModel::dueText(const QDateTime &due)
{
    if (!due.isValid())
        return {};
    const QDateTime local = due.toLocalTime();
    return tr("%1 at %2", "a due date: day, then time")
        .arg(QLocale().toString(local.date(), u"dddd d MMMM"_s), QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString TodoModel::scoreText(std::optional<double> score, std::optional<double> maxScore)
{
    if (!score)
        return {};
    const QLocale locale;
    if (maxScore && *maxScore > 0)
        return tr("%1 / %2", "a score out of a maximum").arg(locale.toString(*score, 'g', 4), locale.toString(*maxScore, 'g', 4));
    return locale.toString(*score, 'g', 4);
}

QVariant TodoModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Continuite::TodoItem &item = row.item;
    const Continuite::Assignment &a = item.assignment;
    switch (role) {
    case AssignmentIdRole:
        return a.meta.id;
    case Qt::DisplayRole:
    case TitleRole:
        return a.title;
    case LessonTitleRole:
        return row.lessonTitle;
    case KindRole:
        return Continuite::assignmentTypeName(a.type);
    case KindTextRole:
        return kindText(a.type);
    case DueRole:
        return a.due;
    case DueTextRole:
        return dueText(a.due);
    case DueStateRole:
        return item.versions > 0 ? u"handedIn"_s : dueState(a.due, effectiveNow());
    case DueHintRole:
        return dueHint(item.versions > 0 ? u"handedIn"_s : dueState(a.due, effectiveNow()), a.due, effectiveNow());
    case IsNewRole:
        return item.isNew;
    case VersionsRole:
        return item.versions;
    case HandedInRole:
        return item.versions > 0;
    case HasDraftRole:
        return row.hasDraft;
    case DeliveryRole:
        return row.delivery;
    case DeliveryTextRole:
        return row.delivery == u"waiting" ? tr("Waiting to be sent")
            : row.delivery == u"rejected" ? tr("Refused by the hub")
            : row.delivery == u"sent"     ? tr("Sent")
                                          : QString();
    case ScoreTextRole:
        return scoreText(item.lastScore, row.maxScore);
    case GroupRole:
        return groupOf(row);
    }
    return {};
}

QHash<int, QByteArray> TodoModel::roleNames() const
{
    return {
        {AssignmentIdRole, "assignmentId"},
        {TitleRole, "title"},
        {LessonTitleRole, "lessonTitle"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {DueRole, "due"},
        {DueTextRole, "dueText"},
        {DueStateRole, "dueState"},
        {DueHintRole, "dueHint"},
        {IsNewRole, "isNew"},
        {VersionsRole, "versions"},
        {HandedInRole, "handedIn"},
        {HasDraftRole, "hasDraft"},
        {DeliveryRole, "delivery"},
        {DeliveryTextRole, "deliveryText"},
        {ScoreTextRole, "scoreText"},
        {GroupRole, "group"},
    };
}

int TodoModel::indexOf(const QString &assignmentId) const
{
    for (int i = 0; i < count(); ++i)
        if (m_rows.at(i).item.assignment.meta.id == assignmentId)
            return i;
    return -1;
}

QString TodoModel::assignmentIdAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).item.assignment.meta.id : QString();
}
