// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Two replicas that merge the same changes: the client's Store (a real SQLite file, through ChangeLog::apply as a
// sync page does) and the hub (the real HubEngine on SqliteHubStorage, through HubEngine::sync without HTTP: what
// is compared is the merge, not the transport). tst_merge and tst_mergeorder read both, field by field.

#include "content/store.h"
#include "sync/change.h"
#include "sync/hlc.h"
#include "sync/hub/hubcrypto.h"
#include "sync/hub/hubengine.h"
#include "sync/hub/sqlitehubstorage.h"
#include "tests/storeinternals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace MergeKit {

using namespace Continuite;
using namespace Continuite::Hub;
using namespace Qt::StringLiterals;

/// Every HLC of these tests is in the past of both replicas' clocks: none is clamped.
constexpr qint64 Epoch = 1'700'000'000'000;

struct Replicas
{
    QTemporaryDir dir;
    std::unique_ptr<SqliteHubStorage> storage;
    std::unique_ptr<HubEngine> engine;
    std::unique_ptr<Store> store;
    Session teacherA; ///< two devices of one teacher: their HLCs differ by node
    Session teacherB;
    Session student;
    QString classId = newUuid();
    QString lessonId = newUuid();
    QString assignmentId = newUuid();
    QString studentId = newUuid();

    Replicas()
    {
        storage = std::make_unique<SqliteHubStorage>(dir.path() + u"/hub.sqlite"_s, SqliteHubStorage::Durability::Volatile);
        engine = std::make_unique<HubEngine>(*storage);
        engine->addTeacher(u"prof"_s, u"Prof"_s, "password-prof", true);
        teacherA = signIn(u"prof"_s, "password-prof");
        teacherB = signIn(u"prof"_s, "password-prof");
        auto s = Store::open(dir.path() + u"/client"_s);
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        store = std::move(s).value();
        // The class, its student, a lesson and an assignment: on both replicas, before any test change.
        quint32 n = 0;
        for (const Change &c : {change(teacherA, u"class"_s, classId, 0, n++, {{u"name"_s, u"6e"_s}}),
                                change(teacherA, u"member"_s, newUuid(), 0, n++,
                                       {{u"person"_s, studentId}, {u"role"_s, u"student"_s}, {u"login"_s, u"eleve"_s},
                                        {u"pin_hash"_s, QString::fromLatin1(Crypto::hashSecret("1234", Crypto::Cost::Minimal))}}),
                                change(teacherA, u"lesson"_s, lessonId, 0, n++, {{u"title"_s, u"L"_s}, {u"status"_s, u"published"_s}}),
                                change(teacherA, u"assignment"_s, assignmentId, 0, n++,
                                       {{u"lesson_id"_s, lessonId}, {u"title"_s, u"A"_s}, {u"type"_s, u"text"_s}})}) {
            const QString verdict = toHub(c);
            if (verdict != u"applied"_s)
                qFatal("setup change refused by the hub: %s", qPrintable(verdict));
            if (!toClient(c))
                qFatal("setup change refused by the client");
        }
        student = signIn(u"eleve"_s, "1234");
    }

    Session signIn(const QString &login, const QByteArray &secret)
    {
        const QJsonObject answer = engine->login(
            {{u"login"_s, login}, {u"password"_s, QString::fromLatin1(secret)}, {u"device_id"_s, newUuid()}}, u"test"_s);
        return engine->authenticate(answer.value(u"token"_s).toString());
    }

    /// A change by @p who's device at HLC (Epoch + @p millis, @p counter, that device).
    Change change(const Session &who, const QString &kind, const QString &row, qint64 millis, quint32 counter,
                  const QJsonObject &fields) const
    {
        Change c;
        c.id = newUuid();
        c.kind = kind;
        c.row = row;
        c.classId = classId;
        c.hlc = HlcTimestamp{Epoch + millis, counter, who.deviceId}.toString();
        c.author = who.account.id;
        c.device = who.deviceId;
        c.fields = fields;
        return c;
    }

    /// The session a change was made on (its device).
    const Session &sessionOf(const Change &c) const
    {
        return c.device == teacherB.deviceId ? teacherB : c.device == student.deviceId ? student : teacherA;
    }

    /// Pushes @p c to the hub as its own device would; the hub's verdict ("applied", "duplicate", …).
    QString toHub(const Change &c)
    {
        const QByteArray body = engine->sync(sessionOf(c), {{u"changes"_s, QJsonArray{c.toJson()}}});
        const QJsonObject verdict = QJsonDocument::fromJson(body).object().value(u"verdicts"_s).toArray().first().toObject();
        const QString status = verdict.value(u"status"_s).toString();
        return status == u"rejected"_s ? status + u": "_s + verdict.value(u"reason"_s).toString() : status;
    }

    /// Applies @p c to the client's store as a sync page does (one transaction).
    bool toClient(const Change &c)
    {
        const Status s = StoreInternals::database(*store).write([&]() -> Status {
            auto v = store->changes().apply(c);
            return v ? success() : Status::failure(v.error());
        });
        if (!s)
            qWarning() << s.error();
        return bool(s);
    }

    /// The hub's fields of a row (and per-field HLCs in @p clocks); empty when absent.
    QJsonObject hubRow(const QString &kind, const QString &row, QJsonObject *clocks = nullptr)
    {
        std::optional<RowState> state;
        storage->read([&](HubTransaction &tx) { state = tx.row(kind, row); });
        if (clocks)
            *clocks = state ? state->fieldHlcs : QJsonObject();
        return state ? state->fields : QJsonObject();
    }

    /// The client's fields of a row (and per-field HLCs in @p clocks); empty when absent.
    QJsonObject clientRow(const QString &kind, const QString &row, QJsonObject *clocks = nullptr)
    {
        if (clocks) {
            QSqlQuery &q = StoreInternals::database(*store).prepare(u"SELECT clocks FROM %1 WHERE id = ?"_s.arg(kindSpec(kind)->table));
            *clocks = StoreInternals::database(*store).exec(q, {row}) && q.next()
                          ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                          : QJsonObject();
            q.finish();
        }
        return store->changes().rowFields(kind, row);
    }
};

/// A field's value as both replicas may hold it: absent and null are the same, so is a "deleted" never set.
inline QJsonValue normalized(const QString &field, const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return field == u"deleted"_s || field == u"completed"_s ? QJsonValue(false) : QJsonValue(QJsonValue::Null);
    return v;
}

/// "where: [value]", for a QCOMPARE that says what differs.
inline QString shown(const QString &where, const QJsonValue &v)
{
    return where + u": "_s + QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

} // namespace MergeKit
