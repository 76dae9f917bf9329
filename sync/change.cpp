// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/change.h"

#include "sync/hlc.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
constexpr int DefaultTextBytes = 4 * 1024;
constexpr int MarkdownBytes = 512 * 1024;
constexpr int JsonBytes = 256 * 1024;

QList<KindSpec> makeKinds()
{
    const FieldSpec deleted{u"deleted"_s, FieldType::Boolean};
    return {
        {u"class"_s, u"classes"_s, MergePolicy::FieldLastWriterWins, Writer::Teacher, false, false,
         {{u"name"_s, FieldType::Text, 200}, deleted}},
        {u"member"_s, u"members"_s, MergePolicy::FieldLastWriterWins, Writer::Teacher, false, false,
         {{u"person"_s, FieldType::Text, 64},
          {u"role"_s, FieldType::Text, 16},
          {u"display_name"_s, FieldType::Text, 200},
          {u"login"_s, FieldType::Text, 64},
          {u"pin_hash"_s, FieldType::Text, 256},
          deleted}},
        {u"lesson"_s, u"lessons"_s, MergePolicy::FieldLastWriterWins, Writer::Teacher, true, false,
         {{u"title"_s, FieldType::Text, 200},
          {u"summary"_s, FieldType::Text, 2000},
          {u"before_class"_s, FieldType::Text, MarkdownBytes},
          {u"in_class"_s, FieldType::Text, MarkdownBytes},
          {u"after_class"_s, FieldType::Text, MarkdownBytes},
          {u"attachments"_s, FieldType::Json, JsonBytes},
          {u"status"_s, FieldType::Text, 16},
          {u"planned_date"_s, FieldType::Text, 32},
          {u"position"_s, FieldType::Integer},
          deleted}},
        {u"assignment"_s, u"assignments"_s, MergePolicy::FieldLastWriterWins, Writer::Teacher, true, false,
         {{u"lesson_id"_s, FieldType::Text, 64},
          {u"title"_s, FieldType::Text, 200},
          {u"instructions"_s, FieldType::Text, MarkdownBytes},
          {u"due"_s, FieldType::Text, 40},
          {u"type"_s, FieldType::Text, 16},
          {u"quiz"_s, FieldType::Json, JsonBytes},
          {u"attachments"_s, FieldType::Json, JsonBytes},
          {u"status"_s, FieldType::Text, 16},
          {u"answers_shown"_s, FieldType::Text, 16},
          deleted}},
        // A quiz's right answers, apart from its questions: students get them only when the teacher allows
        // (AnswerKey::released); the row id is AnswerKey::rowId(assignment, class).
        {u"answer_key"_s, u"answer_keys"_s, MergePolicy::FieldLastWriterWins, Writer::Teacher, false, false,
         {{u"assignment_id"_s, FieldType::Text, 64},
          {u"answers"_s, FieldType::Json, JsonBytes},
          deleted}},
        {u"submission"_s, u"submissions"_s, MergePolicy::AppendOnly, Writer::Student, false, true,
         {{u"assignment_id"_s, FieldType::Text, 64},
          {u"student"_s, FieldType::Text, 64},
          {u"text"_s, FieldType::Text, MarkdownBytes},
          {u"answers"_s, FieldType::Json, JsonBytes},
          {u"attachments"_s, FieldType::Json, JsonBytes},
          {u"device_time"_s, FieldType::Text, 40},
          {u"auto_score"_s, FieldType::Real},
          {u"max_score"_s, FieldType::Real}}},
        {u"feedback"_s, u"feedback"_s, MergePolicy::FieldLastWriterWins, Writer::Teacher, false, true,
         {{u"submission_id"_s, FieldType::Text, 64},
          {u"student"_s, FieldType::Text, 64},
          {u"comment"_s, FieldType::Text, 64 * 1024},
          {u"score"_s, FieldType::Real},
          deleted}},
        {u"progress"_s, u"progress"_s, MergePolicy::Monotone, Writer::Student, false, true,
         {{u"lesson_id"_s, FieldType::Text, 64},
          {u"student"_s, FieldType::Text, 64},
          {u"opened_at"_s, FieldType::Text, 40},
          {u"completed"_s, FieldType::Boolean},
          {u"completed_at"_s, FieldType::Text, 40},
          {u"seconds_spent"_s, FieldType::Integer}}},
    };
}

bool hasType(const QJsonValue &v, FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return v.isString() || v.isNull();
    case FieldType::Integer:
        // Range first: converting an out-of-range double to an integer is undefined (the fuzzer found it).
        return v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 9.0e15 && v.toDouble() == std::floor(v.toDouble());
    case FieldType::Real:
        return (v.isDouble() && v.toDouble() >= -1e12 && v.toDouble() <= 1e12) || v.isNull();
    case FieldType::Boolean:
        return v.isBool();
    case FieldType::Json:
        return v.isArray() || v.isObject() || v.isNull();
    }
    return false;
}

