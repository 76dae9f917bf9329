// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/records.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Continuite {

using namespace Qt::StringLiterals;

QString roleName(Role role)
{
    return role == Role::Teacher ? u"teacher"_s : u"student"_s;
}

std::optional<Role> roleFromName(QStringView name)
{
    if (name == u"teacher")
        return Role::Teacher;
    if (name == u"student")
        return Role::Student;
    return std::nullopt;
}

QString assignmentTypeName(AssignmentType type)
{
    switch (type) {
    case AssignmentType::Text:
        return u"text"_s;
    case AssignmentType::File:
        return u"file"_s;
    case AssignmentType::Quiz:
        return u"quiz"_s;
    }
    return {};
}

std::optional<AssignmentType> assignmentTypeFromName(QStringView name)
{
    if (name == u"text")
        return AssignmentType::Text;
    if (name == u"file")
        return AssignmentType::File;
    if (name == u"quiz")
        return AssignmentType::Quiz;
    return std::nullopt;
}

QJsonObject Attachment::toJson() const
{
    return {{u"sha256"_s, sha256}, {u"size"_s, double(size)}, {u"mime"_s, mime}, {u"name"_s, name}};
}

QList<Attachment> Attachment::listFromJson(const QJsonArray &array)
{
    QList<Attachment> list;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append({o.value(u"sha256"_s).toString(), qint64(o.value(u"size"_s).toDouble()), o.value(u"mime"_s).toString(),
                     o.value(u"name"_s).toString()});
    }
    return list;
}

QJsonArray Attachment::listToJson(const QList<Attachment> &list)
{
    QJsonArray array;
    for (const Attachment &a : list)
        array.append(a.toJson());
    return array;
}

// ---- Quiz ------------------------------------------------------------------------------------------

namespace {
/// The translation context of the quiz messages, in a form lupdate reads.
struct QuizText
{
    Q_DECLARE_TR_FUNCTIONS(QuizText)
};

/// Short answers match whatever the case, the spaces around and inside, and a decimal comma.
QString normalised(QString answer)
{
    answer = answer.trimmed().toLower();
    answer.remove(QRegularExpression(u"\\s+"_s));
    answer.replace(u',', u'.');
    return answer;
}
} // namespace

double Quiz::maxScore() const
{
    double total = 0;
    for (const QuizQuestion &q : questions)
        total += q.points;
    return total;
}

bool Quiz::hasKey() const
{
    if (questions.isEmpty())
        return false;
    for (const QuizQuestion &q : questions)
        if (!q.hasKey())
            return false;
    return true;
}

void Quiz::forgetKey()
{
    for (QuizQuestion &q : questions) {
        if (q.type == QuizQuestion::Type::Choice && q.correct.size() > 1)
            q.multiple = true;
        q.correct.clear();
        q.accepted.clear();
    }
}

Quiz Quiz::fromStored(const QJsonObject &questions, const QJsonObject &key)
{
    const QJsonObject whole = key.isEmpty() ? questions : AnswerKey::withKey(questions, key);
    if (auto quiz = fromJson(whole, nullptr, true))
        return *quiz;
    Quiz quiz = fromJson(whole, nullptr, false).value_or(Quiz{});
    quiz.forgetKey(); // a partial key is no key: grading with it would mark right answers wrong
    return quiz;
}

bool QuizQuestion::isRight(const QJsonValue &answer) const
{
    if (!hasKey() || answer.isUndefined() || answer.isNull())
        return false;
    Quiz one;
    one.questions = {*this};
    one.questions.first().points = 1;
    return one.grade(QJsonObject{{id, answer}}) > 0;
}

QJsonObject Quiz::toJson() const
{
    QJsonArray array;
    for (const QuizQuestion &q : questions) {
        QJsonObject o{{u"id"_s, q.id}, {u"prompt"_s, q.prompt}, {u"points"_s, q.points}};
        if (q.type == QuizQuestion::Type::Choice) {
            o.insert(u"type"_s, u"choice"_s);
            o.insert(u"choices"_s, QJsonArray::fromStringList(q.choices));
            QJsonArray correct;
            for (int i : q.correct)
                correct.append(i);
            if (!correct.isEmpty())
                o.insert(u"correct"_s, correct);
            if (q.multiple || q.correct.size() > 1)
                o.insert(u"multiple"_s, true);
        } else {
            o.insert(u"type"_s, u"short"_s);
            if (!q.accepted.isEmpty())
                o.insert(u"accepted"_s, QJsonArray::fromStringList(q.accepted));
        }
        array.append(o);
    }
    return {{u"questions"_s, array}};
}

