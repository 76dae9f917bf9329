// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "reviewmodel.h"

#include "attachmentmodel.h"
#include "content/mediastore.h"
#include "content/scorescale.h"
#include "content/store.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;
using Continuite::QuizQuestion;
using Continuite::Role;

ReviewModel::ReviewModel(QObject *parent)
    : SessionListModel(parent)
{
}

void ReviewModel::setAssignmentId(const QString &id)
{
    if (id == m_assignmentId)
        return;
    m_assignmentId = id;
    reload();
    Q_EMIT assignmentIdChanged();
}

double ReviewModel::maxScore() const
{
    return m_assignment.type == Continuite::AssignmentType::Quiz ? m_assignment.quiz.maxScore() : 0;
}

double ReviewModel::scale() const
{
    return Continuite::scoreScale(m_assignment);
}

QString ReviewModel::scaleText() const
{
    return tr("/ %1", "the scale beside a score field: out of 20").arg(QLocale().toString(scale(), 'g', 4));
}

int ReviewModel::studentCount() const
{
    int students = 0;
    for (int r = 0; r < count(); ++r)
        if (r == 0 || m_rows.at(r).submission.studentId != m_rows.at(r - 1).submission.studentId)
            ++students;
    return students;
}

int ReviewModel::latestOfStudentAt(int row) const
{
    const QString student = m_rows.at(row).submission.studentId;
    while (row + 1 < count() && m_rows.at(row + 1).submission.studentId == student)
        ++row;
    return row;
}

int ReviewModel::nextStudentRow(int row) const
{
    if (row < 0 || row >= count())
        return -1;
    const int next = latestOfStudentAt(row) + 1;
    return next < count() ? latestOfStudentAt(next) : -1;
}

int ReviewModel::previousStudentRow(int row) const
{
    if (row < 0 || row >= count())
        return -1;
    const QString student = m_rows.at(row).submission.studentId;
    while (row >= 0 && m_rows.at(row).submission.studentId == student)
        --row;
    return row; // the row just before this student's first version is the previous student's latest
}

int ReviewModel::studentNumberAt(int row) const
{
    if (row < 0 || row >= count())
        return 0;
    int number = 1;
    for (int r = 1; r <= row; ++r)
        if (m_rows.at(r).submission.studentId != m_rows.at(r - 1).submission.studentId)
            ++number;
    return number;
}

QVariantMap ReviewModel::rowAt(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= count())
        return values;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        values.insert(QString::fromUtf8(it.value()), data(index(row, 0), it.key()));
    values.insert(u"row"_s, row);
    return values;
}

QVariantList ReviewModel::attachments(const Continuite::Submission &s) const
{
    Continuite::Store *st = store();
    QVariantList list;
    for (const Continuite::Attachment &a : s.attachments) {
        const bool here = st && st->media().contains(a.sha256);
        const QString path = here ? st->media().pathOf(a.sha256) : QString();
        list << QVariantMap{{u"name"_s, a.name.isEmpty() ? a.sha256.left(12) : a.name},
                            {u"kind"_s, AttachmentModel::kindOf(a, path)},
                            {u"url"_s, here ? QUrl::fromLocalFile(path) : QUrl()},
                            {u"available"_s, here},
                            {u"sizeText"_s, AttachmentModel::sizeText(a.size)}};
    }
    return list;
}

void ReviewModel::load()
{
    m_rows.clear();
    m_missing.clear();
    m_assignment = {};
    Continuite::Store *s = store();
    if (!s || m_assignmentId.isEmpty())
        return;
    const auto a = s->assignment(m_assignmentId);
    if (!a || !s->isTeacherOf(a->meta.classId))
        return;
    m_assignment = *a;
    QHash<QString, QString> names;
    QList<Continuite::Member> students;
    for (const Continuite::Member &m : s->members(a->meta.classId))
        if (m.role == Role::Student) {
            names.insert(m.personId, m.displayName);
            students << m;
        }
    // Work of a student taken off the roster stays, under their name.
    for (const Continuite::Member &m : s->formerStudents(a->meta.classId))
        if (!names.contains(m.personId))
            names.insert(m.personId, tr("%1 (no longer in the class)").arg(m.displayName));
    const QList<Continuite::Submission> versions = s->submissions(m_assignmentId);
    QHash<QString, int> counts;
    for (const Continuite::Submission &v : versions)
        ++counts[v.studentId];
    for (const Continuite::Submission &v : versions) {
        Row row{v, names.value(v.studentId, tr("a former student")), counts.value(v.studentId), std::nullopt};
        const QList<Continuite::Feedback> notes = s->feedback(v.meta.id);
        if (!notes.isEmpty())
            row.feedback = notes.last();
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &x, const Row &y) {
        if (x.submission.studentId != y.submission.studentId)
            return QString::localeAwareCompare(x.studentName, y.studentName) < 0;
        return x.submission.version < y.submission.version;
    });
    for (const Continuite::Member &m : std::as_const(students))
        if (!counts.contains(m.personId))
            m_missing << m.displayName;
}

