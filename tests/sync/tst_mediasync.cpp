// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Media between the teacher's app and her pupils' over the real hub on loopback (issue 15).
//
// A voice capsule's whole trip, on the app's own parts: the teacher records GStreamer's test tone
// in her lesson editor (VoiceCapture, as the record button does), the capsule is attached and the lesson
// published; her app's SyncController sends both to the real hub on loopback; a pupil's app syncs them
// down; the pupil's lesson lists the capsule on her device and the app's player (MediaPlayerPage) plays it
// there. It fails when the file does not arrive (the pupil's copy is compared byte for byte, and a pupil
// whose data policy holds files back has nothing to play) or does not play (the position must move on, and
// a damaged copy must give the player's sentence instead).
//
// An assignment's files: their cost is shown on the pupil's card and on the answer page before it is spent; held
// back by the data policy, the page says so, and "Download anyway" brings them at once, policy unchanged.
#include "answercontroller.h"
#include "assignmentmodel.h"
#include "lessoneditor.h"
#include "lessonreader.h"
#include "session.h"
#include "datapolicysettings.h"
#include "synccontroller.h"
#include "synctestkit.h"
#include "testclip.h"
#include "voicecapture.h"

#include <QCryptographicHash>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_IMPORT_QML_PLUGIN(ContinuitePlugin)

using namespace SyncTest;

namespace {

const QString TeacherLogin = u"mme.martin"_s;
const QString TeacherPassword = u"fractions-2026"_s;
constexpr int Long = 60000; // generous: two cores shared by many builds

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

/// A 3-second 320×240 video with sound, as the teacher's light version would be; "" or why not.
QString writeVideo(const QString &path)
{
    return TestClip::make(path, 320, 240, 3, true) ? QString() : u"GStreamer could not make the clip"_s;
}

} // namespace

/// One laptop running the app: its folder, its session, its sync controller.
struct AppDevice
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    std::unique_ptr<SyncController> sync;
    std::unique_ptr<DataPolicySettings> policy;

    /// The app on a folder where @p login (the hub's person @p personId) has a profile, unlocked and signed
    /// in to the hub at @p url as the settings page does; its first sync done.
    bool open(const QString &url, const QString &login, const QString &name, Role role, const QString &secret,
              const QString &personId)
    {
        {
            auto store = Store::open(dir.path());
            if (!store || !(*store)->addProfile(login, name, role, secret, personId))
                return false;
        }
        session = std::make_unique<Session>(nullptr);
        session->setDataDir(dir.path());
        sync = std::make_unique<SyncController>(session.get());
        policy = std::make_unique<DataPolicySettings>(session.get(), sync.get());
        sync->setEngineOptions(fastOptions());
        sync->setStartJitter(0);
        if (!session->unlock(login, secret)) {
            qWarning() << "unlock:" << session->error();
            return false;
        }
        QSignalSpy connected(sync.get(), &SyncController::connectFinished);
        QSignalSpy synced(sync.get(), &SyncController::syncFinished);
        if (!sync->connectToHub(url, secret) || !connected.wait(Long) || !connected.first().at(0).toBool()) {
            qWarning() << "connect:" << (connected.isEmpty() ? QVariant() : connected.first().at(1));
            return false;
        }
        return (synced.count() > 0 || synced.wait(Long)) && synced.first().at(0).toBool();
    }

    /// One sync from the app (the sync bar's button); true when it finished well.
    bool syncNow()
    {
        QSignalSpy synced(sync.get(), &SyncController::syncFinished);
        if (!sync->syncNow())
            return false;
        return synced.wait(Long) && synced.first().at(0).toBool();
    }

    ~AppDevice()
    {
        sync.reset(); // joins its worker before the store goes
        session.reset();
    }
};

