// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Found by the attack review of the record quota: the "after the due date" quizzes whose answers wait were one JSON
// value in the hub's meta table, rewritten whole on every assignment change. A teacher planting quizzes due in 9999
// made every later publish, hers or anyone's, rewrite all of them (100,000 of them: ≈10 MB a publish). Now they are
// rows of a table indexed on the due date: a publish writes its own row. Measured in bytes the commit writes to the
// write-ahead log, not in time.
#include "hubtestkit.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <limits>

using namespace HubTest;

namespace {

bool onHub(const QString &dir, const QStringList &statements, qint64 *count = nullptr, const QString &countSql = {})
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(dir + u"/hub.sqlite"_s);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        if (ok && count)
            ok = q.exec(countSql) && q.next() && ((*count = q.value(0).toLongLong()), true);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return ok;
}

QJsonObject quiz(const Client &teacher, const QString &classId, const QString &due)
{
    return change(u"assignment"_s, newUuid(), classId, teacher,
                  {{u"title"_s, u"Quiz"_s}, {u"type"_s, u"quiz"_s}, {u"status"_s, u"published"_s},
                   {u"answers_shown"_s, u"after-due"_s}, {u"due"_s, due},
                   {u"quiz"_s, QJsonObject{{u"questions"_s, QJsonArray{}}}}});
}

} // namespace

class TestAnswerReleases : public QObject
{
    Q_OBJECT

private:
    /// Bytes the commit of one publish (a quiz due next week, by @p who) writes to the hub's write-ahead log.
    qint64 walBytesOfOnePublish(TestHub &hub, Client &who, const QString &classId)
    {
        // Empty the log first (a checkpoint): what it holds afterwards is this one commit.
        if (!onHub(hub.dataDir(), {u"PRAGMA wal_checkpoint(TRUNCATE)"_s}))
            return -1;
        if (QFileInfo(hub.dataDir() + u"/hub.sqlite-wal"_s).size() != 0)
            return -2;
        const QString due = QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODateWithMs);
        if (verdictOf(who.sync({quiz(who, classId, due)})) != u"applied"_s)
            return -3;
        return QFileInfo(hub.dataDir() + u"/hub.sqlite-wal"_s).size();
    }

private Q_SLOTS:
    void plantedQuizzesDoNotMakeEveryPublishRewriteThem()
    {
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        auto colleague = hub.teacher(u"collegue"_s);
        const QString classId = hub.createClass(*teacher);
        const QString herClass = hub.createClass(*colleague, u"5e A"_s);
        // Positive control, and the measure: an honest publish on a hub where nothing waits.
        const qint64 before = walBytesOfOnePublish(hub, *colleague, herClass);
        QVERIFY2(before > 0, qPrintable(QString::number(before)));

        // The attack: 2,000 quizzes due in 9999, whose answers wait.
        for (int round = 0; round < 4; ++round) {
            QList<QJsonObject> planted;
            for (int i = 0; i < 500; ++i)
                planted << quiz(*teacher, classId, u"9999-12-31T00:00:00.000Z"_s);
            const QJsonObject r = teacher->sync(planted);
            QCOMPARE(teacher->lastStatus, 200L);
            QCOMPARE(verdictOf(r, 499), u"applied"_s);
        }

        // A colleague's next publish writes about what it wrote before: its own row, not the 2,000 planted ones
        // (before: ≈220 KB more, the whole value rewritten, at every publish). The least of three publishes: one
        // row with a random id may split a page of each index it goes in, now that they hold 2,000 more rows (seen
        // in CI: 12 pages more once), and the old bug added its 220 KB to every one.
        qint64 after = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            const qint64 bytes = walBytesOfOnePublish(hub, *colleague, herClass);
            QVERIFY2(bytes > 0, qPrintable(QString::number(bytes)));
            after = std::min(after, bytes);
        }
        qInfo() << "WAL bytes of one publish:" << before << "before," << after << "after 2,000 planted quizzes";
        QVERIFY2(after < before + 48 * 1024, qPrintable(u"WAL bytes of one publish: %1 before, %2 after"_s.arg(before).arg(after)));
        qint64 waiting = 0;
        QVERIFY(onHub(hub.dataDir(), {}, &waiting, u"SELECT count(*) FROM answer_releases"_s));
        QCOMPARE(waiting, 2004); // every one still waits
    }

    void aHubUpgradedFromSchema6KeepsItsWaitingReleases()
    {
        TestHub hub;
        auto teacher = hub.teacher(u"prof"_s);
        const QString classId = hub.createClass(*teacher);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(verdictOf(teacher->sync({quiz(*teacher, classId, u"9999-12-31T00:00:00.000Z"_s)})), u"applied"_s);
        hub.stop();
        // Schema 6 kept them as one JSON value in meta.
        QVERIFY(onHub(hub.dataDir(),
                      {u"INSERT INTO meta(key, value) SELECT 'answers_due', json_group_object(assignment, "
                       "json_object('class', class_id, 'due', due)) FROM answer_releases"_s,
                       u"DROP TABLE answer_releases"_s, u"DROP TABLE shared_usage"_s, u"PRAGMA user_version = 6"_s}));
        hub.start();
        qint64 moved = 0, left = -1;
        QVERIFY(onHub(hub.dataDir(), {}, &moved, u"SELECT count(*) FROM answer_releases WHERE due = '9999-12-31T00:00:00.000Z'"_s));
        QVERIFY(onHub(hub.dataDir(), {}, &left, u"SELECT count(*) FROM meta WHERE key = 'answers_due'"_s));
        QCOMPARE(moved, 3);
        QCOMPARE(left, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnswerReleases)
#include "tst_answerreleases.moc"