QString ReviewModel::answersText(const Continuite::Submission &s) const
{
    if (m_assignment.type != Continuite::AssignmentType::Quiz || s.answers.isEmpty())
        return {};
    QStringList lines;
    int number = 0;
    for (const QuizQuestion &q : m_assignment.quiz.questions) {
        ++number;
        const QJsonValue answer = s.answers.value(q.id);
        QString given;
        if (q.type == QuizQuestion::Type::Choice) {
            QStringList picked;
            for (const QJsonValue &i : answer.toArray())
                picked << q.choices.value(i.toInt(), u"?"_s);
            given = picked.join(u", "_s);
        } else {
            given = answer.toString();
        }
        Continuite::Quiz one;
        one.questions = {q};
        const bool right = !given.isEmpty() && one.grade(s.answers) >= q.points && q.points > 0;
        lines << u"%1 %2. %3 — %4"_s.arg(given.isEmpty() ? u"–"_s : right ? u"✓"_s : u"✗"_s).arg(number).arg(q.prompt,
                                                                                                         given.isEmpty() ? tr("no answer") : given);
    }
    return lines.join(u'\n');
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Continuite::Submission &s = row.submission;
    const QLocale locale;
    switch (role) {
    case SubmissionIdRole:
        return s.meta.id;
    case StudentIdRole:
        return s.studentId;
    case Qt::DisplayRole:
    case StudentNameRole:
        return row.studentName;
    case VersionRole:
        return s.version;
    case VersionCountRole:
        return row.versionCount;
    case IsLatestRole:
        return s.version == row.versionCount;
    case WhenTextRole: {
        const QDateTime when = (s.receivedTime.isValid() ? s.receivedTime : s.deviceTime).toLocalTime();
        const QString text = locale.toString(when, u"dddd d MMMM, HH:mm"_s);
        // Before the hub has it, the time is the student's device clock, which may be wrong: say so.
        return s.receivedTime.isValid() ? tr("received %1").arg(text) : tr("%1 (device clock, not yet received by the hub)").arg(text);
    }
    case LateRole: {
        const QDateTime when = s.receivedTime.isValid() ? s.receivedTime : s.deviceTime;
        return m_assignment.due.isValid() && when.isValid() && when > m_assignment.due;
    }
    case TextRole:
        return s.text;
    case AnswersTextRole:
        return answersText(s);
    case AttachmentsTextRole: {
        QStringList names;
        for (const Continuite::Attachment &a : s.attachments)
            names << tr("%1 (%2)").arg(a.name.isEmpty() ? a.sha256.left(12) : a.name, AttachmentModel::sizeText(a.size));
        return names.join(u", "_s);
    }
    case AutoScoreTextRole:
        return s.autoScore && s.maxScore ? u"%1 / %2"_s.arg(locale.toString(*s.autoScore), locale.toString(*s.maxScore)) : QString();
    case FeedbackRole:
        return row.feedback ? row.feedback->comment : QString();
    case ScoreTextRole:
        return row.feedback && row.feedback->score ? locale.toString(*row.feedback->score) : QString();
    case ReturnedRole:
        return row.feedback.has_value();
    case AttachmentsRole:
        return attachments(s);
    }
    return {};
}

QHash<int, QByteArray> ReviewModel::roleNames() const
{
    return {{SubmissionIdRole, "submissionId"}, {StudentIdRole, "studentId"},
            {StudentNameRole, "studentName"},   {VersionRole, "version"},
            {VersionCountRole, "versionCount"}, {IsLatestRole, "isLatest"},
            {WhenTextRole, "whenText"},         {LateRole, "late"},
            {TextRole, "text"},                 {AnswersTextRole, "answersText"},
            {AttachmentsTextRole, "attachmentsText"}, {AutoScoreTextRole, "autoScoreText"},
            {FeedbackRole, "feedback"},         {ScoreTextRole, "scoreText"},
            {ReturnedRole, "returned"},         {AttachmentsRole, "attachments"}};
}

bool ReviewModel::giveFeedback(int row, const QString &comment, const QString &scoreText)
{
    Continuite::Store *s = store();
    if (!s || row < 0 || row >= count())
        return false;
    std::optional<double> score;
    const QString typed = scoreText.trimmed();
    if (!typed.isEmpty()) {
        bool ok = false;
        double value = QLocale().toDouble(typed, &ok);
        if (!ok)
            value = QString(typed).replace(u',', u'.').toDouble(&ok);
        if (!ok) {
            setError(tr("The score “%1” is not a number: write it like 14 or 14.5.").arg(typed));
            return false;
        }
        // Out of the scale: "25" on a /20 is a typing slip, said before anything leaves for the student.
        if (value < 0) {
            setError(tr("The score cannot be negative: write a number from 0 to %1.").arg(QLocale().toString(scale(), 'g', 4)));
            return false;
        }
        if (value > scale()) {
            setError(tr("The score %1 is above the scale: at most %2.").arg(QLocale().toString(value, 'g', 6),
                                                                              QLocale().toString(scale(), 'g', 4)));
            return false;
        }
        score = value;
    }
    auto given = s->giveFeedback(m_rows.at(row).submission.meta.id, comment.trimmed(), score);
    if (!given) {
        setError(given.error());
        return false;
    }
    setError({});
    written();
    return true;
}

QString ReviewModel::studentNameAt(int row) const
{
    return row >= 0 && row < count() ? m_rows.at(row).studentName : QString();
}
