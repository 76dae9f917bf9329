// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A child process for tst_mediamemory: a class pack printed (PackPrinter, as continuite-print does, in French) with
// pictures that came into the store as they are, as a blob received from a hub or a USB pack does (no light copy made
// here), then what that cost in memory (VmHWM, as continuite-mediapeak says why).
//
//   continuite-printpeak text|attached PDF PICTURE...
// A fresh store with a teacher, a class and a student; one published lesson. "text": its text names each picture,
// "![pN](media:SHA)"; "attached": each picture is attached to it under its file's name (as an image/… file).
// Prints one JSON object: {"ok", "error", "maxrss_kb", "unreadable" (videos the summary says could not be read),
// "notPrinted" (the sentences it gives for the pictures not printed)}.
#include "app/print/packprinter.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Continuite;

namespace {
qint64 peakKb()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int fail(const QString &why)
{
    QTextStream(stderr) << why << "\n";
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4 || (args.at(1) != u"text"_s && args.at(1) != u"attached"_s))
        return fail(u"usage: continuite-printpeak text|attached PDF PICTURE..."_s);
    QTranslator french;
    if (!french.load(u":/i18n/continuite_fr.qm"_s))
        return fail(u"no French translation"_s);
    QCoreApplication::installTranslator(&french);

    QTemporaryDir dir;
    auto opened = Store::open(dir.path());
    if (!opened)
        return fail(opened.error());
    Store &store = *opened.value();
    const auto teacher = store.addProfile(u"mme.durand"_s, u"Claire Durand"_s, Role::Teacher, u"secret-123"_s);
    if (!teacher)
        return fail(teacher.error());
    store.setCurrent(*teacher);
    const auto schoolClass = store.createClass(u"CM1 Les Étoiles"_s);
    if (!schoolClass || !store.addStudent(schoolClass->meta.id, u"Léa Müller"_s))
        return fail(u"no class"_s);

    QString text = u"Regardez les images.\n\n"_s;
    QList<Attachment> attachments;
    static const QMimeDatabase mimes;
    for (int i = 3; i < args.size(); ++i) {
        auto stored = store.media().importFile(args.at(i));
        if (!stored)
            return fail(stored.error());
        if (args.at(1) == u"text"_s) {
            text += u"![p%1](media:%2)\n\n"_s.arg(i - 2).arg(stored->sha256);
        } else {
            stored->name = QFileInfo(args.at(i)).fileName();
            stored->mime = mimes.mimeTypeForFile(stored->name, QMimeDatabase::MatchExtension).name();
            attachments << *stored;
        }
    }
    Store::LessonInput in{schoolClass->meta.id, u"Les images"_s, {}, text, {}, {}, {}, {}, {}, {}};
    auto lesson = store.createLesson(in);
    if (!lesson)
        return fail(lesson.error());
    if (!attachments.isEmpty()) {
        lesson->attachments = attachments;
        lesson = store.updateLesson(*lesson);
        if (!lesson)
            return fail(lesson.error());
    }
    if (!store.publishLesson(lesson->meta.id))
        return fail(u"not published"_s);

    const auto printed = PackPrinter(store).printClassPack(schoolClass->meta.id, args.at(2));
    QJsonObject out{{u"ok"_s, bool(printed)}, {u"maxrss_kb"_s, double(peakKb())}};
    if (printed) {
        out.insert(u"unreadable"_s, QJsonArray::fromStringList(printed->unreadable));
        out.insert(u"notPrinted"_s, QJsonArray::fromStringList(printed->picturesNotPrinted));
    }
    else
        out.insert(u"error"_s, printed.error());
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
