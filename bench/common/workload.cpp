// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "bench/common/workload.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

#include <sys/resource.h>

namespace Continuite::Bench {

using namespace Qt::StringLiterals;

namespace {
const QStringList Words = {
    u"fraction"_s, u"numérateur"_s, u"dénominateur"_s, u"partage"_s, u"unité"_s, u"égal"_s, u"moitié"_s, u"quart"_s,
    u"tiers"_s, u"droite"_s, u"graduée"_s, u"comparer"_s, u"élève"_s, u"exercice"_s, u"réponse"_s, u"calcul"_s,
    u"problème"_s, u"méthode"_s, u"exemple"_s, u"résultat"_s, u"pizza"_s, u"gâteau"_s, u"ruban"_s, u"mètre"_s,
    u"la"_s, u"le"_s, u"les"_s, u"une"_s, u"des"_s, u"et"_s, u"est"_s, u"sont"_s, u"pour"_s, u"avec"_s, u"dans"_s,
    u"on"_s, u"que"_s, u"qui"_s, u"chaque"_s, u"plus"_s, u"moins"_s, u"grand"_s, u"petit"_s, u"très"_s, u"déjà"_s};

QString sentence(QRandomGenerator &rng, int words)
{
    QString s;
    for (int i = 0; i < words; ++i) {
        QString w = Words.at(int(rng.bounded(quint32(Words.size()))));
        if (i == 0)
            w[0] = w.at(0).toUpper();
        s += (i ? u" "_s : QString()) + w;
    }
    return s + u". "_s;
}
} // namespace

QString frenchMarkdown(quint32 seed, int bytes)
{
    QRandomGenerator rng(seed);
    QString md;
    int section = 0;
    while (md.toUtf8().size() < bytes) {
        if (md.isEmpty() || rng.bounded(6) == 0)
            md += u"\n### Partie %1\n\n"_s.arg(++section);
        if (rng.bounded(4) == 0)
            md += u"- "_s + sentence(rng, 6 + int(rng.bounded(6))) + u"\n"_s;
        else
            md += sentence(rng, 8 + int(rng.bounded(14))) + u"\n"_s;
    }
    return md;
}

Result<WorkloadSummary> generateWorkload(Store &store, const WorkloadSpec &spec)
{
    using R = Result<WorkloadSummary>;
    WorkloadSummary summary;
    summary.teacherPassword = u"bench-password"_s;
    auto teacher = store.addProfile(u"prof.bench"_s, u"Mme Bench"_s, Role::Teacher, summary.teacherPassword);
    if (!teacher)
        return R::failure(teacher.error());
    store.setCurrent(*teacher);
    summary.teacherLogin = teacher->login;
    auto cls = store.createClass(u"6e B — Mathématiques"_s);
    if (!cls)
        return R::failure(cls.error());
    summary.classId = cls->meta.id;

    QStringList lessonIds;
    for (int i = 0; i < spec.lessons; ++i) {
        const quint32 s = spec.seed * 1000 + quint32(i);
        const int third = spec.lessonBytes / 3;
        auto l = store.createLesson({cls->meta.id, u"Leçon %1 : les fractions"_s.arg(i + 1), u"Résumé de la leçon %1"_s.arg(i + 1),
                                     frenchMarkdown(s, third), frenchMarkdown(s + 500000, third), frenchMarkdown(s + 900000, third),
                                     {}, {}, QDate(2020, 9, 1).addDays(i), {}});
        if (!l)
            return R::failure(l.error());
        if (auto p = store.publishLesson(l->meta.id); !p)
            return R::failure(p.error());
        lessonIds << l->meta.id;
        summary.textBytes += l->beforeClass.toUtf8().size() + l->inClass.toUtf8().size() + l->afterClass.toUtf8().size();
        ++summary.lessons;
    }
    QStringList assignmentIds;
    for (int i = 0; i < spec.assignments; ++i) {
        Store::AssignmentInput in;
        in.classId = cls->meta.id;
        in.lessonId = lessonIds.isEmpty() ? QString() : lessonIds.at(i % lessonIds.size());
        in.title = u"Devoir %1"_s.arg(i + 1);
        in.instructions = frenchMarkdown(spec.seed * 7000 + quint32(i), spec.assignmentBytes);
        in.due = QDateTime(QDate(2020, 9, 3).addDays(i * 5), QTime(18, 0), Qt::UTC);
        auto a = store.createAssignment(in);
        if (!a)
            return R::failure(a.error());
        if (auto p = store.publishAssignment(a->meta.id); !p)
            return R::failure(p.error());
        assignmentIds << a->meta.id;
        summary.textBytes += in.instructions.toUtf8().size();
        ++summary.assignments;
    }
    QList<Profile> students;
    for (int i = 0; i < spec.students; ++i) {
        const QString person = newUuid();
        const QString login = u"eleve%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        auto m = store.addMember(cls->meta.id, person, Role::Student, u"Élève %1"_s.arg(i + 1), login, spec.studentPinHash);
        if (!m)
            return R::failure(m.error());
        auto p = store.addProfile(login, u"Élève %1"_s.arg(i + 1), Role::Student, {}, person);
        if (!p)
            return R::failure(p.error());
        students << *p;
        summary.studentLogins << login;
    }
    for (int i = 0; i < students.size(); ++i) {
        store.setCurrent(students.at(i));
        for (int j = 0; j < spec.submissionsPerStudent && !assignmentIds.isEmpty(); ++j) {
            const QString text = frenchMarkdown(spec.seed * 90000 + quint32(i * 1000 + j), spec.submissionBytes);
            auto s = store.submit({assignmentIds.at(j % assignmentIds.size()), text, {}, {}});
            if (!s)
                return R::failure(s.error());
            summary.textBytes += text.toUtf8().size();
            ++summary.submissions;
        }
    }
    store.setCurrent(*teacher);
    return summary;
}

Status attachYearMedia(Store &store, const QString &classId, const QString &scratchDir)
{
    QStringList media;
    for (const QString &name : {u"pizza.png"_s, u"droite-graduee.png"_s, u"mur-des-fractions.png"_s, u"fiche-fractions.pdf"_s})
        media << QStringLiteral(CONTINUITE_SOURCE_DIR) + u"/content/demo/media/"_s + name;
    QRandomGenerator random(2020);
    for (int i = 0; i < 6; ++i) {
        const QString path = QDir(scratchDir).filePath(u"scan-%1.jpg"_s.arg(i + 1));
        QByteArray bytes(512 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return Status::failure(u"cannot write "_s + path);
        media << path;
    }
    const QList<Lesson> lessons = store.lessons(classId);
    for (int i = 0; i < media.size(); ++i)
        if (auto l = store.attachToLesson(lessons.at(i * 7).meta.id, {media.at(i)}); !l)
            return Status::failure(l.error());
    return success();
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace Continuite::Bench
