// The models and controllers behind the screens, on a real store filled with the demo course,
// each under QAbstractItemModelTester.
#include "attachmentmodel.h"
#include "democourse.h"
#include "lessonmodel.h"
#include "lessonreader.h"
#include "profilemodel.h"
#include "session.h"

#include "content/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoCourse m_demo;

    QVariant roleOf(const QAbstractItemModel &model, int row, int role) { return model.data(model.index(row, 0), role); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto store = Continuite::Store::open(m_dir.path());
        QVERIFY2(store, qPrintable(store.error()));
        m_demo = DemoCourse::fill(**store, QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo"));
        QVERIFY2(m_demo.error.isEmpty(), qPrintable(m_demo.error));
    }

    void sessionOpensTheStore()
    {
        Session session(nullptr);
        QSignalSpy opened(&session, &Session::storeChanged);
        session.setDataDir(m_dir.path());
        QCOMPARE(opened.count(), 1);
        QVERIFY(session.isReady());
        QVERIFY(session.error().isEmpty());
        QVERIFY(!session.isUnlocked());
    }

    void sessionUnlock_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");
        QTest::newRow("right PIN") << u"lea"_s << u"1234"_s << true << QString();
        QTest::newRow("wrong PIN") << u"lea"_s << u"1235"_s << false << u"Wrong PIN for lea."_s;
        QTest::newRow("another's PIN") << u"lea"_s << u"5678"_s << false << u"Wrong PIN for lea."_s;
        QTest::newRow("empty PIN") << u"hugo"_s << QString() << false << u"Type your PIN, then press Enter."_s;
        QTest::newRow("teacher password") << u"mme.martin"_s << u"demo-prof"_s << true << QString();
        QTest::newRow("teacher wrong password") << u"mme.martin"_s << u"1234"_s << false << u"Wrong password for mme.martin."_s;
        QTest::newRow("unknown person") << u"zoe"_s << u"1234"_s << false << u"There is no profile \"zoe\" on this device."_s;
    }
    void sessionUnlock()
    {
        QFETCH(QString, login);
        QFETCH(QString, secret);
        QFETCH(bool, ok);
        QFETCH(QString, error);
        Session session(nullptr);
        session.setDataDir(m_dir.path());
        QSignalSpy current(&session, &Session::currentChanged);
        QCOMPARE(session.unlock(login, secret), ok);
        QCOMPARE(session.isUnlocked(), ok);
        QCOMPARE(session.error(), error);
        QCOMPARE(current.count(), ok ? 1 : 0);
        if (ok) {
            QCOMPARE(session.currentLogin(), login);
            QCOMPARE(session.lastLogin(), login);
            session.lock();
            QVERIFY(!session.isUnlocked());
            QCOMPARE(current.count(), 2);
        }
    }

    void sessionReportsAStoreThatCannotOpen()
    {
        QTemporaryDir dir;
        QFile notADirectory(dir.filePath(u"file"_s));
        QVERIFY(notADirectory.open(QIODevice::WriteOnly));
        notADirectory.write("x");
        notADirectory.close();
        Session session(nullptr);
        session.setDataDir(notADirectory.fileName());
        QVERIFY(!session.isReady());
        QVERIFY(!session.error().isEmpty());
        QVERIFY(!session.unlock(u"lea"_s, u"1234"_s));
    }

    void profileModel()
    {
        Session session(nullptr);
        session.setDataDir(m_dir.path());
        ProfileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.count(), 4);

        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << roleOf(model, row, ProfileModel::DisplayNameRole).toString();
        // The teacher signed in last (sessionUnlock): her card first, then everyone by name.
        QCOMPARE(session.lastLogin(), u"mme.martin"_s);
        QCOMPARE(names, (QStringList{u"Mme Martin"_s, u"Hugo Bernard"_s, u"Inès Lefèvre"_s, u"Léa Dubois"_s}));

        const int lea = model.indexOf(u"lea"_s);
        QVERIFY(lea >= 0);
        QCOMPARE(model.loginAt(lea), u"lea"_s);
        QCOMPARE(roleOf(model, lea, ProfileModel::InitialsRole).toString(), u"LD"_s);
        QCOMPARE(roleOf(model, lea, ProfileModel::IsTeacherRole).toBool(), false);
        QCOMPARE(roleOf(model, lea, ProfileModel::NeedsSecretRole).toBool(), true);
        QCOMPARE(roleOf(model, lea, ProfileModel::RoleTextRole).toString(), u"Student"_s);
        const int teacher = model.indexOf(u"mme.martin"_s);
        QCOMPARE(roleOf(model, teacher, ProfileModel::IsTeacherRole).toBool(), true);
        QCOMPARE(roleOf(model, teacher, ProfileModel::RoleTextRole).toString(), u"Teacher"_s);

        // Whoever used the device last comes first, marked as such.
        QVERIFY(session.unlock(u"ines"_s, u"2468"_s));
        QCOMPARE(model.loginAt(0), u"ines"_s);
        QCOMPARE(roleOf(model, 0, ProfileModel::LastUsedRole).toBool(), true);
        QCOMPARE(roleOf(model, 1, ProfileModel::LastUsedRole).toBool(), false);
        QCOMPARE(model.indexOf(u"nobody"_s), -1);
        QCOMPARE(model.loginAt(99), QString());
        const auto roles = model.roleNames();
        QCOMPARE(roles.value(ProfileModel::LoginRole), QByteArray("login"));
    }

    void lessonModelForAStudent()
    {
        Session session(nullptr);
        session.setDataDir(m_dir.path());
        LessonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 0); // nobody unlocked: nothing to show

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(session.unlock(u"hugo"_s, u"5678"_s));
        QVERIFY(reset.count() >= 1);
        QCOMPARE(model.rowCount(), 3); // the draft is the teacher's only
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(roleOf(model, row, LessonModel::LessonIdRole).toString(), m_demo.lessonIds.at(row));
            QCOMPARE(roleOf(model, row, LessonModel::PositionRole).toInt(), row + 1);
            QCOMPARE(roleOf(model, row, LessonModel::ClassNameRole).toString(), u"6e B — Mathématiques"_s);
            QCOMPARE(roleOf(model, row, LessonModel::AttachmentCountRole).toInt(), 2);
            QVERIFY(roleOf(model, row, LessonModel::PlannedDateRole).toDate().isValid());
            QVERIFY(!roleOf(model, row, LessonModel::PlannedDateTextRole).toString().isEmpty());
            QVERIFY(!roleOf(model, row, LessonModel::SummaryRole).toString().isEmpty());
        }
        QCOMPARE(roleOf(model, 0, LessonModel::TitleRole).toString(), u"Partager l'unité : qu'est-ce qu'une fraction ?"_s);
        QCOMPARE(roleOf(model, 2, LessonModel::TitleRole).toString(), u"Fractions égales et comparaison de fractions"_s);
        QCOMPARE(model.indexOf(m_demo.draftLessonId), -1);
        QCOMPARE(model.lessonIdAt(1), m_demo.lessonIds.at(1));
        QCOMPARE(model.lessonIdAt(3), QString());

        // Hugo starts lesson 2 and finishes lesson 3: the list follows.
        QCOMPARE(roleOf(model, 1, LessonModel::StateRole).toString(), u"new"_s);
        QCOMPARE(roleOf(model, 1, LessonModel::StateTextRole).toString(), u"To read"_s);
        LessonReader reader;
        reader.setSession(&session);
        reader.setLessonId(m_demo.lessonIds.at(1));
        QVERIFY(reader.markOpened());
        QCOMPARE(roleOf(model, 1, LessonModel::StateRole).toString(), u"opened"_s);
        reader.setLessonId(m_demo.lessonIds.at(2));
        QVERIFY(reader.markOpened());
        QVERIFY(reader.markCompleted());
        QCOMPARE(roleOf(model, 2, LessonModel::StateRole).toString(), u"completed"_s);
        QCOMPARE(roleOf(model, 2, LessonModel::StateTextRole).toString(), u"Done"_s);
        QCOMPARE(roleOf(model, 0, LessonModel::StateRole).toString(), u"new"_s);

        // Another student sees none of Hugo's progress.
        session.lock();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(session.unlock(u"lea"_s, u"1234"_s));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(roleOf(model, 2, LessonModel::StateRole).toString(), u"new"_s);
    }

    void lessonModelForTheTeacher()
    {
        Session session(nullptr);
        session.setDataDir(m_dir.path());
        LessonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QVERIFY(session.unlock(u"mme.martin"_s, u"demo-prof"_s));
        QCOMPARE(model.rowCount(), 4);
        const int draft = model.indexOf(m_demo.draftLessonId);
        QCOMPARE(draft, 3);
        QCOMPARE(roleOf(model, draft, LessonModel::StateRole).toString(), u"draft"_s);
        QCOMPARE(roleOf(model, draft, LessonModel::StateTextRole).toString(), u"Draft"_s);
        QCOMPARE(roleOf(model, 0, LessonModel::StateRole).toString(), u"published"_s);
    }

    void lessonReader()
    {
        Session session(nullptr);
        session.setDataDir(m_dir.path());
        QVERIFY(session.unlock(u"ines"_s, u"2468"_s));
        LessonReader reader;
        QSignalSpy changed(&reader, &LessonReader::lessonChanged);
        reader.setSession(&session);
        reader.setLessonId(m_demo.lessonIds.at(0));
        QVERIFY(changed.count() >= 1);
        QVERIFY(reader.found());
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(reader.title(), u"Partager l'unité : qu'est-ce qu'une fraction ?"_s);
        QCOMPARE(reader.className(), u"6e B — Mathématiques"_s);
        QVERIFY(!reader.plannedDateText().isEmpty());
        QVERIFY(reader.tracksProgress());
        QVERIFY(!reader.completed());
        // The three sections, with the image link pointing at the blob on this device.
        QVERIFY(reader.beforeClass().contains(u"Observe bien cette pizza"_s));
        QVERIFY(reader.beforeClass().contains(u"file://"_s));
        QVERIFY(!reader.beforeClass().contains(u"media:"_s));
        QVERIFY(reader.inClass().contains(u"| Fraction | Se lit |"_s));
        QVERIFY(reader.afterClass().contains(u"quiz"_s));

        AttachmentModel *files = reader.attachments();
        QAbstractItemModelTester tester(files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(files->rowCount(), 2);
        QCOMPARE(files->data(files->index(0, 0), AttachmentModel::NameRole).toString(), u"pizza.png"_s);
        QCOMPARE(files->data(files->index(0, 0), AttachmentModel::KindRole).toString(), u"image"_s);
        QCOMPARE(files->data(files->index(1, 0), AttachmentModel::NameRole).toString(), u"fiche-fractions.pdf"_s);
        QCOMPARE(files->data(files->index(1, 0), AttachmentModel::KindRole).toString(), u"pdf"_s);
        QCOMPARE(files->data(files->index(1, 0), AttachmentModel::KindTextRole).toString(), u"PDF document"_s);
        QCOMPARE(files->data(files->index(1, 0), AttachmentModel::MimeRole).toString(), u"application/pdf"_s);
        const qint64 pdfSize = QFileInfo(QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/fiche-fractions.pdf")).size();
        QCOMPARE(files->data(files->index(1, 0), AttachmentModel::SizeRole).toLongLong(), pdfSize);
        QVERIFY(files->data(files->index(1, 0), AttachmentModel::SizeTextRole).toString().endsWith(u" KB"_s));
        QVERIFY(files->data(files->index(1, 0), AttachmentModel::AvailableRole).toBool());
        const QUrl url = files->data(files->index(1, 0), AttachmentModel::UrlRole).toUrl();
        QVERIFY(url.isLocalFile());
        QCOMPARE(QFileInfo(url.toLocalFile()).size(), pdfSize);

        // Marking done is remembered.
        QVERIFY(reader.markCompleted());
        QVERIFY(reader.completed());
        LessonReader again;
        again.setSession(&session);
        again.setLessonId(m_demo.lessonIds.at(0));
        QVERIFY(again.completed());

        // A draft is not for students: the reader says so.
        reader.setLessonId(m_demo.draftLessonId);
        QVERIFY(!reader.found());
        QVERIFY(!reader.error().isEmpty());
        QCOMPARE(files->rowCount(), 0);
        QVERIFY(!reader.markOpened());
    }

    void teacherDoesNotRecordProgress()
    {
        Session session(nullptr);
        session.setDataDir(m_dir.path());
        QVERIFY(session.unlock(u"mme.martin"_s, u"demo-prof"_s));
        LessonReader reader;
        reader.setSession(&session);
        reader.setLessonId(m_demo.draftLessonId);
        QVERIFY(reader.found());
        QVERIFY(!reader.tracksProgress());
        QVERIFY(!reader.markCompleted());
    }

    void sizeText_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("bytes") << qint64(512) << u"512 bytes"_s;
        QTest::newRow("kilobytes") << qint64(12'345) << u"12 KB"_s;
        QTest::newRow("megabytes") << qint64(3'400'000) << u"3.4 MB"_s;
        QTest::newRow("gigabytes") << qint64(2'500'000'000) << u"2.5 GB"_s;
    }
    void sizeText()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(AttachmentModel::sizeText(bytes), text);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
