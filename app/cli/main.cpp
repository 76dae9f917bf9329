// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// continuite-cli: the headless client (scripts, school IT, machines without a display).
#include "application.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"continuite"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINUITE_VERSION));
    // The store's warnings are for developers; a person reads the one-line message. QT_LOGGING_RULES overrides.
    QLoggingCategory::setFilterRules(u"continuite.*.warning=false\ncontinuite.*.info=false"_s);
    // Messages follow the system's language (French on a French school's machines; CONTINUITE_LANG=fr|en
    // overrides). Scripts read --json, whose keys never change with the language.
    const QString lang = qEnvironmentVariableIsSet("CONTINUITE_LANG") ? qEnvironmentVariable("CONTINUITE_LANG")
                                                                       : QLocale::system().name().left(2);
    QTranslator translator;
    if (lang == u"fr" && translator.load(u":/i18n/continuite_fr.qm"_s))
        QCoreApplication::installTranslator(&translator);
    return Continuite::Cli::Application().run(QCoreApplication::arguments());
}
