// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "quizmodel.h"

using namespace Qt::StringLiterals;
using Continuite::QuizQuestion;

QuizModel::QuizModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void QuizModel::setQuiz(const Continuite::Quiz &quiz)
{
    const int before = count();
    beginResetModel();
    m_questions = quiz.questions;
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    Q_EMIT edited();
}

Continuite::Quiz QuizModel::quiz() const
{
    Continuite::Quiz quiz;
    for (QuizQuestion q : m_questions) {
        if (q.type == QuizQuestion::Type::Choice) {
            // Empty choices are dropped, the right answers' indexes follow.
            QStringList choices;
            QList<int> correct;
            for (int i = 0; i < q.choices.size(); ++i) {
                if (q.choices.at(i).trimmed().isEmpty())
                    continue;
                if (q.correct.contains(i))
                    correct << int(choices.size());
                choices << q.choices.at(i).trimmed();
            }
            q.choices = choices;
            q.correct = correct;
            q.accepted.clear();
        } else {
            q.choices.clear();
            q.correct.clear();
        }
        q.prompt = q.prompt.trimmed();
        quiz.questions << q;
    }
    return quiz;
}

double QuizModel::totalPoints() const
{
    double total = 0;
    for (const QuizQuestion &q : m_questions)
        total += q.points;
    return total;
}

QString QuizModel::problem() const
{
    const Continuite::Quiz cleaned = quiz();
    if (cleaned.questions.isEmpty())
        return tr("A quiz needs at least one question: add one.");
    for (int i = 0; i < cleaned.questions.size(); ++i) {
        const QuizQuestion &q = cleaned.questions.at(i);
        if (q.prompt.isEmpty())
            return tr("Question %1: write the question.").arg(i + 1);
        if (q.type == QuizQuestion::Type::Choice && q.choices.size() < 2)
            return tr("Question %1: give at least two choices.").arg(i + 1);
        if (q.type == QuizQuestion::Type::Choice && q.correct.isEmpty())
            return tr("Question %1: tick the right choice (or choices).").arg(i + 1);
        if (q.type == QuizQuestion::Type::Short && q.accepted.isEmpty())
            return tr("Question %1: write at least one accepted answer.").arg(i + 1);
        if (q.points < 0 || q.points > 1000)
            return tr("Question %1: points go from 0 to 1000.").arg(i + 1);
    }
    return {};
}

int QuizModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant QuizModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const QuizQuestion &q = m_questions.at(index.row());
    switch (role) {
    case QuestionIdRole:
        return q.id;
    case NumberRole:
        return index.row() + 1;
    case KindRole:
        return q.type == QuizQuestion::Type::Choice ? u"choice"_s : u"short"_s;
    case Qt::DisplayRole:
    case PromptRole:
        return q.prompt;
    case ChoicesRole:
        return q.choices;
    case CorrectRole: {
        QVariantList list;
        for (int i : q.correct)
            list << i;
        return list;
    }
    case AcceptedTextRole:
        return q.accepted.join(u" ; "_s);
    case PointsRole:
        return q.points;
    }
    return {};
}

QHash<int, QByteArray> QuizModel::roleNames() const
{
    return {{QuestionIdRole, "questionId"}, {NumberRole, "number"},   {KindRole, "kind"},
            {PromptRole, "prompt"},         {ChoicesRole, "choices"}, {CorrectRole, "correct"},
            {AcceptedTextRole, "acceptedText"}, {PointsRole, "points"}};
}

void QuizModel::changed(int row, const QList<int> &roles)
{
    Q_EMIT dataChanged(index(row, 0), index(row, 0), roles);
    Q_EMIT edited();
}

int QuizModel::addQuestion(const QString &kind)
{
    int next = 1;
    for (const QuizQuestion &q : std::as_const(m_questions))
        if (q.id.startsWith(u'q'))
            next = std::max(next, q.id.mid(1).toInt() + 1);
    QuizQuestion q;
    q.id = u"q%1"_s.arg(next);
    q.type = kind == u"short" ? QuizQuestion::Type::Short : QuizQuestion::Type::Choice;
    if (q.type == QuizQuestion::Type::Choice)
        q.choices = {QString(), QString()};
    const int row = count();
    beginInsertRows({}, row, row);
    m_questions.append(q);
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT edited();
    return row;
}

void QuizModel::removeQuestion(int row)
{
    if (!valid(row))
        return;
    beginRemoveRows({}, row, row);
    m_questions.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    if (row < count()) // the numbers of the questions after it moved up
        Q_EMIT dataChanged(index(row, 0), index(count() - 1, 0), {NumberRole});
    Q_EMIT edited();
}

void QuizModel::setPrompt(int row, const QString &prompt)
{
    if (!valid(row) || m_questions.at(row).prompt == prompt)
        return;
    m_questions[row].prompt = prompt;
    changed(row, {PromptRole, Qt::DisplayRole});
}

void QuizModel::setKind(int row, const QString &kind)
{
    if (!valid(row))
        return;
    const auto type = kind == u"short" ? QuizQuestion::Type::Short : QuizQuestion::Type::Choice;
    QuizQuestion &q = m_questions[row];
    if (q.type == type)
        return;
    q.type = type;
    if (type == QuizQuestion::Type::Choice && q.choices.size() < 2)
        q.choices.resize(2);
    changed(row, {KindRole, ChoicesRole});
}

void QuizModel::setPoints(int row, double points)
{
    if (!valid(row) || m_questions.at(row).points == points)
        return;
    m_questions[row].points = points;
    changed(row, {PointsRole});
}

void QuizModel::setChoice(int row, int choice, const QString &text)
{
    if (!valid(row) || choice < 0 || choice >= m_questions.at(row).choices.size() || m_questions.at(row).choices.at(choice) == text)
        return;
    m_questions[row].choices[choice] = text;
    changed(row, {ChoicesRole});
}

void QuizModel::addChoice(int row)
{
    if (!valid(row) || m_questions.at(row).choices.size() >= 10)
        return;
    m_questions[row].choices.append(QString());
    changed(row, {ChoicesRole});
}

void QuizModel::removeChoice(int row, int choice)
{
    if (!valid(row) || choice < 0 || choice >= m_questions.at(row).choices.size())
        return;
    QuizQuestion &q = m_questions[row];
    q.choices.removeAt(choice);
    QList<int> correct;
    for (int i : std::as_const(q.correct))
        if (i != choice)
            correct << (i > choice ? i - 1 : i);
    q.correct = correct;
    changed(row, {ChoicesRole, CorrectRole});
}

void QuizModel::setCorrect(int row, int choice, bool correct)
{
    if (!valid(row) || choice < 0 || choice >= m_questions.at(row).choices.size())
        return;
    QuizQuestion &q = m_questions[row];
    if (q.correct.contains(choice) == correct)
        return;
    if (correct) {
        q.correct << choice;
        std::sort(q.correct.begin(), q.correct.end());
    } else {
        q.correct.removeAll(choice);
    }
    changed(row, {CorrectRole});
}

void QuizModel::setAccepted(int row, const QString &text)
{
    if (!valid(row))
        return;
    QStringList accepted;
    for (const QString &part : text.split(u';'))
        if (!part.trimmed().isEmpty())
            accepted << part.trimmed();
    if (accepted == m_questions.at(row).accepted)
        return;
    m_questions[row].accepted = accepted;
    changed(row, {AcceptedTextRole});
}
