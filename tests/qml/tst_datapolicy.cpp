// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The data policy as the settings page saves it through DataPolicySettings: the speed cap (kB/s) lands in the
// profile's sync state, which the engine reads at each sync (its transport's rate cap), and it is there
// again when the app starts anew. The profile is "connected" to a hub where nothing listens.
#include "democourse.h"
#include "session.h"
#include "datapolicysettings.h"
#include "synccontroller.h"

#include "content/database.h"
#include "content/store.h"
#include "sync/client/syncengine.h"
#include "tests/storeinternals.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDataPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void whenFilesAreHeldBack()
    {
        // The one rule the pages read to say why a file waits: "never" always; "unmetered only" on a metered network
        // (or one that cannot be told); "always" never.
        using Continuite::MediaPolicy;
        QVERIFY(DataPolicySettings::holdsFilesBack(MediaPolicy::Never, true));
        QVERIFY(DataPolicySettings::holdsFilesBack(MediaPolicy::Never, false));
        QVERIFY(DataPolicySettings::holdsFilesBack(MediaPolicy::UnmeteredOnly, true));
        QVERIFY(!DataPolicySettings::holdsFilesBack(MediaPolicy::UnmeteredOnly, false));
        QVERIFY(!DataPolicySettings::holdsFilesBack(MediaPolicy::Always, true));
        QVERIFY(!DataPolicySettings::holdsFilesBack(MediaPolicy::Always, false));
    }

    void speedCapReachesTheEngineAndStays()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString lea;
        {
            auto store = Continuite::Store::open(dir.path());
            QVERIFY2(store, qPrintable(store.error()));
            const DemoCourse demo = DemoCourse::fill(**store, QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo"));
            QVERIFY2(demo.error.isEmpty(), qPrintable(demo.error));
            lea = (*store)->profile(u"lea"_s)->id;
            // What a sign-in leaves behind (the address, a token), without a hub to sign in to.
            QVERIFY(Continuite::StoreInternals::database(**store).exec(u"INSERT INTO sync_state (profile_id, hub, token) VALUES (?, ?, ?)"_s,
                                              {lea, u"http://127.0.0.1:9"_s, u"jeton"_s}));
        }
        {
            Session session(nullptr);
            session.setDataDir(dir.path());
            SyncController sync(&session);
            DataPolicySettings policy(&session, &sync);
            QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
            QVERIFY(sync.isConnected());
            QCOMPARE(policy.rateCapKBps(), 0);

            QCOMPARE(policy.save(Continuite::MediaPolicy::UnmeteredOnly, 200, 64), QString());
            QCOMPARE(policy.rateCapKBps(), 64);
            QCOMPARE(policy.monthlyCapMB(), 200);
            auto state = session.store()->sync().state(lea);
            QVERIFY(state);
            QCOMPARE(state->policy.rateCapBytesPerSecond, qint64(64 * 1024));
            QCOMPARE(state->policy.monthlyCapMB, qint64(200));
            QCOMPARE(state->policy.media, Continuite::MediaPolicy::UnmeteredOnly);

            // A caller that does not know the speed cap (two arguments) leaves it as it is.
            QCOMPARE(policy.save(Continuite::MediaPolicy::Always, 0), QString());
            QCOMPARE(policy.rateCapKBps(), 64);
            QCOMPARE(session.store()->sync().state(lea)->policy.rateCapBytesPerSecond, qint64(64 * 1024));

            // 0 lifts the cap; then 128 for what follows.
            QCOMPARE(policy.save(Continuite::MediaPolicy::Always, 0, 0), QString());
            QCOMPARE(session.store()->sync().state(lea)->policy.rateCapBytesPerSecond, qint64(0));
            QCOMPARE(policy.save(Continuite::MediaPolicy::Always, 0, 128), QString());
            sync.cancel();
        }
        // The app started again: the settings page shows the cap kept.
        Session session(nullptr);
        session.setDataDir(dir.path());
        SyncController sync(&session);
        DataPolicySettings policy(&session, &sync);
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        QCOMPARE(policy.rateCapKBps(), 128);
        // Someone else on the device has their own policy (and no hub yet).
        QVERIFY(session.unlock(u"hugo"_s, u"5678"_s));
        QCOMPARE(policy.rateCapKBps(), 0);
        QVERIFY(!policy.save(Continuite::MediaPolicy::Always, 0, 32).isEmpty());
        sync.cancel();
    }
};

QTEST_GUILESS_MAIN(TestDataPolicy)
#include "tst_datapolicy.moc"
