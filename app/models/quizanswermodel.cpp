// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "quizanswermodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using Continuite::QuizQuestion;

QuizAnswerModel::QuizAnswerModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void QuizAnswerModel::setQuiz(const Continuite::Quiz &quiz, const QJsonObject &answers)
{
    beginResetModel();
    m_questions = quiz.questions;
    m_selected.clear();
    m_texts.clear();
    for (const QuizQuestion &q : std::as_const(m_questions)) {
        const QJsonValue a = answers.value(q.id);
        QList<int> ticked;
        for (const QJsonValue &v : a.toArray())
            if (v.isDouble() && v.toInt() >= 0 && v.toInt() < q.choices.size() && !ticked.contains(v.toInt()))
                ticked << v.toInt();
        m_selected << ticked;
        m_texts << (a.isString() ? a.toString() : QString());
    }
    endResetModel();
    Q_EMIT countChanged(); // also when only the key came or went
    Q_EMIT answersChanged();
}

QJsonValue QuizAnswerModel::answerOf(int i) const
{
    if (m_questions.at(i).type == QuizQuestion::Type::Choice) {
        QJsonArray ticked;
        QList<int> sorted = m_selected.at(i);
        std::sort(sorted.begin(), sorted.end());
        for (int c : sorted)
            ticked.append(c);
        return ticked;
    }
    return m_texts.at(i).trimmed();
}

QJsonObject QuizAnswerModel::answers() const
{
    QJsonObject o;
    for (int i = 0; i < count(); ++i)
        if (answered(i))
            o.insert(m_questions.at(i).id, answerOf(i));
    return o;
}

bool QuizAnswerModel::marked() const
{
    if (m_questions.isEmpty())
        return false;
    for (const QuizQuestion &q : m_questions)
        if (!q.hasKey())
            return false;
    return true;
}

int QuizAnswerModel::rightCount() const
{
    int n = 0;
    if (marked())
        for (int i = 0; i < count(); ++i)
            n += answered(i) && m_questions.at(i).isRight(answerOf(i)) ? 1 : 0;
    return n;
}

bool QuizAnswerModel::answered(int row) const
{
    return m_questions.at(row).type == QuizQuestion::Type::Choice ? !m_selected.at(row).isEmpty()
                                                                  : !m_texts.at(row).trimmed().isEmpty();
}

int QuizAnswerModel::answeredCount() const
{
    int n = 0;
    for (int i = 0; i < count(); ++i)
        n += answered(i) ? 1 : 0;
    return n;
}

void QuizAnswerModel::setChoice(int row, int choice, bool ticked)
{
    if (row < 0 || row >= count() || m_questions.at(row).type != QuizQuestion::Type::Choice)
        return;
    const QuizQuestion &q = m_questions.at(row);
    if (choice < 0 || choice >= q.choices.size())
        return;
    QList<int> &selected = m_selected[row];
    const QList<int> before = selected;
    if (!ticked)
        selected.removeAll(choice);
    else if (q.multiple)
        selected.contains(choice) ? void() : selected.append(choice);
    else
        selected = {choice};
    if (selected == before)
        return;
    Q_EMIT dataChanged(index(row), index(row), {SelectedRole, AnsweredRole, MarkRole});
    Q_EMIT answersChanged();
}

void QuizAnswerModel::setAnswerText(int row, const QString &text)
{
    if (row < 0 || row >= count() || m_questions.at(row).type != QuizQuestion::Type::Short || m_texts.at(row) == text)
        return;
    m_texts[row] = text.left(1000);
    Q_EMIT dataChanged(index(row), index(row), {AnswerTextRole, AnsweredRole, MarkRole});
    Q_EMIT answersChanged();
}

bool QuizAnswerModel::takeKey(const Continuite::Quiz &quiz)
{
    if (quiz.questions.size() != m_questions.size())
        return false;
    for (int i = 0; i < count(); ++i) {
        const QuizQuestion &q = quiz.questions.at(i);
        const QuizQuestion &was = m_questions.at(i);
        if (q.id != was.id || q.type != was.type || q.choices.size() != was.choices.size())
            return false;
    }
    m_questions = quiz.questions;
    if (count() > 0)
        Q_EMIT dataChanged(index(0), index(count() - 1), {MarkRole});
    Q_EMIT countChanged(); // marked
    Q_EMIT answersChanged(); // rightCount
    return true;
}

int QuizAnswerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant QuizAnswerModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    const QuizQuestion &q = m_questions.at(row);
    switch (role) {
    case QuestionIdRole:
        return q.id;
    case NumberRole:
        return row + 1;
    case Qt::DisplayRole:
    case PromptRole:
        return q.prompt;
    case TypeRole:
        return q.type == QuizQuestion::Type::Choice ? u"choice"_s : u"short"_s;
    case ChoicesRole:
        return q.choices;
    case MultipleRole:
        return q.multiple;
    case PointsRole:
        return q.points;
    case SelectedRole: {
        QVariantList list;
        for (int c : m_selected.at(row))
            list << c;
        return list;
    }
    case AnswerTextRole:
        return m_texts.at(row);
    case AnsweredRole:
        return answered(row);
    case MarkRole:
        if (!marked() || !answered(row))
            return QString();
        return q.isRight(answerOf(row)) ? u"right"_s : u"wrong"_s;
    }
    return {};
}

QHash<int, QByteArray> QuizAnswerModel::roleNames() const
{
    return {
        {QuestionIdRole, "questionId"},
        {NumberRole, "number"},
        {PromptRole, "prompt"},
        {TypeRole, "questionType"},
        {ChoicesRole, "choices"},
        {MultipleRole, "multiple"},
        {PointsRole, "points"},
        {SelectedRole, "selected"},
        {AnswerTextRole, "answerText"},
        {AnsweredRole, "answered"},
        {MarkRole, "mark"},
    };
}
