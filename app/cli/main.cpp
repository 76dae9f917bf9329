// continuite-cli: the headless client (scripts, school IT, machines without a display).
#include "application.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"continuite"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINUITE_VERSION));
    // The store's warnings are for developers; a person reads the one-line message. QT_LOGGING_RULES overrides.
    QLoggingCategory::setFilterRules(u"continuite.*.warning=false\ncontinuite.*.info=false"_s);
    return Continuite::Cli::Application().run(QCoreApplication::arguments());
}
