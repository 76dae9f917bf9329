// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// The light version of a teacher's video (issue 15): a phone-like 720p video with sound becomes 360p VP8 + Opus
// WebM at about 1 MB a minute, readable by GStreamer again; bad input is refused with a sentence and leaves
// nothing; Stop leaves nothing; a small video is never enlarged. The inputs are made here with GStreamer
// itself (a moving test picture and a tone), at a phone's bitrate.
#include "content/mediareducer.h"
#include "content/mediastore.h"
#include "content/videoreducer.h"
#include "testclip.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <gst/gst.h>

#include <atomic>
#include <cmath>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

bool makeVideo(const QString &path, int width, int height, int seconds, bool sound, const char *pattern = "ball")
{
    return TestClip::make(path, width, height, seconds, sound, pattern);
}

} // namespace

class TestVideoReducer : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QString phone, silent, tiny;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(gst_init_check(nullptr, nullptr, nullptr));
        phone = dir.filePath(u"cours-fractions.webm"_s);
        silent = dir.filePath(u"tableau.mkv"_s);
        tiny = dir.filePath(u"petit.webm"_s);
        // Noise: every frame full of detail, so the input has a phone's bitrate (4 Mbit/s, ≈ 6 MB here) and
        // the light version must really hold its own bitrate.
        QVERIFY(makeVideo(phone, 1280, 720, 8, true, "snow"));
        QVERIFY(makeVideo(silent, 1280, 720, 6, false));
        QVERIFY(makeVideo(tiny, 320, 240, 3, true));
    }

    void phoneVideoBecomesLight()
    {
        const QString out = dir.filePath(u"light/cours-fractions.webm"_s);
        QList<double> steps;
        auto reduced = VideoReducer().reduce(phone, out, [&](double f) { steps << f; });
        QVERIFY2(reduced, qPrintable(reduced.error()));
        QVERIFY(QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".part"_s));
        const qint64 original = QFileInfo(phone).size();
        const qint64 light = QFileInfo(out).size();
        qInfo("8 s of 720p: %lld bytes -> %lld bytes (%.1f KB a minute)", original, light, light / 8.0 * 60 / 1000);
        QVERIFY2(light * 10 < original, "not ten times lighter");
        QVERIFY2(light <= 8 * 1'000'000 / 60 * 13 / 10, "more than 1.3 MB a minute"); // ≈ 1 MB a minute, 30 % slack
        // Read back: 640×360, with its sound, the same length.
        auto back = VideoReducer::probe(out);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->height, 360);
        QCOMPARE(back->width, 640);
        QVERIFY(back->hasAudio);
        QVERIFY2(qAbs(back->durationMs - 8000) < 600, qPrintable(QString::number(back->durationMs)));
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.last(), 1.0);
        QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    }

    void withoutSoundAndNeverEnlarged()
    {
        auto a = VideoReducer().reduce(silent, dir.filePath(u"light/tableau.webm"_s));
        QVERIFY2(a, qPrintable(a.error()));
        auto backA = VideoReducer::probe(a->path);
        QVERIFY(backA && !backA->hasAudio && backA->height == 360);

        auto b = VideoReducer().reduce(tiny, dir.filePath(u"light/petit.webm"_s));
        QVERIFY2(b, qPrintable(b.error()));
        auto backB = VideoReducer::probe(b->path);
        QVERIFY(backB);
        QCOMPARE(backB->height, 240); // positive control beside the 720p ones: small stays small
        QCOMPARE(backB->width, 320);
    }

    // A phone's or an editor's tags (a title, a comment, a place) never reach the light version (the session-14
    // review, finding 8: "chez Lea" stayed in it; seen failing before the fix, session 16). Positive control: the
    // input carries them, and the light version is still a whole video with its sound.
    void theOriginalsTagsAreNotKept()
    {
        const QString tagged = dir.filePath(u"chez-lea.webm"_s);
        const QString description = u"videotestsrc num-buffers=45 ! video/x-raw,width=640,height=360,framerate=15/1 "
                                    "! taginject tags=\"title=\\\"chez Lea 12 rue des Lilas\\\"\" ! vp8enc deadline=1 ! webmmux name=m "
                                    "! filesink location=\"%1\" audiotestsrc num-buffers=30 samplesperbuffer=4800 ! audioconvert "
                                    "! vorbisenc ! m."_s.arg(tagged);
        GError *err = nullptr;
        GstElement *p = gst_parse_launch(description.toUtf8().constData(), &err);
        QVERIFY2(p && !err, err ? err->message : "no pipeline");
        gst_element_set_state(p, GST_STATE_PLAYING);
        GstBus *bus = gst_element_get_bus(p);
        GstMessage *m = gst_bus_timed_pop_filtered(bus, 60 * GST_SECOND, GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_EOS));
        const bool made = m && GST_MESSAGE_TYPE(m) == GST_MESSAGE_EOS;
        if (m)
            gst_message_unref(m);
        gst_object_unref(bus);
        gst_element_set_state(p, GST_STATE_NULL);
        gst_object_unref(p);
        QVERIFY(made);
        auto bytesOf = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY(bytesOf(tagged).contains("chez Lea 12 rue des Lilas")); // the input carries the tag

        const QString out = dir.filePath(u"light/chez-lea.webm"_s);
        auto reduced = VideoReducer().reduce(tagged, out);
        QVERIFY2(reduced, qPrintable(reduced.error()));
        const QByteArray light = bytesOf(out);
        QVERIFY(!light.isEmpty());
        QVERIFY2(!light.contains("chez Lea") && !light.contains("rue des Lilas"), "the original's title is in the light version");
        auto back = VideoReducer::probe(out);
        QVERIFY2(back, qPrintable(back.error()));
        QVERIFY(back->hasAudio);
        QCOMPARE(back->height, 360);
        QVERIFY2(qAbs(back->durationMs - 3000) < 600, qPrintable(QString::number(back->durationMs)));
    }

    // A video cut short (a copy from the phone interrupted half-way) still announces its whole length: its light
    // version silently lasted half as long, and the teacher was told nothing (the session-14 review, finding 7).
    // Now it is refused with a sentence that says how long it really is, and nothing is left. The control beside
    // it: the whole file is made light, its whole length.
    void aVideoCutShortIsRefused()
    {
        const QString cut = dir.filePath(u"coupee.mkv"_s);
        QFile whole(silent), part(cut);
        QVERIFY(whole.open(QIODevice::ReadOnly) && part.open(QIODevice::WriteOnly));
        part.write(whole.read(whole.size() / 2));
        part.close();
        auto announced = VideoReducer::probe(cut);
        QVERIFY2(announced, qPrintable(announced.error()));
        QVERIFY2(announced->durationMs > 5000, qPrintable(QString::number(announced->durationMs))); // it still says 6 s

        const QString out = dir.filePath(u"light/coupee.webm"_s);
        auto refused = VideoReducer().reduce(cut, out);
        QVERIFY2(!refused, "a video cut in half was made light as if it were whole");
        qInfo().noquote() << "said:" << refused.error();
        QVERIFY2(refused.error().contains(u"coupee.mkv"_s) && refused.error().contains(u"cut short"_s) && refused.error().contains(u"0:06"_s),
                 qPrintable(refused.error()));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".part"_s));

        auto made = VideoReducer().reduce(silent, dir.filePath(u"light/entiere.webm"_s));
        QVERIFY2(made, qPrintable(made.error()));
        auto back = VideoReducer::probe(made->path);
        QVERIFY(back);
        QVERIFY2(qAbs(back->durationMs - 6000) < 600, qPrintable(QString::number(back->durationMs)));
        // The rule's edges: a frame or two short is whole; a tenth and two seconds missing is a cut.
        QVERIFY(!VideoReducer::cutShort(6000, 5900));
        QVERIFY(!VideoReducer::cutShort(0, 0)); // a length nobody announced
        QVERIFY(!VideoReducer::cutShort(10000, 8500));
        QVERIFY(VideoReducer::cutShort(10000, 7900));
        QVERIFY(VideoReducer::cutShort(300000, 260000));
    }

    void badInputIsRefusedAndLeavesNothing()
    {
        QFile junk(dir.filePath(u"video.mp4"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(200'000, '\x17'));
        junk.close();
        const QString out = dir.filePath(u"light/video.webm"_s);
        auto r = VideoReducer().reduce(junk.fileName(), out);
        QVERIFY(!r);
        qInfo().noquote() << "said:" << r.error();
        QVERIFY2(r.error().contains(u"video.mp4"_s), qPrintable(r.error()));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".part"_s));
        QVERIFY(!VideoReducer().reduce(dir.filePath(u"absent.mp4"_s), out));
    }

    void stopLeavesNothing()
    {
        VideoReducer reducer;
        const QString out = dir.filePath(u"light/stopped.webm"_s);
        std::atomic_bool started{false};
        Result<VideoReducer::Reduced> r = Result<VideoReducer::Reduced>::failure(u"not run"_s);
        QThread *worker = QThread::create([&] { r = reducer.reduce(phone, out, [&](double) { started = true; }); });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(started || worker->isFinished(), 60000);
        reducer.cancel();
        QVERIFY(worker->wait(60000));
        delete worker;
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(u"Stopped"_s), qPrintable(r.error()));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".part"_s));
    }

    void mediaReducerUsesItOnlyWhenAsked()
    {
        const QString work = dir.filePath(u"copies"_s);
        MediaReducer reducer(work);
        MediaReducer::Options asIs;
        auto kept = reducer.prepare(phone, asIs);
        QVERIFY(kept && !kept->reduced && kept->path == QFileInfo(phone).absoluteFilePath());
        MediaReducer::Options light;
        light.reduceVideos = true;
        auto made = reducer.prepare(phone, light);
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(made->reduced);
        QCOMPARE(made->name, u"cours-fractions.webm"_s);
        QVERIFY(made->size * 10 < made->originalSize);
        QVERIFY(made->path.startsWith(work));
        qInfo().noquote() << made->summary();
        light.keepOriginal = true; // --original wins
        auto original = reducer.prepare(phone, light);
        QVERIFY(original && !original->reduced);
    }

    // The same video attached twice was made light twice, and two encodings differ by a few bytes: the lesson held
    // both, and pupils downloaded it twice (the session-14 review, finding 9). With the store's folder known, the
    // second time takes back the light version the store holds: nothing encoded, the very same bytes (so the store
    // keeps one attachment). The controls: the first time is encoded, and once the store no longer holds the light
    // file, the video is made light again rather than taken from a stale index.
    void theSameVideoTwiceIsMadeLightOnce()
    {
        const QString storeDir = dir.filePath(u"store-media"_s);
        const MediaStore store(storeDir);
        const MediaReducer reducer(dir.filePath(u"twice"_s));
        int encoded = 0;
        MediaReducer::Options light;
        light.reduceVideos = true;
        light.storeDir = storeDir;
        light.videoProgress = [&](double) { ++encoded; };
        auto first = reducer.prepare(tiny, light);
        QVERIFY2(first, qPrintable(first.error()));
        QVERIFY(first->reduced);
        QVERIFY(encoded > 0); // control: made light the first time
        auto stored = store.importFile(first->path);
        QVERIFY2(stored, qPrintable(stored.error()));
        reducer.discard(first->path); // as the app and the CLI do once the store holds it

        encoded = 0;
        QElapsedTimer clock;
        clock.start();
        auto second = reducer.prepare(tiny, light);
        QVERIFY2(second, qPrintable(second.error()));
        qInfo("the second time: %lld ms, nothing encoded", clock.elapsed());
        QCOMPARE(encoded, 0);
        QVERIFY(second->reduced);
        QCOMPARE(second->name, u"petit.webm"_s);
        QCOMPARE(second->size, stored->size);
        auto again = store.importFile(second->path);
        QVERIFY(again);
        QCOMPARE(again->sha256, stored->sha256); // one blob, so one attachment
        reducer.discard(second->path);

        // The store lost that file (removed by hand, damaged): made light again, not taken from the index.
        QVERIFY(QFile::remove(store.pathOf(stored->sha256)));
        encoded = 0;
        auto third = reducer.prepare(tiny, light);
        QVERIFY2(third, qPrintable(third.error()));
        QVERIFY(encoded > 0);
        QVERIFY(third->size > 0);
        reducer.discard(third->path);
    }

    // The session-14 review, finding 11: a phone's voice memo saved as .mp4 (a sound, no picture) was refused ("attach
    // it as it is", which the CLI could only do with --original, for every file of the command), and a PDF named .mp4
    // was said to need a GStreamer plug-in. Now the sound is made light (mono Opus, no tag: review-media20, finding 5),
    // and the PDF is told for what it is (each seen failing before). The control: a real video beside them is still
    // made light.
    // Review-media23, finding 3: a sound with a sound's name was attached as picked (prepare() made light only pictures
    // and videos): one minute of a laptop's recorder (.wav) is 5.3 MB, the week's whole budget, tags and all. Now it
    // becomes what the app's own voice capsule is: mono Opus at 16 kbit/s in Ogg (.opus), without any tag of the original.
    // Control: the .wav holds the name and weighs more than 800 KB; a capsule recorded by the app (a file made under
    // the work folder) is still attached as it is.
    void aRecordedSoundBecomesACapsuleWithoutItsTags()
    {
        const int rate = 44100, seconds = 10;
        QByteArray samples;
        samples.reserve(rate * seconds * 2);
        quint32 noise = 1;
        for (int i = 0; i < rate * seconds; ++i) {
            noise = noise * 1103515245u + 12345u;
            const int v = int(6000 * std::sin(2 * M_PI * 220 * i / rate)) + int((noise >> 16) % 600) - 300;
            samples.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
        }
        auto le32 = [](quint32 v) { QByteArray b(4, '\0'); qToLittleEndian(v, b.data()); return b; };
        auto le16 = [](quint16 v) { QByteArray b(2, '\0'); qToLittleEndian(v, b.data()); return b; };
        const QByteArray name("Lea Dubois, 12 rue des Lilas\0", 30);
        const QByteArray info = "INFO" + QByteArray("INAM") + le32(quint32(name.size())) + name;
        const QByteArray fmt = le16(1) + le16(1) + le32(rate) + le32(rate * 2) + le16(2) + le16(16);
        const QByteArray body = "WAVE" + QByteArray("fmt ") + le32(16) + fmt + "LIST" + le32(quint32(info.size())) + info
            + "data" + le32(quint32(samples.size())) + samples;
        const QString wav = dir.filePath(u"reponse-orale.wav"_s);
        {
            QFile f(wav);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("RIFF" + le32(quint32(body.size())) + body);
        }
        auto readAll = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QVERIFY(readAll(wav).contains("Lea Dubois")); // control: the recording carries the name
        QVERIFY(QFileInfo(wav).size() > 800 * 1000);  // and weighs what a laptop's recorder writes

        const MediaReducer reducer(dir.filePath(u"sons"_s));
        MediaReducer::Options options; // what the CLI and the app ask (the app's "light videos" or not)
        auto sound = reducer.prepare(wav, options);
        QVERIFY2(sound, qPrintable(sound.error()));
        qInfo() << "a 10 s .wav:" << sound->originalSize << "bytes ->" << sound->size << "bytes," << sound->name;
        QVERIFY2(sound->reduced && sound->path != QFileInfo(wav).absoluteFilePath(), "the .wav was attached as it was");
        QCOMPARE(sound->name, u"reponse-orale.opus"_s);
        QCOMPARE(sound->originalSize, QFileInfo(wav).size());
        QVERIFY2(sound->size < 30 * 1000, qPrintable(QString::number(sound->size)));
        QCOMPARE(sound->size, QFileInfo(sound->path).size());
        const QByteArray stored = readAll(sound->path);
        QVERIFY(!stored.contains("Lea"));
        QVERIFY(stored.startsWith("OggS"));
        QVERIFY(stored.contains("OpusHead"));
        auto heard = VideoReducer::inspect(sound->path);
        QVERIFY2(heard, qPrintable(heard.error()));
        QVERIFY(heard->hasAudio && !heard->hasVideo);
        QVERIFY2(heard->durationMs > 9000, qPrintable(QString::number(heard->durationMs)));

        // --original (the CLI) keeps it as it is, as for any file.
        MediaReducer::Options original;
        original.keepOriginal = true;
        auto kept = reducer.prepare(wav, original);
        QVERIFY(kept && !kept->reduced && kept->path == QFileInfo(wav).absoluteFilePath());

        // The app's own capsule, made under the work folder, is attached as it is: it is already light, and has no tag.
        QVERIFY(QDir().mkpath(dir.filePath(u"sons/enregistrement"_s)));
        const QString capsule = dir.filePath(u"sons/enregistrement/capsule.opus"_s);
        QVERIFY(QFile::copy(sound->path, capsule));
        auto recorded = reducer.prepare(capsule, options);
        QVERIFY(recorded && !recorded->reduced && recorded->path == QFileInfo(capsule).absoluteFilePath());
        reducer.discard(sound->path);
    }

    void aSoundIsMadeLightWithoutItsTagsAndAMisnamedFileIsToldWhatItIs()
    {
        auto readAll = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QString memo = dir.filePath(u"memo-vocal.webm"_s);
        // Tagged as a phone's memo app does (review-media20, finding 5): a title with a street address, a comment.
        const QString description = u"audiotestsrc num-buffers=30 samplesperbuffer=4800 ! audioconvert "
                                    "! taginject tags=\"title=\\\"Lea Dubois, 12 rue des Lilas\\\",comment=\\\"chez Lea\\\"\" "
                                    "! vorbisenc ! webmmux ! filesink location=\"%1\""_s.arg(memo);
        GError *err = nullptr;
        GstElement *p = gst_parse_launch(description.toUtf8().constData(), &err);
        QVERIFY2(p && !err, err ? err->message : "no pipeline");
        gst_element_set_state(p, GST_STATE_PLAYING);
        GstBus *bus = gst_element_get_bus(p);
        GstMessage *m = gst_bus_timed_pop_filtered(bus, 60 * GST_SECOND, GstMessageType(GST_MESSAGE_ERROR | GST_MESSAGE_EOS));
        const bool made = m && GST_MESSAGE_TYPE(m) == GST_MESSAGE_EOS;
        if (m)
            gst_message_unref(m);
        gst_object_unref(bus);
        gst_element_set_state(p, GST_STATE_NULL);
        gst_object_unref(p);
        QVERIFY(made);
        QVERIFY(VideoReducer::isVideo(memo)); // named like a video

        const MediaReducer reducer(dir.filePath(u"sounds"_s));
        MediaReducer::Options light;
        light.reduceVideos = true;
        QVERIFY(readAll(memo).contains("chez Lea")); // control: the memo carries its tags
        auto sound = reducer.prepare(memo, light);
        QVERIFY2(sound, qPrintable(sound.error()));
        // Review-media20, finding 5: it was attached as it was, tags and all (seen failing before). Now a light sound,
        // without the tags, that still plays as a sound.
        QVERIFY2(sound->path != QFileInfo(memo).absoluteFilePath(), "the memo was attached as it was, with its tags");
        QVERIFY(sound->reduced);
        const QByteArray stored = readAll(sound->path);
        QVERIFY(!stored.contains("chez Lea"));
        QVERIFY(!stored.contains("12 rue des Lilas"));
        auto heard = VideoReducer::inspect(sound->path);
        QVERIFY2(heard, qPrintable(heard.error()));
        QVERIFY(heard->hasAudio);
        QVERIFY(!heard->hasVideo);
        QVERIFY(heard->durationMs > 2000);
        qInfo() << "memo" << QFileInfo(memo).size() << "bytes ->" << sound->size << "bytes";
        reducer.discard(sound->path);

        QFile pdf(dir.filePath(u"cours.mp4"_s));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + QByteArray(4000, ' ') + "\n%%EOF\n");
        pdf.close();
        auto misnamed = reducer.prepare(pdf.fileName(), light);
        QVERIFY(!misnamed);
        qInfo().noquote() << "said:" << misnamed.error();
        QVERIFY2(misnamed.error().contains(u"cours.mp4"_s) && misnamed.error().contains(u".pdf"_s) && !misnamed.error().contains(u"plug"_s),
                 qPrintable(misnamed.error()));

        auto video = reducer.prepare(tiny, light);
        QVERIFY2(video && video->reduced, qPrintable(video ? u"kept as it was"_s : video.error()));
        reducer.discard(video->path);
    }

    // A video is known by its content when its name says nothing or says something else: a WhatsApp file without an
    // extension, a camera's .ts, a ".dat" (the session-14 review, finding 10: all three were sent as they were, 8.3 MB
    // instead of 354 KB; seen failing before the fix, session 16). Controls: a Qt Linguist file named .ts and a text
    // file without an extension are not videos.
    void aVideoIsKnownByItsContentWhateverItsName()
    {
        const QStringList names{u"VID-20261206-WA0001"_s, u"video.ts"_s, u"video.dat"_s};
        for (const QString &name : names) {
            const QString copy = dir.filePath(u"named/"_s + name);
            QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
            QFile::remove(copy);
            QVERIFY(QFile::copy(tiny, copy));
            QVERIFY2(VideoReducer::isVideo(copy), qPrintable(name));
        }
        MediaReducer::Options light;
        light.reduceVideos = true;
        auto made = MediaReducer(dir.filePath(u"named-copies"_s)).prepare(dir.filePath(u"named/VID-20261206-WA0001"_s), light);
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(made->reduced);

        QFile linguist(dir.filePath(u"named/continuite_fr.ts"_s));
        QVERIFY(linguist.open(QIODevice::WriteOnly));
        linguist.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"fr_FR\">\n</TS>\n");
        linguist.close();
        QVERIFY(!VideoReducer::isVideo(linguist.fileName()));
        QFile text(dir.filePath(u"named/LISEZMOI"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Bonjour, voici les devoirs de la semaine.\n");
        text.close();
        QVERIFY(!VideoReducer::isVideo(text.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestVideoReducer)
#include "tst_videoreducer.moc"
