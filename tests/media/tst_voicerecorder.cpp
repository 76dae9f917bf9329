// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Voice capsules (issue 15): recorded from GStreamer's test tone (no microphone here), as a teacher or a pupil
// would, then read back by GStreamer as the app's player will; a missing microphone, a stop, the limit.
#include "content/mediareducer.h"
#include "content/videoreducer.h"
#include "content/voicerecorder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

/// The app's own settings, recording GStreamer's test tone instead of a microphone.
VoiceRecorder::Options tone(int maxSeconds = VoiceRecorder::Options{}.maxSeconds)
{
    VoiceRecorder::Options options;
    options.source = u"audiotestsrc is-live=true wave=sine freq=330"_s;
    options.maxSeconds = maxSeconds;
    return options;
}

/// Records for @p ms of wall time, polling as the app's timer does; false if a poll failed.
bool recordFor(VoiceRecorder &recorder, int ms, QString *why = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QTest::qWait(100);
        auto polled = recorder.poll();
        if (!polled) {
            if (why)
                *why = polled.error();
            return false;
        }
    }
    return true;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestVoiceRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCapsuleIsSmallAndReadable()
    {
        QTemporaryDir dir;
        VoiceRecorder recorder(tone());
        const QString out = dir.filePath(u"capsule.opus"_s);
        auto started = recorder.start(out);
        QVERIFY2(started, qPrintable(started.error()));
        QVERIFY(recorder.recording());
        QVERIFY(!QFileInfo::exists(out)); // written only when finished
        QVERIFY(recordFor(recorder, 2500));
        auto done = recorder.stop();
        QVERIFY2(done, qPrintable(done.error()));
        QVERIFY(!recorder.recording());
        QCOMPARE(done->path, QFileInfo(out).absoluteFilePath());
        QCOMPARE(filesIn(dir.path()), QStringList{u"capsule.opus"_s}); // no .part left
        QVERIFY2(done->durationMs >= 1500 && done->durationMs <= 4500, qPrintable(QString::number(done->durationMs)));
        // Read back by GStreamer, as the app's player does: sound only, about as long as recorded.
        auto probe = VideoReducer::inspect(out);
        QVERIFY2(probe, qPrintable(probe.error()));
        QVERIFY(probe->hasAudio);
        QVERIFY(!probe->hasVideo);
        QVERIFY2(qAbs(probe->durationMs - done->durationMs) < 1000,
                 qPrintable(u"%1 / %2"_s.arg(probe->durationMs).arg(done->durationMs)));
        // ≈ 150 KB a minute: at most 24 kbit/s all included (container and headers), and not empty.
        const double bitsPerSecond = done->size * 8.0 / (done->durationMs / 1000.0);
        qInfo("capsule: %lld bytes for %lld ms = %.1f kbit/s = %.0f KB a minute", done->size, done->durationMs,
              bitsPerSecond / 1000, bitsPerSecond * 60 / 8 / 1000);
        QVERIFY2(bitsPerSecond <= 24'000 && done->size > 2000, qPrintable(QString::number(bitsPerSecond)));
        QCOMPARE(done->size, QFileInfo(out).size());
        // Seen as sound by the app (its attachments and player go by the content type).
        QVERIFY(QMimeDatabase().mimeTypeForFile(out).name().startsWith(u"audio/"_s));
    }

    void noMicrophoneSaysSoAndWritesNothing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("no such element") << u"nosuchmicrophonesrc"_s;
        QTest::newRow("a sound card that is not there") << u"alsasrc device=hw:97,0"_s;
    }
    void noMicrophoneSaysSoAndWritesNothing()
    {
        QFETCH(QString, source);
        QTemporaryDir dir;
        VoiceRecorder::Options options;
        options.source = source;
        VoiceRecorder recorder(options);
        auto started = recorder.start(dir.filePath(u"capsule.opus"_s));
        QString why = started ? QString() : started.error();
        if (started) // a device that fails once running says so at the next poll
            QVERIFY(!recordFor(recorder, 1500, &why));
        QVERIFY2(!why.isEmpty(), "a recording without a microphone must fail");
        qInfo("%s: %s", qPrintable(source), qPrintable(why));
        QVERIFY(!recorder.recording());
        QVERIFY(!recorder.stop());
        QCOMPARE(filesIn(dir.path()), QStringList{});
    }

    void cancelledOrDroppedKeepsNothing()
    {
        QTemporaryDir dir;
        {
            VoiceRecorder recorder(tone());
            QVERIFY(recorder.start(dir.filePath(u"a.opus"_s)));
            QVERIFY(recordFor(recorder, 600));
            recorder.cancel();
            QVERIFY(!recorder.recording());
            QVERIFY(!recorder.stop());
        }
        {
            VoiceRecorder recorder(tone());
            QVERIFY(recorder.start(dir.filePath(u"b.opus"_s)));
            QVERIFY(recordFor(recorder, 600));
        } // the window closed mid-recording
        QCOMPARE(filesIn(dir.path()), QStringList{});
        // Positive control: the same recorder, stopped, keeps its file.
        VoiceRecorder recorder(tone());
        QVERIFY(recorder.start(dir.filePath(u"c.opus"_s)));
        QVERIFY(recordFor(recorder, 600));
        QVERIFY(recorder.stop());
        QCOMPARE(filesIn(dir.path()), QStringList{u"c.opus"_s});
    }

    void aCapsuleStopsAtItsLimit()
    {
        QTemporaryDir dir;
        VoiceRecorder recorder(tone(1));
        QVERIFY(recorder.start(dir.filePath(u"long.opus"_s)));
        QString why;
        QVERIFY2(!recordFor(recorder, 5000, &why), "polling past the limit says so");
        QVERIFY(recorder.full());
        QVERIFY2(why.contains(u"1 minute"_s), qPrintable(why));
        auto kept = recorder.stop();
        QVERIFY2(kept, qPrintable(kept.error()));
        QVERIFY(kept->durationMs >= 1000 && kept->durationMs < 3000);
    }

    // Once stored, the app drops the recording's own folder, and never anything else of the work folder.
    void aStoredRecordingIsDiscardedAlone()
    {
        QTemporaryDir dir;
        const MediaReducer light(dir.filePath(u"light"_s));
        VoiceRecorder recorder(tone());
        QVERIFY(recorder.start(light.workDir() + u"/voice-1/capsule.opus"_s));
        QVERIFY(recordFor(recorder, 300));
        auto done = recorder.stop();
        QVERIFY(done);
        QVERIFY(light.madeHere(done->path));
        QVERIFY(QDir().mkpath(light.workDir() + u"/voice-2"_s));
        QFile loose(light.workDir() + u"/loose.opus"_s);
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.close();
        QVERIFY(!light.madeHere(loose.fileName())); // not in a folder of its own
        QVERIFY(!light.madeHere(dir.filePath(u"elsewhere/x.opus"_s)));
        light.discard(loose.fileName());
        light.discard(dir.filePath(u"light"_s)); // the work folder itself is never a recording
        QVERIFY(QFileInfo::exists(loose.fileName()));
        light.discard(done->path);
        QVERIFY(!QFileInfo::exists(light.workDir() + u"/voice-1"_s));
        QVERIFY(QFileInfo::exists(light.workDir() + u"/voice-2"_s));
    }

    void oneRecordingAtATime()
    {
        QTemporaryDir dir;
        VoiceRecorder recorder(tone());
        QVERIFY(recorder.start(dir.filePath(u"a.opus"_s)));
        auto second = recorder.start(dir.filePath(u"b.opus"_s));
        QVERIFY(!second);
        QVERIFY(recorder.recording());
        QVERIFY(recordFor(recorder, 300));
        QVERIFY(recorder.stop());
        QCOMPARE(filesIn(dir.path()), QStringList{u"a.opus"_s});
    }
};

QTEST_GUILESS_MAIN(TestVoiceRecorder)
#include "tst_voicerecorder.moc"
