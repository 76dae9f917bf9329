// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "assignmenteditor.h"

#include "content/store.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::AssignmentType;

AssignmentEditor::AssignmentEditor(QObject *parent)
    : RecordEditor(parent)
    , m_questions(new QuizModel(this))
{
    connect(m_questions, &QuizModel::edited, this, [this] {
        if (!dirty()) {
            setDirty(true);
            Q_EMIT assignmentChanged();
        }
    });
}

void AssignmentEditor::setClassId(const QString &id)
{
    if (id == m_assignment.meta.classId || !m_assignment.meta.id.isEmpty())
        return; // a saved assignment stays in its class
    m_assignment.meta.classId = id;
    Q_EMIT assignmentChanged();
}

void AssignmentEditor::setQuiz(bool quiz)
{
    if (quiz == isQuiz())
        return;
    m_assignment.type = quiz ? AssignmentType::Quiz : AssignmentType::Text;
    if (quiz && m_questions->count() == 0)
        m_questions->addQuestion(u"choice"_s);
    setDirty(true);
    Q_EMIT assignmentChanged();
}

QString AssignmentEditor::answersShown() const
{
    if (m_answersShownChosen)
        return Continuite::AnswerKey::name(m_assignment.answersShown);
    bool ok = false;
    return Continuite::AnswerKey::name(Continuite::AnswerKey::defaultFor(parseDue(m_dueText, &ok)));
}

void AssignmentEditor::setAnswersShown(const QString &mode)
{
    const auto chosen = Continuite::AnswerKey::fromName(mode);
    if (!chosen || (m_answersShownChosen && *chosen == m_assignment.answersShown))
        return;
    m_assignment.answersShown = *chosen;
    m_answersShownChosen = true;
    setDirty(true);
    Q_EMIT assignmentChanged();
}

QDateTime AssignmentEditor::parseDue(const QString &typed, bool *ok)
{
    const QString text = typed.simplified();
    *ok = true;
    if (text.isEmpty())
        return {};
    for (const QString &format : {u"dd/MM/yyyy HH:mm"_s, u"d/M/yyyy H:mm"_s, u"yyyy-MM-dd HH:mm"_s, u"dd/MM/yyyy 'à' HH:mm"_s}) {
        const QDateTime t = QDateTime::fromString(text, format);
        if (t.isValid())
            return t.toUTC();
    }
    for (const QString &format : {u"dd/MM/yyyy"_s, u"d/M/yyyy"_s, u"yyyy-MM-dd"_s}) {
        const QDate d = QDate::fromString(text, format);
        if (d.isValid())
            return QDateTime(d, QTime(18, 0)).toUTC(); // a day without an hour: the evening
    }
    *ok = false;
    return {};
}

QString AssignmentEditor::dueDisplay() const
{
    bool ok = false;
    const QDateTime due = parseDue(m_dueText, &ok);
    if (!due.isValid())
        return {};
    const QDateTime local = due.toLocalTime();
    return tr("%1 at %2").arg(QLocale().toString(local.date(), u"dddd d MMMM yyyy"_s), QLocale().toString(local.time(), u"HH:mm"_s));
}

void AssignmentEditor::show(const Continuite::Assignment &assignment)
{
    m_assignment = assignment;
    m_dueText = assignment.due.isValid() ? assignment.due.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : QString();
    m_questions->setQuiz(assignment.quiz);
    m_answersShownChosen = !assignment.meta.id.isEmpty();
    setDirty(false);
    Q_EMIT assignmentChanged();
}

void AssignmentEditor::showNew(const QString &classId)
{
    Continuite::Assignment fresh;
    fresh.meta.classId = classId;
    show(fresh);
}

QString AssignmentEditor::notEditable() const
{
    return tr("This assignment cannot be edited here: it is not one of your classes' assignments.");
}

Continuite::Status AssignmentEditor::loadRecord(Continuite::Store &s, const QString &assignmentId)
{
    const auto a = s.assignment(assignmentId);
    if (!a || !s.isTeacherOf(a->meta.classId))
        return Continuite::Status::failure(notEditable());
    show(*a);
    return Continuite::success();
}

Continuite::Status AssignmentEditor::writeRecord(Continuite::Store &s)
{
    using Continuite::Status;
    bool ok = false;
    const QDateTime due = parseDue(m_dueText, &ok);
    if (!ok)
        return Status::failure(tr("The due date “%1” is not understood: write it as 04/12/2026 18:00, or leave it empty.").arg(m_dueText));
    if (isQuiz())
        if (const QString problem = m_questions->problem(); !problem.isEmpty())
            return Status::failure(problem);
    Continuite::Assignment edited = m_assignment;
    edited.due = due;
    edited.quiz = isQuiz() ? m_questions->quiz() : Continuite::Quiz{};
    edited.answersShown = *Continuite::AnswerKey::fromName(answersShown());
    if (edited.meta.id.isEmpty()) {
        if (edited.meta.classId.isEmpty())
            return Status::failure(tr("Choose a class first: an assignment belongs to a class."));
        Continuite::Store::AssignmentInput in;
        in.classId = edited.meta.classId;
        in.lessonId = edited.lessonId;
        in.title = edited.title;
        in.instructions = edited.instructions;
        in.due = due;
        in.type = edited.type;
        in.quiz = edited.quiz;
        in.answersShown = edited.answersShown;
        auto created = s.createAssignment(in);
        if (!created)
            return Status::failure(created.error());
        show(*created);
    } else {
        auto updated = s.updateAssignment(edited);
        if (!updated)
            return Status::failure(updated.error());
        show(*updated);
    }
    return Continuite::success();
}

Continuite::Status AssignmentEditor::publishRecord(Continuite::Store &s)
{
    auto published = s.publishAssignment(m_assignment.meta.id);
    if (!published)
        return Continuite::Status::failure(published.error());
    show(*published);
    return Continuite::success();
}
