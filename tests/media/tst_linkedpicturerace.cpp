// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A picture a lesson's text links is checked (in the text's folder, a picture by its content) and then copied: if the
// copy opens the name again, someone who can write in that folder (a shared template folder, a USB stick) swaps the
// link in between and the copy takes what the check refused (review-media18, finding 2: ~/.ssh/id_ed25519 attached in
// 8 of 289 runs with --original). Here the attacker is made exact: an LD_PRELOAD shim (linkswap.cpp) swaps the link
// right after the first open of its name succeeded. The store's own linking and the CLI's (light copies and --original)
// must attach the picture that was checked, never what the link leads to afterwards. The controls: the same folder
// without the attacker attaches its picture, and the shim did swap each time (the link leads out afterwards).

#include "content/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {

const QByteArray TeacherPassword = "craie-et-tableau";

QByteArray sha256Of(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// How many swaps the shim made in this process (-1: the shim is not loaded, and the test proves nothing).
int swapsHere()
{
    using Count = int (*)();
    static const auto count = reinterpret_cast<Count>(dlsym(RTLD_DEFAULT, "continuite_test_link_swaps"));
    return count ? count() : -1;
}

/// The attacker's folder: a template with a symlink "alias.png" to its own picture, and ".swap", a symlink to
/// @p outside, ready to be renamed over "alias.png".
struct Template
{
    QString folder;
    QString link;
    QString picture;

    Template(const QString &root, const QString &name, const QString &outside)
        : folder(root + u'/' + name)
        , link(folder + u"/alias.png"_s)
        , picture(folder + u"/img/schema.png"_s)
    {
        QDir().mkpath(folder + u"/img"_s);
        QImage drawing(320, 200, QImage::Format_RGB32);
        drawing.fill(qRgb(30, 80, 200));
        drawing.save(picture, "png");
        QFile::link(picture, link);
        QFile::link(outside, folder + u"/.swap"_s);
    }
    /// The attacker waits for the first open of the link.
    void arm() const
    {
        qputenv("CONTINUITE_TEST_SWAP_PATH", link.toLocal8Bit());
        qputenv("CONTINUITE_TEST_SWAP_WITH", (folder + u"/.swap"_s).toLocal8Bit());
    }
    static void disarm()
    {
        qunsetenv("CONTINUITE_TEST_SWAP_PATH");
        qunsetenv("CONTINUITE_TEST_SWAP_WITH");
    }
    QString leadsTo() const { return QFileInfo(link).symLinkTarget(); }
    QString text() const { return u"Regarde ![le schéma](alias.png) avant la classe."_s; }
    QString writeBody() const
    {
        const QString body = folder + u"/modele.md"_s;
        writeFile(body, (u"# Le schéma\n\n## Avant la classe\n"_s + text() + u'\n').toUtf8());
        return body;
    }
};

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
    QString describe() const
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

} // namespace

