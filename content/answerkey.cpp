// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "content/answerkey.h"

#include "sync/change.h"

#include <QJsonArray>

namespace Continuite::AnswerKey {

using namespace Qt::StringLiterals;

QString name(AnswersShown mode)
{
    switch (mode) {
    case AnswersShown::AfterSubmit:
        return u"after-submit"_s;
    case AnswersShown::AfterDue:
        return u"after-due"_s;
    case AnswersShown::Never:
        return u"never"_s;
    case AnswersShown::Practice:
        return u"practice"_s;
    }
    return {};
}

std::optional<AnswersShown> fromName(QStringView name)
{
    for (AnswersShown mode : {AnswersShown::AfterSubmit, AnswersShown::AfterDue, AnswersShown::Never, AnswersShown::Practice})
        if (name == AnswerKey::name(mode))
            return mode;
    return std::nullopt;
}

AnswersShown modeOf(const QJsonObject &assignmentFields)
{
    return fromName(assignmentFields.value(u"answers_shown"_s).toString()).value_or(DefaultMode);
}

AnswersShown defaultFor(const QDateTime &due)
{
    return due.isValid() ? AnswersShown::AfterDue : AnswersShown::AfterSubmit;
}

QString rowId(const QString &assignmentId, const QString &classId)
{
    return derivedUuid(assignmentId, QString(u"answer_key/"_s + classId));
}

bool released(AnswersShown mode, const QDateTime &due, bool handedIn, const QDateTime &now)
{
    switch (mode) {
    case AnswersShown::Practice:
        return true;
    case AnswersShown::AfterSubmit:
        return handedIn;
    case AnswersShown::AfterDue:
        return due.isValid() && due <= now;
    case AnswersShown::Never:
        return false;
    }
    return false;
}

QJsonObject questionsOnly(const QJsonObject &quiz)
{
    QJsonArray questions;
    for (const QJsonValue &v : quiz.value(u"questions"_s).toArray()) {
        QJsonObject q = v.toObject();
        if (q.contains(u"correct"_s)) {
            if (q.value(u"correct"_s).toArray().size() > 1)
                q.insert(u"multiple"_s, true);
            q.remove(u"correct"_s);
        }
        q.remove(u"accepted"_s);
        questions.append(q);
    }
    QJsonObject out = quiz;
    out.insert(u"questions"_s, questions);
    return out;
}

QJsonObject keyOf(const QJsonObject &quiz)
{
    QJsonObject key;
    for (const QJsonValue &v : quiz.value(u"questions"_s).toArray()) {
        const QJsonObject q = v.toObject();
        const QString id = q.value(u"id"_s).toString();
        if (q.value(u"correct"_s).isArray())
            key.insert(id, q.value(u"correct"_s));
        else if (q.value(u"accepted"_s).isArray())
            key.insert(id, q.value(u"accepted"_s));
    }
    return key;
}

QJsonObject withKey(const QJsonObject &questions, const QJsonObject &key)
{
    QJsonArray list;
    for (const QJsonValue &v : questions.value(u"questions"_s).toArray()) {
        QJsonObject q = v.toObject();
        const QJsonValue answers = key.value(q.value(u"id"_s).toString());
        if (answers.isArray())
            q.insert(q.value(u"type"_s).toString() == u"short"_s ? u"accepted"_s : u"correct"_s, answers);
        list.append(q);
    }
    QJsonObject out = questions;
    out.insert(u"questions"_s, list);
    return out;
}

bool carriesKey(const QJsonObject &quiz)
{
    for (const QJsonValue &v : quiz.value(u"questions"_s).toArray())
        if (v.toObject().contains(u"correct"_s) || v.toObject().contains(u"accepted"_s))
            return true;
    return false;
}

} // namespace Continuite::AnswerKey
