// Sync benchmark on the GOALS.md class workload (150 lessons ≈10 KB, 60 assignments ≈1.5 KB,
// 30 students × 60 submissions ≈1 KB; generated deterministically from a seed), the real hub on
// loopback, the real client engine, and the fault-injecting proxy as the link (20 KB/s, 300 ms RTT
// where a figure asks for the 2G link). Bytes are those the proxy forwarded: what crossed the wire,
// headers included. Prints a Markdown table.
//
//   bench-sync [--quick]     (--quick skips the 2G first sync, which takes about a minute)

#include "content/secrets.h"
#include "sync/client/hubrequests.h"
#include "synctestkit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTextStream>

using namespace SyncTest;

namespace {

const QString TeacherLogin = u"mme.lefebvre"_s;
const QString TeacherPassword = u"annee-scolaire-2026"_s;
constexpr quint32 Seed = 20260901;

QTextStream out(stdout);

/// French-looking Markdown of about @p bytes, the same for the same generator state.
QString frenchMarkdown(QRandomGenerator &rng, int bytes, const QString &title)
{
    static const QStringList words{
        u"la"_s, u"fraction"_s, u"unité"_s, u"partage"_s, u"en"_s, u"parts"_s, u"égales"_s, u"numérateur"_s,
        u"dénominateur"_s, u"nous"_s, u"observons"_s, u"que"_s, u"le"_s, u"nombre"_s, u"droite"_s, u"graduée"_s,
        u"chaque"_s, u"élève"_s, u"compare"_s, u"deux"_s, u"trois"_s, u"quarts"_s, u"moitié"_s, u"tiers"_s,
        u"exercice"_s, u"rédige"_s, u"explique"_s, u"pourquoi"_s, u"car"_s, u"donc"_s, u"ainsi"_s, u"des"_s,
        u"une"_s, u"est"_s, u"sont"_s, u"plus"_s, u"grand"_s, u"petit"_s, u"problème"_s, u"mesure"_s,
        u"longueur"_s, u"segment"_s, u"écriture"_s, u"décimale"_s, u"calcul"_s, u"mental"_s, u"méthode"_s,
        u"schéma"_s, u"tableau"_s, u"résultat"_s, u"vérifie"_s, u"avec"_s, u"ton"_s, u"voisin"_s, u"cahier"_s,
        u"leçon"_s, u"à"_s, u"retenir"_s, u"énoncé"_s, u"réponse"_s, u"hypothèse"_s, u"géométrie"_s};
    QString md = u"# "_s + title + u"\n\n"_s;
    int section = 1;
    while (md.size() < bytes) {
        if (rng.bounded(8) == 0)
            md += u"\n## Partie %1\n\n"_s.arg(section++);
        const int sentences = 2 + int(rng.bounded(4));
        for (int s = 0; s < sentences; ++s) {
            const int n = 6 + int(rng.bounded(12));
            QString sentence;
            for (int w = 0; w < n; ++w) {
                if (w)
                    sentence += u' ';
                sentence += words.at(int(rng.bounded(words.size())));
            }
            sentence[0] = sentence[0].toUpper();
            if (rng.bounded(5) == 0)
                sentence += u" : %1/%2"_s.arg(1 + rng.bounded(9)).arg(2 + rng.bounded(10));
            md += sentence + (rng.bounded(6) == 0 ? u" ?"_s : u"."_s) + u' ';
        }
        md += rng.bounded(4) == 0 ? u"\n\n- "_s : u"\n\n"_s;
    }
    return md.left(bytes);
}

struct Figure
{
    QString what;
    int requests = 0;
    qint64 up = 0;
    qint64 down = 0;
    qint64 ms = 0;
    QString note;
};
QList<Figure> g_figures;

void record(const QString &what, FaultProxy &proxy, const SyncReport &r, qint64 ms, const QString &note = {})
{
    g_figures.append({what, r.requests, proxy.bytesUp(), proxy.bytesDown(), ms, note});
    out << "  " << what << ": " << r.requests << " requests, " << proxy.bytesUp() << " B up, " << proxy.bytesDown()
        << " B down, " << ms << " ms " << note << (r.errors.isEmpty() ? QString() : u" errors: "_s + r.errors.join(u"; "_s))
        << Qt::endl;
}

void link2G(FaultProxy &proxy)
{
    proxy.clearFaults();
    proxy.setRate(20 * 1000);
    proxy.setLatency(std::chrono::milliseconds(150));
}

SyncReport timedSync(SyncEngine &engine, const Profile &p, qint64 *ms)
{
    QElapsedTimer t;
    t.start();
    auto r = engine.sync(p);
    *ms = t.elapsed();
    if (!r)
        qFatal("sync did not start: %s", qPrintable(r.error()));
    return *r;
}

SyncEngine::Options benchOptions(bool media = true)
{
    SyncEngine::Options o;
    o.media = media;
    o.transport.stallSeconds = 20;
    o.transport.backoffBaseMs = 100;
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    QTemporaryDir files;
    QRandomGenerator rng(Seed);

    HubProcess hub;
    hub.addTeacher(TeacherLogin, TeacherPassword);
    const QString direct = u"http://127.0.0.1:%1"_s.arg(hub.port());
    FaultProxy proxy;
    if (!proxy.start(u"127.0.0.1"_s, quint16(hub.port())))
        qFatal("proxy");
    const QString viaProxy = u"http://127.0.0.1:%1"_s.arg(proxy.port());

    // ---- The class workload, written by the teacher's desktop and by the students' devices ----------
    out << "Generating the class workload (seed " << Seed << ")..." << Qt::endl;
    Device desk({}, benchOptions());
    if (!desk.login(direct, TeacherLogin, TeacherPassword))
        qFatal("login");
    const QString classId = desk.store->createClass(u"6e B"_s)->meta.id;
    const QString pinHash = Secrets::hash(u"4821"_s);
    QList<Member> students;
    for (int i = 0; i < 30; ++i)
        students << *desk.store->addMember(classId, newUuid(), Role::Student, u"Élève %1"_s.arg(i + 1),
                                           u"eleve%1"_s.arg(i + 1, 2, 10, QChar(u'0')), pinHash);
    QStringList assignmentIds;
    qint64 textBytes = 0;
    for (int i = 0; i < 150; ++i) {
        Store::LessonInput in;
        in.classId = classId;
        in.title = u"Séance %1"_s.arg(i + 1);
        in.beforeClass = frenchMarkdown(rng, 10 * 1024, in.title);
        textBytes += in.beforeClass.toUtf8().size();
        const auto l = desk.store->createLesson(in);
        (void)desk.store->publishLesson(l->meta.id);
    }
    for (int i = 0; i < 60; ++i) {
        Store::AssignmentInput in;
        in.classId = classId;
        in.title = u"Devoir %1"_s.arg(i + 1);
        in.instructions = frenchMarkdown(rng, 1536, in.title);
        textBytes += in.instructions.toUtf8().size();
        const auto a = desk.store->createAssignment(in);
        assignmentIds << desk.store->publishAssignment(a->meta.id)->meta.id;
    }
    desk.sync();
    // Students hand in their work from their own devices (the hub accepts a student's work only from them).
    HttpTransport studentLink(direct);
    for (int s = 0; s < 30; ++s) {
        LoginRequest login;
        login.login = students[s].login;
        login.password = u"4821"_s;
        login.deviceId = newUuid();
        login.deviceName = u"bench"_s;
        if (!login.run(studentLink))
            qFatal("student login: %s", qPrintable(login.failure.message));
        studentLink.setToken(login.answer.token);
        SyncRoundTrip trip;
        for (int k = 0; k < 60; ++k) {
            Change c;
            c.id = newUuid();
            c.kind = u"submission"_s;
            c.row = newUuid();
            c.classId = classId;
            c.hlc = HlcTimestamp{QDateTime::currentMSecsSinceEpoch(), quint32(k), login.deviceId}.toString();
            c.author = login.answer.personId;
            c.device = login.deviceId;
            const QString text = frenchMarkdown(rng, 1024, u"Réponse"_s);
            textBytes += text.toUtf8().size();
            c.fields = {{u"assignment_id"_s, assignmentIds.at(k)}, {u"student"_s, login.answer.personId}, {u"text"_s, text},
                        {u"device_time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
            trip.changes.append(c.toJson());
        }
        if (!trip.run(studentLink) || trip.verdicts.size() != 60)
            qFatal("student push: %s", qPrintable(trip.failure.message));
    }
    out << "  2,010 records, " << textBytes << " bytes of text" << Qt::endl;

    // ---- First sync of the class workload: a teacher's new laptop ------------------------------------
    out << "First sync of the class workload" << Qt::endl;
    {
        Device laptop({}, benchOptions());
        if (!laptop.login(viaProxy, TeacherLogin, TeacherPassword))
            qFatal("login");
        proxy.clearFaults();
        proxy.resetCounters();
        qint64 ms = 0;
        const SyncReport r = timedSync(*laptop.engine, laptop.profile, &ms);
        const double rate = r.applyMilliseconds > 0 ? 1000.0 * r.recordsApplied / double(r.applyMilliseconds) : 0;
        record(u"first sync, no link cap"_s, proxy, r, ms,
               u"%1 records applied at %2 records/s"_s.arg(r.recordsApplied).arg(qRound64(rate)));
    }
    if (!quick) {
        Device laptop({}, benchOptions());
        if (!laptop.login(viaProxy, TeacherLogin, TeacherPassword))
            qFatal("login");
        link2G(proxy);
        proxy.resetCounters();
        qint64 ms = 0;
        const SyncReport r = timedSync(*laptop.engine, laptop.profile, &ms);
        record(u"first sync, 2G link"_s, proxy, r, ms);
        proxy.clearFaults();
    }

    // ---- A student's device: empty sync and daily delta on the 2G link --------------------------------
    out << "Student device on a 2G link" << Qt::endl;
    Device phone({}, benchOptions());
    if (!phone.login(viaProxy, students[0].login, u"4821"_s))
        qFatal("student login");
    proxy.clearFaults();
    if (!phone.syncUntilClean())
        qFatal("student first sync");
    {
        link2G(proxy);
        proxy.resetCounters();
        qint64 ms = 0;
        const SyncReport r = timedSync(*phone.engine, phone.profile, &ms);
        record(u"empty sync, 2G link"_s, proxy, r, ms);
    }
    {
        // The teacher publishes the day's lesson (10 KB + a 200 KB image) and an assignment.
        proxy.clearFaults();
        const QString image = writeFile(files.path(), u"schema.png"_s, pseudoRandomBytes(200 * 1024, Seed));
        Store::LessonInput in;
        in.classId = classId;
        in.title = u"Séance du jour"_s;
        in.beforeClass = frenchMarkdown(rng, 10 * 1024, in.title);
        in.attachmentPaths = {image};
        const auto l = desk.store->createLesson(in);
        (void)desk.store->publishLesson(l->meta.id);
        Store::AssignmentInput ai;
        ai.classId = classId;
        ai.title = u"Devoir du jour"_s;
        ai.instructions = frenchMarkdown(rng, 1536, ai.title);
        const auto a = desk.store->createAssignment(ai);
        (void)desk.store->publishAssignment(a->meta.id);
        desk.sync();
        // The student hands in yesterday's work, then syncs: records first (GOALS' daily delta), then the image.
        (void)phone.store->submit({assignmentIds.first(), frenchMarkdown(rng, 1024, u"Réponse"_s), {}, {}});
        link2G(proxy);
        proxy.resetCounters();
        SyncEngine recordsOnly(*phone.store, benchOptions(false));
        qint64 ms = 0;
        SyncReport r = timedSync(recordsOnly, phone.profile, &ms);
        record(u"daily delta, records (1 lesson + 1 assignment down, 1 submission up), 2G"_s, proxy, r, ms);
        proxy.resetCounters();
        r = timedSync(*phone.engine, phone.profile, &ms);
        record(u"daily delta, the 200 KB image after the records, 2G"_s, proxy, r, ms);
    }
    proxy.clearFaults();

    // ---- Bytes sent again after a cut in the middle of a 5 MB download ---------------------------------
    out << "Cut in the middle of a 5 MB download" << Qt::endl;
    {
        const QString video = writeFile(files.path(), u"video.mp4"_s, pseudoRandomBytes(5 * 1024 * 1024, Seed + 1));
        Store::LessonInput in;
        in.classId = classId;
        in.title = u"Vidéo"_s;
        in.attachmentPaths = {video};
        (void)desk.store->publishLesson(desk.store->createLesson(in)->meta.id);
        desk.sync();
        qint64 baseline = 0;
        for (bool cut : {false, true}) {
            Device d({}, benchOptions());
            d.login(viaProxy, students[1].login, u"4821"_s);
            SyncEngine recordsOnly(*d.store, benchOptions(false));
            (void)recordsOnly.sync(d.profile);
            proxy.resetCounters();
            if (cut)
                proxy.setCutAfter(FaultProxy::Direction::Down, 5 * 1024 * 1024 / 2, FaultProxy::FaultScope::Once);
            qint64 ms = 0;
            const SyncReport r = timedSync(*d.engine, d.profile, &ms);
            proxy.clearFaults();
            if (!cut) {
                baseline = proxy.bytesDown();
                record(u"5 MB download, no cut"_s, proxy, r, ms);
            } else {
                record(u"5 MB download, cut at 2.5 MB then resumed"_s, proxy, r, ms,
                       u"%1 bytes down more than without the cut"_s.arg(proxy.bytesDown() - baseline));
            }
        }
    }

    // ---- Bytes sent again after a cut in the middle of a 500-change pull --------------------------------
    out << "Cut in the middle of a 500-change pull" << Qt::endl;
    {
        const QString other = desk.store->createClass(u"5e A"_s)->meta.id;
        const auto student = *desk.store->addMember(other, newUuid(), Role::Student, u"Élève 5e"_s, u"eleve5e01"_s, pinHash);
        for (int i = 0; i < 498; ++i) {
            Store::AssignmentInput in;
            in.classId = other;
            in.title = u"Exercice %1"_s.arg(i + 1);
            in.instructions = frenchMarkdown(rng, 1024, in.title);
            (void)desk.store->publishAssignment(desk.store->createAssignment(in)->meta.id);
        }
        desk.sync();
        qint64 baseline = 0;
        for (double at : {0.0, 0.2, 0.35, 0.5, 0.65, 0.8}) {
            Device d({}, benchOptions());
            d.login(viaProxy, student.login, u"4821"_s);
            proxy.resetCounters();
            if (at > 0)
                proxy.setCutAfter(FaultProxy::Direction::Down, qint64(double(baseline) * at), FaultProxy::FaultScope::Once);
            qint64 ms = 0;
            const SyncReport r = timedSync(*d.engine, d.profile, &ms);
            proxy.clearFaults();
            if (at == 0) {
                baseline = proxy.bytesDown();
                record(u"500-change pull, no cut"_s, proxy, r, ms, u"%1 changes received"_s.arg(r.changesReceived));
            } else {
                record(u"500-change pull, cut at %1 % of it, then resumed"_s.arg(qRound(at * 100)), proxy, r, ms,
                       u"%1 bytes down more than without the cut"_s.arg(proxy.bytesDown() - baseline));
            }
        }
    }

    out << "\n| what | requests | bytes up | bytes down | total | time (ms) | note |\n|---|---|---|---|---|---|---|\n";
    for (const Figure &f : std::as_const(g_figures))
        out << "| " << f.what << " | " << f.requests << " | " << f.up << " | " << f.down << " | " << f.up + f.down << " | "
            << f.ms << " | " << f.note << " |\n";
    out.flush();
    return 0;
}