class TestLinkedPictureRace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_key;   ///< the teacher's private key
    QString m_pupil; ///< another pupil's photo, a real picture

    Outcome cli(const QString &dataDir, const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(CONTINUITE_CLI));
        p.setArguments(QStringList{u"--data"_s, dataDir} + arguments + QStringList{u"--json"_s});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // LD_PRELOAD and the attacker's aim
        env.remove(u"CONTINUITE_SECRET"_s);
        p.setProcessEnvironment(env);
        Outcome o;
        p.start();
        if (!p.waitForStarted())
            return o;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            return o;
        }
        o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        o.out = p.readAllStandardOutput();
        o.err = p.readAllStandardError();
        o.json = QJsonDocument::fromJson(o.out).object();
        return o;
    }

    /// A CLI data folder with a teacher and her class; the class's id.
    QString cliClassroom(const QString &dataDir)
    {
        if (cli(dataDir, {u"profile"_s, u"add"_s, u"--login"_s, u"prof"_s, u"--name"_s, u"M. Prof"_s, u"--role"_s, u"teacher"_s,
                          u"--secret-stdin"_s}, TeacherPassword + '\n').exitCode != 0
            || cli(dataDir, {u"profile"_s, u"switch"_s, u"prof"_s}, TeacherPassword + '\n').exitCode != 0)
            return {};
        return cli(dataDir, {u"class"_s, u"create"_s, u"--name"_s, u"5e A"_s}).json.value(u"id"_s).toString();
    }

    /// The bytes of each blob the data folder's media store holds.
    static QList<QByteArray> blobs(const QString &dataDir)
    {
        QList<QByteArray> all;
        QDirIterator it(dataDir + u"/media/blobs"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            all << readAll(it.next());
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(swapsHere() >= 0, "the link-swapping shim is not loaded (LD_PRELOAD)");
        m_key = m_home.filePath(u".ssh/id_ed25519"_s);
        QVERIFY(writeFile(m_key, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n"));
        m_pupil = m_home.filePath(u"eleves/cahier-lea.jpg"_s);
        QDir().mkpath(m_home.filePath(u"eleves"_s));
        QImage page(1200, 900, QImage::Format_RGB32);
        page.fill(qRgb(200, 190, 170));
        QVERIFY(page.save(m_pupil, "jpeg", 90));
    }

    void cleanup() { Template::disarm(); }

    // The store's linking (what the CLI's --original and the demo use): a lesson and an assignment.
    void theStoreAttachesThePictureItChecked()
    {
        QTemporaryDir data;
        auto opened = Store::open(data.path());
        QVERIFY2(opened, qPrintable(opened.error()));
        std::unique_ptr<Store> store = std::move(opened).value();
        store->setCurrent(*store->addProfile(u"mme.martin"_s, u"Mme Martin"_s, Role::Teacher, u"demo-prof"_s));
        const SchoolClass cls = *store->createClass(u"6e B"_s);
        const QByteArray key = sha256Of(readAll(m_key));

        for (const bool lesson : {true, false}) {
            for (const bool attacked : {true, false}) {
                const QString what = u"%1%2"_s.arg(lesson ? u"lesson"_s : u"assignment"_s, attacked ? u", attacked"_s : u", control"_s);
                const Template t(m_home.path(), u"store-%1-%2"_s.arg(lesson).arg(attacked), m_key);
                const QByteArray picture = sha256Of(readAll(t.picture));
                const int swapsBefore = swapsHere();
                if (attacked)
                    t.arm();
                QList<Attachment> attachments;
                if (lesson) {
                    auto l = store->createLesson({cls.meta.id, u"Modèle"_s, {}, t.text(), {}, {}, {}, t.folder, {}, {}});
                    QVERIFY2(l, qPrintable(what + u": "_s + l.error()));
                    attachments = l->attachments;
                } else {
                    Store::AssignmentInput in;
                    in.classId = cls.meta.id;
                    in.title = u"Modèle"_s;
                    in.instructions = t.text();
                    in.markdownBaseDir = t.folder;
                    auto a = store->createAssignment(in);
                    QVERIFY2(a, qPrintable(what + u": "_s + a.error()));
                    attachments = a->attachments;
                }
                Template::disarm();
                QCOMPARE(attachments.size(), 1);
                QVERIFY2(attachments.first().sha256.toLatin1() != key, qPrintable(what + u": the private key was attached"_s));
                QVERIFY2(attachments.first().sha256.toLatin1() == picture, qPrintable(what + u": not the folder's picture"_s));
                // The attacker did act: the link leads out of the folder now.
                QCOMPARE(swapsHere(), swapsBefore + (attacked ? 1 : 0));
                QCOMPARE(t.leadsTo(), attacked ? m_key : t.picture);
            }
        }
        for (const QByteArray &blob : blobs(data.path()))
            QVERIFY2(sha256Of(blob) != key, "the private key is in the media store");
    }

    // The CLI: light copies (the swap aims at another pupil's photo, which would be made light and attached) and
    // --original (the swap aims at the key), in a lesson and an assignment.
    void theCliAttachesThePictureItChecked_data()
    {
        QTest::addColumn<bool>("original");
        QTest::addColumn<bool>("lesson");
        QTest::addColumn<bool>("attacked");
        for (const bool original : {false, true})
            for (const bool lesson : {true, false})
                for (const bool attacked : {true, false})
                    QTest::addRow("%s, %s, %s", original ? "--original" : "light", lesson ? "lesson" : "assignment",
                                  attacked ? "attacked" : "control")
                        << original << lesson << attacked;
    }
    void theCliAttachesThePictureItChecked()
    {
        QFETCH(bool, original);
        QFETCH(bool, lesson);
        QFETCH(bool, attacked);
        const QString data = m_home.filePath(u"cli-data-%1%2%3"_s.arg(original).arg(lesson).arg(attacked));
        const QString classId = cliClassroom(data);
        QVERIFY(!classId.isEmpty());
        const QString outside = original ? m_key : m_pupil;
        const Template t(m_home.path(), u"cli-%1%2%3"_s.arg(original).arg(lesson).arg(attacked), outside);
        const QString body = t.writeBody();
        QStringList args = lesson ? QStringList{u"lesson"_s, u"create"_s, u"--class"_s, classId, u"--body-file"_s, body}
                                  : QStringList{u"assignment"_s, u"create"_s, u"--class"_s, classId, u"--title"_s, u"Le schéma"_s,
                                                u"--instructions-file"_s, body};
        if (original)
            args << u"--original"_s;
        if (attacked)
            t.arm(); // for the CLI's process only: this one opens no such path
        const Outcome made = cli(data, args);
        Template::disarm();
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        QCOMPARE(t.leadsTo(), attacked ? outside : t.picture); // the attacker did act
        const QJsonArray attachments = made.json.value(u"attachments"_s).toArray();
        QVERIFY2(attachments.size() == 1, qPrintable(made.describe()));
        const QString sha = attachments.first()[u"sha256"_s].toString();
        const QByteArray stored = readAll(data + u"/media/blobs/"_s + sha.left(2) + u'/' + sha);
        QVERIFY2(!stored.isEmpty(), qPrintable(made.describe()));
        if (original) {
            QVERIFY2(sha256Of(stored) != sha256Of(readAll(m_key)), "the private key was attached");
            QCOMPARE(sha256Of(stored), sha256Of(readAll(t.picture)));
        } else {
            // The light copy is of the folder's drawing (320 × 200, blue), not of Léa's notebook (1200 × 900).
            const QImage copy = QImage::fromData(stored);
            QVERIFY2(copy.size() == QSize(320, 200), qPrintable(u"a light copy of %1 × %2 was attached"_s.arg(copy.width()).arg(copy.height())));
            QVERIFY(qBlue(copy.pixel(10, 10)) > 150);
        }
        for (const QByteArray &blob : blobs(data)) {
            QVERIFY2(sha256Of(blob) != sha256Of(readAll(m_key)), "the private key is in the media store");
            QVERIFY2(sha256Of(blob) != sha256Of(readAll(m_pupil)), "Léa's photo is in the media store");
        }
    }
};

QTEST_GUILESS_MAIN(TestLinkedPictureRace)
#include "tst_linkedpicturerace.moc"