std::optional<Quiz> Quiz::fromJson(const QJsonObject &object, QString *error, bool requireKey)
{
    auto fail = [error](const QString &message) -> std::optional<Quiz> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QJsonValue questions = object.value(u"questions"_s);
    if (!questions.isArray() || questions.toArray().isEmpty())
        return fail(QuizText::tr("The quiz has no \"questions\" list."));
    if (questions.toArray().size() > 200)
        return fail(QuizText::tr("The quiz has more than 200 questions."));
    Quiz quiz;
    QStringList ids;
    int number = 0;
    for (const QJsonValue &v : questions.toArray()) {
        ++number;
        const QJsonObject o = v.toObject();
        QuizQuestion q;
        q.id = o.value(u"id"_s).toString();
        const QString where = QuizText::tr("Question %1").arg(number);
        if (q.id.isEmpty() || q.id.size() > 40)
            return fail(where + u": "_s + QuizText::tr("it needs a short \"id\"."));
        if (ids.contains(q.id))
            return fail(where + u": "_s + QuizText::tr("its \"id\" is used twice."));
        ids << q.id;
        q.prompt = o.value(u"prompt"_s).toString();
        if (q.prompt.trimmed().isEmpty())
            return fail(where + u": "_s + QuizText::tr("the \"prompt\" is empty."));
        q.points = o.value(u"points"_s).toDouble(1);
        if (!(q.points >= 0 && q.points <= 1000))
            return fail(where + u": "_s + QuizText::tr("\"points\" must be between 0 and 1000."));
        const QString type = o.value(u"type"_s).toString();
        if (type == u"choice") {
            q.type = QuizQuestion::Type::Choice;
            for (const QJsonValue &c : o.value(u"choices"_s).toArray())
                q.choices << c.toString();
            if (q.choices.size() < 2)
                return fail(where + u": "_s + QuizText::tr("a choice question needs at least two \"choices\"."));
            for (const QJsonValue &c : o.value(u"correct"_s).toArray()) {
                const int index = c.toInt(-1);
                if (index < 0 || index >= q.choices.size())
                    return fail(where + u": "_s + QuizText::tr("\"correct\" must list indexes of choices, from 0."));
                q.correct << index;
            }
            if (q.correct.isEmpty() && requireKey)
                return fail(where + u": "_s + QuizText::tr("\"correct\" must name at least one right choice."));
            std::sort(q.correct.begin(), q.correct.end());
            q.multiple = q.correct.size() > 1 || o.value(u"multiple"_s).toBool();
        } else if (type == u"short") {
            q.type = QuizQuestion::Type::Short;
            for (const QJsonValue &a : o.value(u"accepted"_s).toArray())
                q.accepted << a.toString();
            if (q.accepted.isEmpty() && requireKey)
                return fail(where + u": "_s + QuizText::tr("a short-answer question needs \"accepted\" answers."));
        } else {
            return fail(where + u": "_s + QuizText::tr("\"type\" must be \"choice\" or \"short\"."));
        }
        quiz.questions.append(q);
    }
    return quiz;
}

double Quiz::grade(const QJsonObject &answers) const
{
    double score = 0;
    for (const QuizQuestion &q : questions) {
        if (!q.hasKey())
            continue; // without its key a question cannot be marked (an empty answer would match an empty key)
        const QJsonValue answer = answers.value(q.id);
        if (q.type == QuizQuestion::Type::Choice) {
            QList<int> given;
            const QJsonArray array = answer.isArray() ? answer.toArray() : QJsonArray{answer};
            for (const QJsonValue &v : array)
                if (v.isDouble())
                    given << v.toInt();
            std::sort(given.begin(), given.end());
            given.erase(std::unique(given.begin(), given.end()), given.end());
            if (given == q.correct)
                score += q.points;
        } else {
            const QString given = normalised(answer.toString());
            if (!given.isEmpty())
                for (const QString &accepted : q.accepted)
                    if (normalised(accepted) == given) {
                        score += q.points;
                        break;
                    }
        }
    }
    return score;
}

} // namespace Continuite
