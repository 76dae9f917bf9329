// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// continuite-print: a class pack as a PDF to print, for households with no device at all.
// It needs fonts, hence a QGuiApplication; it runs offscreen, with no display.
#include "app/print/packprinter.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Continuite;
using namespace Qt::StringLiterals;

namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << message << u'\n';
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"continuite"_s);
    QLoggingCategory::setFilterRules(u"continuite.*.warning=false\ncontinuite.*.info=false\nqt.qpa.*=false"_s);
    // The pack and the messages follow the system's language, as the CLI's do (French on a French school's machines;
    // CONTINUITE_LANG=fr|en overrides). Before, a pack was always printed in English.
    const QString lang = qEnvironmentVariableIsSet("CONTINUITE_LANG") ? qEnvironmentVariable("CONTINUITE_LANG")
                                                                       : QLocale::system().name().left(2);
    QTranslator translator;
    if (lang == u"fr" && translator.load(u":/i18n/continuite_fr.qm"_s))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Print", "Prints a class pack as a PDF: one section per student."));
    parser.addHelpOption();
    const QCommandLineOption data(u"data"_s, QCoreApplication::translate("Print", "The data folder (the store and its media)."), u"DIR"_s);
    const QCommandLineOption user(u"user"_s, QCoreApplication::translate("Print", "The teacher's login (password on standard input or $CONTINUITE_SECRET)."), u"LOGIN"_s);
    const QCommandLineOption forClass(u"class"_s, QCoreApplication::translate("Print", "The class (id)."), u"C"_s);
    const QCommandLineOption student(u"student"_s, QCoreApplication::translate("Print", "Only this student (login code or id)."), u"S"_s);
    const QCommandLineOption to(u"to"_s, QCoreApplication::translate("Print", "The PDF file to write."), u"FILE.pdf"_s);
    parser.addOptions({data, user, forClass, student, to});
    parser.process(app);
    if (!parser.isSet(data) || !parser.isSet(forClass) || !parser.isSet(to)) {
        QTextStream(stderr) << QCoreApplication::translate("Print", "Usage: continuite-print --data DIR [--user LOGIN] --class C [--student S] --to FILE.pdf") << u'\n';
        return 2;
    }

    auto store = Store::open(parser.value(data));
    if (!store)
        return fail(store.error());
    Store &s = *store.value();
    if (parser.isSet(user)) {
        QString secret = qEnvironmentVariable("CONTINUITE_SECRET");
        if (!qEnvironmentVariableIsSet("CONTINUITE_SECRET"))
            secret = QTextStream(stdin).readLine();
        auto unlocked = s.unlock(parser.value(user), secret);
        if (!unlocked)
            return fail(unlocked.error());
        s.setCurrent(*unlocked);
    } else if (const auto active = s.activeProfile()) {
        s.setCurrent(*active);
    } else {
        return fail(QCoreApplication::translate("Print", "No profile is selected: add --user LOGIN."));
    }
    auto printed = PackPrinter(s).printClassPack(parser.value(forClass), parser.value(to), parser.value(student));
    if (!printed)
        return fail(printed.error());
    QTextStream out(stdout);
    out << QCoreApplication::translate("Print", "Printed %1: %n student(s)", nullptr, printed->students).arg(printed->path) << u'\n';
    for (const QString &name : std::as_const(printed->toPrintAlso))
        out << QCoreApplication::translate("Print", "Print this worksheet too: %1").arg(name) << u'\n';
    for (const QString &sentence : std::as_const(printed->picturesNotPrinted))
        out << sentence << u'\n';
    for (const QString &name : std::as_const(printed->unreadable))
        out << QCoreApplication::translate("Print", "Could not be printed (damaged, or not downloaded yet): %1; see it in the app.").arg(name)
            << u'\n';
    return 0;
}