class tst_MediaSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncHub> m_hub;
    std::unique_ptr<Device> m_setup; ///< the teacher's first device: makes the class and its pupil on the hub
    QString m_classId;
    NewStudent m_pupil;
    QQmlEngine m_engine;

    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_hub->port()); }

    /// The app's player page on @p source, in a window as in the app.
    std::unique_ptr<QQuickWindow> playerOn(const QUrl &source, QQuickItem **page)
    {
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport Continuite\n"
                          "Window { width: 800; height: 480; visible: true\n"
                          "  property alias page: page\n"
                          "  MediaPlayerPage { id: page; anchors.fill: parent; name: \"capsule\"; kind: \"audio\"; source: \""
                              + source.toString().toUtf8() + "\" } }",
                          QUrl(u"qrc:/tst_mediasync/player.qml"_s));
        std::unique_ptr<QQuickWindow> window(qobject_cast<QQuickWindow *>(component.create()));
        if (!window) {
            qWarning() << component.errors();
            return {};
        }
        *page = window->property("page").value<QQuickItem *>();
        return window;
    }

    static QObject *playerOf(QQuickItem *page) { return page->property("player").value<QObject *>(); }
    static QString mediaError(QQuickItem *page)
    {
        auto *label = page->findChild<QObject *>(u"mediaError"_s);
        return label ? label->property("text").toString() : u"(no mediaError label)"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No microphone here: the capsule records GStreamer's test tone, in real time.
        qputenv("CONTINUITE_AUDIO_SOURCE", "audiotestsrc is-live=true wave=sine freq=330");
        m_engine.addImportPath(u"qrc:/"_s);

        m_hub = std::make_unique<SyncHub>();
        m_hub->addTeacher(TeacherLogin, TeacherPassword);
        m_setup = std::make_unique<Device>();
        QVERIFY(m_setup->login(url(), TeacherLogin, TeacherPassword));
        auto c = m_setup->store->createClass(u"6e B"_s);
        QVERIFY2(c, qPrintable(c.error()));
        m_classId = c->meta.id;
        auto s = m_setup->store->addStudent(m_classId, u"Léa Dupont"_s);
        QVERIFY2(s, qPrintable(s.error()));
        m_pupil = *s;
        QVERIFY(m_setup->syncUntilClean());
    }

    void cleanupTestCase()
    {
        m_setup.reset();
        m_hub.reset();
    }

    void aCapsuleRecordedByTheTeacherPlaysOnHerPupilsDevice()
    {
        // Léa's family laptop, signed in before the lesson exists, with files held back for now (the data
        // policy "never", as on a phone plan at the end of the month).
        AppDevice pupil;
        QVERIFY(pupil.open(url(), m_pupil.member.login.toLower(), m_pupil.member.displayName, Role::Student, m_pupil.pin,
                           m_pupil.member.personId));
        QCOMPARE(pupil.policy->save(Continuite::MediaPolicy::Never, 0), QString());
        LessonReader reader;
        reader.setSession(pupil.session.get());

        // The teacher's laptop: her app, signed in, the class synced down.
        AppDevice teacher;
        QVERIFY(teacher.open(url(), TeacherLogin, u"Mme Martin"_s, Role::Teacher, TeacherPassword, m_setup->profile.id));

        // A lesson written in the editor, the capsule recorded from its record button's object.
        LessonEditor editor;
        editor.setSession(teacher.session.get());
        editor.startNew(m_classId);
        editor.setTitle(u"Les fractions, expliquées à voix haute"_s);
        editor.setBeforeClass(u"Écoute la capsule avant le cours."_s);
        VoiceCapture capture;
        capture.setSession(teacher.session.get());
        QObject::connect(&capture, &VoiceCapture::recorded, &editor, [&editor](const QUrl &file) { editor.attach(file); });
        QSignalSpy recorded(&capture, &VoiceCapture::recorded);
        QVERIFY2(capture.start(), qPrintable(capture.error()));
        QTRY_VERIFY_WITH_TIMEOUT(capture.elapsedMs() >= 2500, 20000);
        QVERIFY2(capture.stop(), qPrintable(capture.error()));
        QCOMPARE(recorded.count(), 1);
        const qint64 recordedMs = recorded.first().at(2).toLongLong();
        QVERIFY2(recordedMs >= 2500 && recordedMs < 10000, QByteArray::number(recordedMs).constData());
        QCOMPARE(editor.error(), QString());
        QCOMPARE(editor.attachments()->count(), 1);
        const QModelIndex at = editor.attachments()->index(0, 0);
        QCOMPARE(at.data(AttachmentModel::KindRole).toString(), u"audio"_s);
        const QString sha = at.data(AttachmentModel::Sha256Role).toString();
        const QString teacherFile = at.data(AttachmentModel::UrlRole).toUrl().toLocalFile();
        QCOMPARE(QString::fromLatin1(sha256Of(teacherFile)), sha);
        QVERIFY2(editor.publish(), qPrintable(editor.error()));
        const QString lessonId = editor.lessonId();

        // Sent from the app, the capsule with it: nothing left in her queue.
        QVERIFY(teacher.syncNow());
        QCOMPARE(teacher.sync->pendingChanges(), 0);
        QCOMPARE(teacher.sync->queuedMedia(), 0);

        // Léa's sync brings the lesson but, files held back, not the capsule: nothing to play.
        QVERIFY(pupil.syncNow());
        reader.setLessonId(lessonId);
        QVERIFY2(reader.found(), "the published lesson reached the pupil");
        QCOMPARE(reader.attachments()->count(), 1);
        QModelIndex hers = reader.attachments()->index(0, 0);
        QCOMPARE(hers.data(AttachmentModel::Sha256Role).toString(), sha);
        QCOMPARE(hers.data(AttachmentModel::AvailableRole).toBool(), false);
        QVERIFY(hers.data(AttachmentModel::UrlRole).toUrl().isEmpty());
        QCOMPARE(reader.missingFiles().size(), 1);

        // Files allowed again: the next sync brings the capsule, byte for byte the teacher's.
        QCOMPARE(pupil.policy->save(Continuite::MediaPolicy::Always, 0), QString());
        QVERIFY(pupil.syncNow());
        reader.setLessonId({});
        reader.setLessonId(lessonId);
        hers = reader.attachments()->index(0, 0);
        QVERIFY2(hers.data(AttachmentModel::AvailableRole).toBool(), "the capsule is on the pupil's device");
        QVERIFY(reader.missingFiles().isEmpty());
        const QUrl pupilUrl = hers.data(AttachmentModel::UrlRole).toUrl();
        QVERIFY(pupilUrl.isLocalFile());
        QVERIFY2(pupilUrl.toLocalFile().startsWith(pupil.dir.path()), qPrintable(pupilUrl.toLocalFile()));
        QCOMPARE(QString::fromLatin1(sha256Of(pupilUrl.toLocalFile())), sha);

        // The app's player reads it: its length is the recording's, and it plays (the position moves on).
        QQuickItem *page = nullptr;
        auto window = playerOn(pupilUrl, &page);
        QVERIFY(window && page);
        QObject *player = playerOf(page);
        QTRY_VERIFY_WITH_TIMEOUT(player->property("duration").toLongLong() > 0, 20000);
        const qint64 duration = player->property("duration").toLongLong();
        QVERIFY2(qAbs(duration - recordedMs) < 500, qPrintable(u"%1 ms played, %2 ms recorded"_s.arg(duration).arg(recordedMs)));
        QCOMPARE(mediaError(page), QString());
        QVERIFY(QMetaObject::invokeMethod(player, "play"));
        QTRY_VERIFY_WITH_TIMEOUT(player->property("position").toLongLong() >= 1000, 20000);
        QCOMPARE(mediaError(page), QString());

        // The control: the same capsule damaged (its pages' bytes overwritten) is not played, and says so.
        QTemporaryDir damagedDir;
        const QString damaged = damagedDir.filePath(u"capsule.opus"_s);
        QVERIFY(QFile::copy(pupilUrl.toLocalFile(), damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(int(f.size()), 'x'));
        }
        QQuickItem *damagedPage = nullptr;
        auto damagedWindow = playerOn(QUrl::fromLocalFile(damaged), &damagedPage);
        QVERIFY(damagedWindow && damagedPage);
        QTRY_VERIFY_WITH_TIMEOUT(!mediaError(damagedPage).isEmpty(), 20000);
        QCOMPARE(playerOf(damagedPage)->property("duration").toLongLong(), 0);
    }

    void anAssignmentsFilesShowTheirCostAndComeWhenAskedAnyway()
    {
        // Léa's laptop keeps files for a network that does not count data ("never" here: a phone plan).
        AppDevice pupil;
        QVERIFY(pupil.open(url(), m_pupil.member.login.toLower(), m_pupil.member.displayName, Role::Student, m_pupil.pin,
                           m_pupil.member.personId));
        QCOMPARE(pupil.policy->save(Continuite::MediaPolicy::Never, 0), QString());
        QVERIFY(pupil.policy->holdsFilesBack());

        // The teacher gives work with a short video of the board (its light version) and a worksheet.
        QTemporaryDir files;
        const QString video = files.filePath(u"tableau.webm"_s);
        {
            auto recorded = writeVideo(video);
            QVERIFY2(recorded.isEmpty(), qPrintable(recorded));
        }
        const QString sheet = QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/fiche-fractions.pdf");
        Store::AssignmentInput in;
        in.classId = m_classId;
        in.title = u"Exercice du tableau"_s;
        in.instructions = u"Regarde la vidéo, puis fais la fiche."_s;
        in.due = QDateTime::currentDateTimeUtc().addDays(3);
        in.attachmentPaths = {video, sheet};
        auto a = m_setup->store->createAssignment(in);
        QVERIFY2(a, qPrintable(a.error()));
        QVERIFY(m_setup->store->publishAssignment(a->meta.id));
        QVERIFY(m_setup->syncUntilClean());
        qint64 total = 0;
        for (const Attachment &f : a->attachments)
            total += f.size;
        const QString cost = AttachmentModel::costText(a->attachments);
        QVERIFY2(cost.contains(u"video"_s), qPrintable(cost));

        QVERIFY(pupil.syncNow());
        // The card says what the files cost before anything is spent.
        AssignmentModel cards;
        cards.setSession(pupil.session.get());
        int row = -1;
        for (int r = 0; r < cards.rowCount(); ++r)
            if (cards.data(cards.index(r), TodoModel::AssignmentIdRole).toString() == a->meta.id)
                row = r;
        QVERIFY2(row >= 0, "the work reached the pupil");
        QCOMPARE(cards.data(cards.index(row), TodoModel::DownloadCostTextRole).toString(), cost);

        // The answer page: the files listed, none here yet, what they weigh.
        AnswerController work;
        work.setSession(pupil.session.get());
        work.setAssignmentId(a->meta.id);
        QVERIFY(work.found());
        QCOMPARE(work.downloadCostText(), cost);
        QCOMPARE(work.attachments()->count(), 2);
        QCOMPARE(work.missingFiles().size(), 2);
        QCOMPARE(work.missingSizeText(), AttachmentModel::sizeText(total));
        // Another sync with the same policy brings nothing.
        QVERIFY(pupil.syncNow());
        QCOMPARE(work.missingFiles().size(), 2);

        // "Download anyway": both arrive at once, the policy stays as the family set it.
        QSignalSpy synced(pupil.sync.get(), &SyncController::syncFinished);
        QVERIFY(pupil.sync->downloadAnyway(work.missingFiles()));
        QVERIFY(synced.wait(Long));
        QVERIFY(synced.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(work.missingFiles().isEmpty(), 10000);
        QCOMPARE(work.missingSizeText(), QString());
        QVERIFY(work.attachments()->data(work.attachments()->index(0), AttachmentModel::AvailableRole).toBool());
        QCOMPARE(pupil.policy->mediaPolicy(), Continuite::MediaPolicy::Never);
    }
};

QTEST_MAIN(tst_MediaSync)
#include "tst_mediasync.moc"
