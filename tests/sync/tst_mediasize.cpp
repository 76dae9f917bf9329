// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A record's stated size is what a family pays for: the cost shown before it is spent and the monthly cap both
// read it (issue 15; the session-14 review, finding 2). Over the real hub on loopback, real stores, real libcurl:
//
// - a record that says a file is far smaller than it is (a buggy or tampered device, a school script) reaches the
//   pupil: her download stops at the stated size, the file is refused and not kept, and her monthly cap holds;
//   an honest file in the same lesson still comes (positive control);
// - the hub refuses a change whose stated size disagrees with a file it already holds; the same file named with its
//   true size is accepted (positive control).
#include "synctestkit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace SyncTest;

namespace {

const QString TeacherLogin = u"mme.martin"_s;
const QString TeacherPassword = u"fractions-2026"_s;
constexpr qint64 Lie = 2000; // what the record says the video weighs
constexpr qint64 TrueSize = 6 * 1024 * 1024;

} // namespace

class tst_MediaSize : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncHub> m_hub;
    std::unique_ptr<Device> m_teacher;
    QString m_classId;
    QString m_pupilLogin, m_pupilPin;
    QTemporaryDir m_files;

    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_hub->port()); }

    Lesson publishLesson(const QString &title, const QStringList &attachments = {})
    {
        Store::LessonInput in;
        in.classId = m_classId;
        in.title = title;
        in.beforeClass = u"Regarde la vidéo avant le cours."_s;
        in.attachmentPaths = attachments;
        auto l = m_teacher->store->createLesson(in);
        if (!l)
            qFatal("%s", qPrintable(l.error()));
        auto p = m_teacher->store->publishLesson(l->meta.id);
        if (!p)
            qFatal("%s", qPrintable(p.error()));
        return *p;
    }

    /// What a tampered device does (the reviewer edited the row): the lesson's row on the teacher's device names
    /// @p file at @p statedSize. The next write of the attachments field carries it, signed as usual.
    void stateSize(const QString &lessonId, const Attachment &file, qint64 statedSize)
    {
        Attachment lie = file;
        lie.size = statedSize;
        Database &db = StoreInternals::database(*m_teacher->store);
        const Status s = db.write([&]() -> Status {
            return db.exec(u"UPDATE lessons SET attachments = ? WHERE id = ?"_s,
                           {QString::fromUtf8(QJsonDocument(Attachment::listToJson({lie})).toJson(QJsonDocument::Compact)),
                            lessonId})
                ? success() : Status::failure(u"cannot edit the lesson's row"_s);
        });
        QVERIFY2(s, qPrintable(s.error()));
        auto l = m_teacher->store->lesson(lessonId);
        QVERIFY(l);
        QCOMPARE(l->attachments.size(), 1);
        QCOMPARE(l->attachments.first().size, statedSize);
    }

    std::unique_ptr<Device> pupilDevice()
    {
        auto d = std::make_unique<Device>();
        if (!d->login(url(), m_pupilLogin, m_pupilPin))
            return nullptr;
        return d;
    }

    QString rejectionOf(Device &device)
    {
        const QList<OutboxEntry> refused = device.store->changes().outbox(device.profile.id, u"rejected"_s);
        return refused.isEmpty() ? QString() : refused.last().reason;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
    }

    void init()
    {
        m_hub = std::make_unique<SyncHub>();
        m_hub->addTeacher(TeacherLogin, TeacherPassword);
        m_teacher = std::make_unique<Device>();
        QVERIFY(m_teacher->login(url(), TeacherLogin, TeacherPassword));
        auto c = m_teacher->store->createClass(u"6e B"_s);
        QVERIFY2(c, qPrintable(c.error()));
        m_classId = c->meta.id;
        auto s = m_teacher->store->addStudent(m_classId, u"Inès Martin"_s);
        QVERIFY2(s, qPrintable(s.error()));
        m_pupilLogin = s->member.login;
        m_pupilPin = s->pin;
        QVERIFY(m_teacher->syncUntilClean());
    }

    void cleanup()
    {
        m_teacher.reset();
        m_hub.reset();
    }

    // The review's reproduction, end to end. The lie reaches the hub before the file does (records go up before
    // files), so the hub has nothing to compare it with: the pupil's device is the one that must not believe it.
    // Failed before the fix: the pupil downloaded the whole 6 MB past her 1 MB cap and stored the file.
    void aLyingRecordIsCutAtItsStatedSizeAndTheCapHolds()
    {
        const Lesson lesson = publishLesson(u"Les fractions en vidéo"_s);
        QVERIFY(m_teacher->syncUntilClean());
        const QString video = writeFile(m_files.path(), u"long.webm"_s, pseudoRandomBytes(TrueSize, 41));
        auto imported = m_teacher->store->media().importFile(video);
        QVERIFY2(imported, qPrintable(imported.error()));
        stateSize(lesson.meta.id, Attachment{imported->sha256, imported->size, u"video/webm"_s, u"long.webm"_s}, Lie);
        // An honest worksheet attached after: it writes the attachments field, the lie with it.
        const QString sheet = writeFile(m_files.path(), u"fiche.pdf"_s, pseudoRandomBytes(40 * 1024, 42));
        auto attached = m_teacher->store->attachToLesson(lesson.meta.id, {sheet});
        QVERIFY2(attached, qPrintable(attached.error()));
        QCOMPARE(attached->attachments.size(), 2);
        QString sheetSha;
        for (const Attachment &a : attached->attachments)
            if (a.name == u"fiche.pdf"_s)
                sheetSha = a.sha256;
        QVERIFY(m_teacher->syncUntilClean());
        QCOMPARE(m_teacher->pending(), 0);

        auto pupil = pupilDevice();
        QVERIFY(pupil);
        QVERIFY(pupil->store->sync().setPolicy(pupil->profile.id, {MediaPolicy::Always, 1, 0})); // 1 MB a month
        const SyncReport r = pupil->sync();
        QVERIFY(r.recordsComplete);
        auto seen = pupil->store->lesson(lesson.meta.id);
        QVERIFY(seen);
        QCOMPARE(seen->attachments.size(), 2);
        // The lying file was not stored, nor kept anywhere.
        qInfo() << "pupil's sync: bytes down" << r.bytesDown << "errors" << r.errors;
        QVERIFY(!pupil->store->media().contains(imported->sha256));
        QVERIFY(!QFile::exists(QDir(pupil->dataDir()).filePath(u"sync-partial/"_s + imported->sha256 + u".part"_s)));
        // Its download stopped at the stated size: what crossed the wire is the sheet, the records and a few
        // kilobytes, nowhere near the 6 MB (libcurl hands the body over in pieces of up to 16 KB).
        QVERIFY2(r.bytesDown < 40 * 1024 + 100 * 1024, qPrintable(QString::number(r.bytesDown)));
        const auto state = pupil->store->sync().state(pupil->profile.id);
        QVERIFY(state);
        QVERIFY2(state->usageBytes < 1024 * 1024, qPrintable(QString::number(state->usageBytes))); // the cap held
        // The honest file came (positive control, same sync, same cap).
        QVERIFY(pupil->store->media().verify(sheetSha));
        QCOMPARE(r.mediaFetched, 1);
        QVERIFY2(std::any_of(r.errors.cbegin(), r.errors.cend(), [](const QString &e) { return e.contains(u"larger"_s); }),
                 qPrintable(r.errors.join(u" | "_s)));
        // Not fetched again at every sync: the next one costs no file at all.
        const SyncReport again = pupil->sync();
        QCOMPARE(again.mediaFetched, 0);
        QVERIFY2(again.bytesDown < 16 * 1024, qPrintable(QString::number(again.bytesDown)));
        QVERIFY(!pupil->store->media().contains(imported->sha256));
    }

    // Positive control of the cut: an honest record of a file larger than the pieces libcurl hands over, resumed
    // after nothing, downloads whole under a cap it fits in.
    void anHonestRecordDownloads()
    {
        const QString video = writeFile(m_files.path(), u"court.webm"_s, pseudoRandomBytes(700 * 1024, 43));
        const Lesson lesson = publishLesson(u"Une vidéo honnête"_s, {video});
        QVERIFY(m_teacher->syncUntilClean());
        auto pupil = pupilDevice();
        QVERIFY(pupil);
        QVERIFY(pupil->store->sync().setPolicy(pupil->profile.id, {MediaPolicy::Always, 1, 0}));
        const SyncReport r = pupil->sync();
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(u" | "_s)));
        QCOMPARE(r.mediaFetched, 1);
        QVERIFY(pupil->store->media().verify(lesson.attachments.first().sha256));
    }

    // The hub holds the file: a record naming it at another size is refused, with the reason kept on the device.
    // Failed before the fix: the hub accepted it and served the lie to every pupil of the class.
    void theHubRefusesASizeThatDisagreesWithItsFile()
    {
        const QString video = writeFile(m_files.path(), u"long.webm"_s, pseudoRandomBytes(300 * 1024, 44));
        const Lesson lesson = publishLesson(u"Les fractions en vidéo"_s, {video});
        QVERIFY(m_teacher->syncUntilClean()); // the file is on the hub now
        const Attachment file = lesson.attachments.first();
        QCOMPARE(file.size, 300 * 1024);

        // Positive control: a second lesson naming the same stored file at its true size is accepted.
        const Lesson honest = publishLesson(u"La même vidéo"_s, {video});
        const SyncReport ok = m_teacher->sync();
        QVERIFY2(ok.errors.isEmpty(), qPrintable(ok.errors.join(u" | "_s)));
        QCOMPARE(ok.changesRejected, 0);
        QCOMPARE(m_teacher->pending(), 0);

        stateSize(lesson.meta.id, file, Lie);
        const QString sheet = writeFile(m_files.path(), u"fiche.pdf"_s, pseudoRandomBytes(10 * 1024, 45));
        QVERIFY(m_teacher->store->attachToLesson(lesson.meta.id, {sheet}));
        const SyncReport r = m_teacher->sync();
        QCOMPARE(r.changesRejected, 1);
        const QString why = rejectionOf(*m_teacher);
        QVERIFY2(why.contains(u"size"_s) && why.contains(file.sha256.left(12)), qPrintable(why));

        // The pupil gets the lesson as the hub kept it: the file at its true size.
        auto pupil = pupilDevice();
        QVERIFY(pupil);
        QVERIFY(pupil->syncUntilClean());
        auto seen = pupil->store->lesson(lesson.meta.id);
        QVERIFY(seen);
        QCOMPARE(seen->attachments.size(), 1);
        QCOMPARE(seen->attachments.first().size, file.size);
        QVERIFY(pupil->store->lesson(honest.meta.id));
    }
};

QTEST_GUILESS_MAIN(tst_MediaSize)
#include "tst_mediasize.moc"
