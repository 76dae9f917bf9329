#include "assignmenteditor.h"

#include "content/store.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Continuite::AssignmentType;

AssignmentEditor::AssignmentEditor(QObject *parent)
    : QObject(parent)
    , m_questions(new QuizModel(this))
{
    connect(m_questions, &QuizModel::edited, this, [this] {
        if (!m_dirty) {
            m_dirty = true;
            Q_EMIT assignmentChanged();
        }
    });
}

void AssignmentEditor::setSession(Session *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

Continuite::Store *AssignmentEditor::store() const
{
    Continuite::Store *s = m_session ? m_session->store() : nullptr;
    return s && s->current() ? s : nullptr;
}

void AssignmentEditor::setClassId(const QString &id)
{
    if (id == m_assignment.meta.classId || !m_assignment.meta.id.isEmpty())
        return; // a saved assignment stays in its class
    m_assignment.meta.classId = id;
    Q_EMIT assignmentChanged();
}

void AssignmentEditor::setField(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    m_dirty = true;
    Q_EMIT assignmentChanged();
}

void AssignmentEditor::setQuiz(bool quiz)
{
    if (quiz == isQuiz())
        return;
    m_assignment.type = quiz ? AssignmentType::Quiz : AssignmentType::Text;
    if (quiz && m_questions->count() == 0)
        m_questions->addQuestion(u"choice"_s);
    m_dirty = true;
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
    m_dirty = false;
    Q_EMIT assignmentChanged();
}

bool AssignmentEditor::fail(const QString &message)
{
    if (m_error != message) {
        m_error = message;
        Q_EMIT errorChanged();
    }
    return message.isEmpty();
}

void AssignmentEditor::startNew(const QString &classId)
{
    Continuite::Assignment fresh;
    fresh.meta.classId = classId;
    show(fresh);
    fail({});
}

bool AssignmentEditor::load(const QString &assignmentId)
{
    Continuite::Store *s = store();
    const auto a = s ? s->assignment(assignmentId) : std::nullopt;
    if (!a || !s->isTeacherOf(a->meta.classId))
        return fail(tr("This assignment cannot be edited here: it is not one of your classes' assignments."));
    show(*a);
    return fail({});
}

bool AssignmentEditor::save()
{
    Continuite::Store *s = store();
    if (!s)
        return fail(tr("Nobody is signed in: choose your profile first."));
    bool ok = false;
    const QDateTime due = parseDue(m_dueText, &ok);
    if (!ok)
        return fail(tr("The due date “%1” is not understood: write it as 04/12/2026 18:00, or leave it empty.").arg(m_dueText));
    if (isQuiz())
        if (const QString problem = m_questions->problem(); !problem.isEmpty())
            return fail(problem);
    Continuite::Assignment edited = m_assignment;
    edited.due = due;
    edited.quiz = isQuiz() ? m_questions->quiz() : Continuite::Quiz{};
    if (edited.meta.id.isEmpty()) {
        if (edited.meta.classId.isEmpty())
            return fail(tr("Choose a class first: an assignment belongs to a class."));
        Continuite::Store::AssignmentInput in;
        in.classId = edited.meta.classId;
        in.lessonId = edited.lessonId;
        in.title = edited.title;
        in.instructions = edited.instructions;
        in.due = due;
        in.type = edited.type;
        in.quiz = edited.quiz;
        auto created = s->createAssignment(in);
        if (!created)
            return fail(created.error());
        show(*created);
    } else {
        auto updated = s->updateAssignment(edited);
        if (!updated)
            return fail(updated.error());
        show(*updated);
    }
    fail({});
    Q_EMIT saved();
    m_session->notifyDataChanged();
    return true;
}

bool AssignmentEditor::publish()
{
    if (!save())
        return false;
    auto published = store()->publishAssignment(m_assignment.meta.id);
    if (!published)
        return fail(published.error());
    show(*published);
    Q_EMIT saved();
    m_session->notifyDataChanged();
    return fail({});
}

QString AssignmentEditor::preview(const QString &markdown) const
{
    Continuite::Store *s = store();
    return s ? s->renderableMarkdown(markdown) : markdown;
}