int utf8Size(const QJsonValue &v)
{
    if (v.isString())
        return int(v.toString().toUtf8().size());
    if (v.isArray())
        return int(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).size());
    if (v.isObject())
        return int(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size());
    return 0;
}
} // namespace

const FieldSpec *KindSpec::field(QStringView name) const
{
    for (const FieldSpec &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

QStringList KindSpec::fieldNames() const
{
    QStringList names;
    for (const FieldSpec &f : fields)
        names << f.name;
    return names;
}

const QList<KindSpec> &allKinds()
{
    static const QList<KindSpec> kinds = makeKinds();
    return kinds;
}

const KindSpec *kindSpec(QStringView kind)
{
    for (const KindSpec &k : allKinds())
        if (k.kind == kind)
            return &k;
    return nullptr;
}

QJsonObject Change::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"kind"_s, kind}, {u"row"_s, row}, {u"class"_s, classId},
                  {u"hlc"_s, hlc}, {u"author"_s, author}, {u"device"_s, device}, {u"fields"_s, fields}};
    if (!signature.isEmpty())
        o.insert(u"sig"_s, signature);
    return o;
}

QByteArray Change::canonical() const
{
    Change unsigned_ = *this;
    unsigned_.signature.clear();
    // QJsonObject keeps keys sorted, and Compact output is stable: this is canonical enough
    // for our own producers and verifiers, which all go through this function.
    return QJsonDocument(unsigned_.toJson()).toJson(QJsonDocument::Compact);
}

bool Change::isDelete() const
{
    return fields.value(u"deleted"_s).toBool(false);
}

std::optional<Change> Change::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Change> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    auto text = [&o](const QString &key) { return o.value(key).toString(); };
    for (const QString &key : {u"id"_s, u"kind"_s, u"row"_s, u"class"_s, u"hlc"_s, u"author"_s, u"device"_s})
        if (!o.value(key).isString())
            return fail(u"field \"%1\" must be a string"_s.arg(key));
    if (!o.value(u"fields"_s).isObject())
        return fail(u"field \"fields\" must be an object"_s);

    Change c;
    c.id = text(u"id"_s);
    c.kind = text(u"kind"_s);
    c.row = text(u"row"_s);
    c.classId = text(u"class"_s);
    c.hlc = text(u"hlc"_s);
    c.author = text(u"author"_s);
    c.device = text(u"device"_s);
    c.fields = o.value(u"fields"_s).toObject();
    if (o.contains(u"sig"_s)) {
        if (!o.value(u"sig"_s).isString() || text(u"sig"_s).size() > 128)
            return fail(u"field \"sig\" must be a base64 string"_s);
        c.signature = text(u"sig"_s);
    }

    for (const auto &[key, value] : {std::pair{u"id"_s, c.id}, {u"row"_s, c.row}, {u"class"_s, c.classId}, {u"author"_s, c.author}, {u"device"_s, c.device}})
        if (!isUuid(value))
            return fail(u"field \"%1\" must be a UUID"_s.arg(key));
    const KindSpec *spec = kindSpec(c.kind);
    if (!spec)
        return fail(u"field \"kind\": unknown kind \"%1\""_s.arg(c.kind.left(32)));
    if (!HlcTimestamp::parse(c.hlc))
        return fail(u"field \"hlc\" is not a hybrid logical clock reading"_s);
    if (c.fields.isEmpty())
        return fail(u"field \"fields\" is empty"_s);
    for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
        const FieldSpec *f = spec->field(it.key());
        if (!f)
            return fail(u"field \"fields.%1\" is not a field of a %2"_s.arg(it.key().left(64), c.kind));
        if (!hasType(it.value(), f->type))
            return fail(u"field \"fields.%1\" has the wrong type"_s.arg(it.key()));
        const int limit = f->maxBytes > 0 ? f->maxBytes : (f->type == FieldType::Json ? JsonBytes : DefaultTextBytes);
        if ((f->type == FieldType::Text || f->type == FieldType::Json) && utf8Size(it.value()) > limit)
            return fail(u"field \"fields.%1\" is longer than %2 bytes"_s.arg(it.key()).arg(limit));
    }
    if (spec->policy == MergePolicy::AppendOnly && c.isDelete())
        return fail(u"a %1 cannot be deleted: versions are append-only"_s.arg(c.kind));
    return c;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    return !QUuid::fromString(text).isNull();
}

namespace {
bool isLowerHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}
} // namespace

bool isSha256(QStringView text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) { return isLowerHexDigit(c.unicode()); });
}

bool isSha256(std::string_view text)
{
    return text.size() == 64
        && std::all_of(text.begin(), text.end(), [](char c) { return isLowerHexDigit(char16_t(static_cast<unsigned char>(c))); });
}

QString derivedUuid(QStringView a, QStringView b)
{
    static const QUuid ns = QUuid::fromString(u"6f1c2a4e-3b1d-4f2e-9a51-7c0d8e9b1a20");
    return QUuid::createUuidV5(ns, QString(a + u'/' + b)).toString(QUuid::WithoutBraces);
}

} // namespace Continuite
