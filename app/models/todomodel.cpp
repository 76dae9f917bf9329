// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "todomodel.h"

#include "attachmentmodel.h"

#include "content/scorescale.h"
#include "content/store.h"
#include "personalmarks.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::AssignmentType;
using Continuite::Role;
using Continuite::Store;

namespace {
/// The name of the teacher who wrote @p note, as the class roster has it ("Mme Martin").
QString teacherName(Store &store, const Continuite::Feedback &note)
{
    for (const Continuite::Member &m : store.members(note.meta.classId))
        if (m.personId == note.meta.author && !m.displayName.isEmpty())
            return m.displayName;
    return TodoModel::tr("your teacher");
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
                row.delivery = WorkStates::delivery(store->delivery(versions.last()).state);
                row.maxScore = versions.last().maxScore;
            }
            // A teacher's score is out of the assignment's scale ("14 / 20"), as she gave it.
            if (!row.maxScore)
                row.maxScore = Continuite::scoreScale(item.assignment);
            if (item.assignment.due.isValid())
                row.day = item.assignment.due.toLocalTime().date();
            if (item.versions > 0) {
                // The teacher's latest comment on the latest version, and whether this person has read it.
                const auto versions = store->submissions(item.assignment.meta.id);
                const QList<Continuite::Feedback> notes = store->feedback(versions.last().meta.id);
                if (!notes.isEmpty() && !notes.last().comment.isEmpty()) {
                    const Continuite::Feedback &note = notes.last();
                    row.feedback = note.comment;
                    if (!PersonalMarks(dataDir()).feedbackSeen(person, note.meta.id, note.meta.hlc))
                        row.newFeedbackFrom = teacherName(*store, note);
                }
            }
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
        addRows(*store, rows);
    }
    arrange(rows);
    // Numbers within each section: "For Monday: ① read Before class ② the quiz"; none in a section of one.
    QString group;
    int step = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString g = groupOf(rows[i]);
        step = g == group ? step + 1 : 1;
        group = g;
        rows[i].step = step;
        if (step == 2)
            rows[i - 1].step = 1;
        else if (step == 1)
            rows[i].step = i + 1 < rows.size() && groupOf(rows[i + 1]) == g ? 1 : 0;
    }
    m_rows = std::move(rows);
}

QString TodoModel::dataDir() const
{
    return session() ? session()->dataDir() : QString();
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
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return !r.isLesson && r.item.versions == 0; }));
}

int TodoModel::lateCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.item.overdue; }));
}

int TodoModel::newCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.item.isNew; }));
}

int TodoModel::newFeedbackCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return !r.newFeedbackFrom.isEmpty(); }));
}

QString TodoModel::lessonIdAt(int row) const
{
    return row >= 0 && row < count() && m_rows.at(row).isLesson ? m_rows.at(row).lesson.meta.id : QString();
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

QString TodoModel::dueText(const QDateTime &due)
{
    if (!due.isValid())
        return {};
    const QDateTime local = due.toLocalTime();
    return tr("%1 at %2", "a due date: day, then time")
        .arg(QLocale().toString(local.date(), u"dddd d MMMM"_s), QLocale().toString(local.time(), QLocale::ShortFormat));
}

QString TodoModel::partName(int part)
{
    switch (part) {
    case 0:
        return tr("Before class");
    case 1:
        return tr("In class");
    default:
        break;
    }
    return tr("After class");
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
    case RowKindRole:
        return row.isLesson ? u"lesson"_s : u"work"_s;
    case LessonIdRole:
        return row.isLesson ? row.lesson.meta.id : a.lessonId;
    case PartsDoneRole:
        return QVariant::fromValue(row.parts);
    case NextPartRole: {
        const auto it = std::find(row.parts.begin(), row.parts.end(), false);
        return it == row.parts.end() ? 0 : int(it - row.parts.begin());
    }
    case StepRole:
        return row.step;
    case NewFeedbackRole:
        return row.newFeedbackFrom.isEmpty() ? QString() : tr("New comment from %1").arg(row.newFeedbackFrom);
    case FeedbackRole:
        return row.feedback;
    case ScoreToneRole:
        return WorkStates::scoreTone(item.lastScore, row.maxScore);
    case DownloadCostTextRole:
        return AttachmentModel::costText(row.isLesson ? row.lesson.attachments : a.attachments);
    case GroupRole:
        return groupOf(row);
    }
    if (row.isLesson)
        return lessonData(row, role);
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
        return WorkStates::dueState(a.due, effectiveNow(), item.versions > 0);
    case DueHintRole:
        return WorkStates::dueHint(WorkStates::dueState(a.due, effectiveNow(), item.versions > 0), a.due, effectiveNow());
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
        return WorkStates::deliveryText(row.delivery);
    case ScoreTextRole:
        return scoreText(item.lastScore, row.maxScore);
    }
    return {};
}

QVariant TodoModel::lessonData(const Row &row, int role) const
{
    const auto next = std::find(row.parts.begin(), row.parts.end(), false);
    const int nextPart = next == row.parts.end() ? 0 : int(next - row.parts.begin());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
    case LessonTitleRole:
        return row.lesson.title;
    case KindRole:
        return u"lesson"_s;
    case KindTextRole:
        return tr("Lesson");
    case DueTextRole:
        return row.day.isValid() ? QLocale().toString(row.day, u"dddd d MMMM"_s) : QString();
    case DueStateRole:
        return WorkStates::NoDueDate; // a lesson is read on its day: its chip says what to read next
    case DueHintRole:
        // What to do next, in the words of the lesson's parts: "Read: Before class".
        return nextPart == 0 ? tr("To read: %1").arg(partName(0)) : tr("Next: %1").arg(partName(nextPart));
    case DeliveryRole:
        return WorkStates::NothingHandedIn;
    case AssignmentIdRole:
    case DeliveryTextRole:
    case ScoreTextRole:
        return QString();
    case DueRole:
        return QDateTime();
    case IsNewRole:
    case HandedInRole:
    case HasDraftRole:
        return false;
    case VersionsRole:
        return 0;
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
        {RowKindRole, "rowKind"},
        {LessonIdRole, "lessonId"},
        {PartsDoneRole, "partsDone"},
        {NextPartRole, "nextPart"},
        {StepRole, "step"},
        {NewFeedbackRole, "newFeedback"},
        {FeedbackRole, "feedback"},
        {ScoreToneRole, "scoreTone"},
        {DownloadCostTextRole, "downloadCostText"},
    };
}

int TodoModel::indexOf(const QString &assignmentId) const
{
    for (int i = 0; i < count(); ++i)
        if (!m_rows.at(i).isLesson && m_rows.at(i).item.assignment.meta.id == assignmentId)
            return i;
    return -1;
}

QString TodoModel::assignmentIdAt(int row) const
{
    return row >= 0 && row < count() && !m_rows.at(row).isLesson ? m_rows.at(row).item.assignment.meta.id : QString();
}
