// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// continuite-hub: the server every device syncs with. The work is in sync/hub/ (HubServer, HubEngine).
#include "sync/hub/hubcommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("continuite-hub"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{message}"));
    return Continuite::Hub::runHubCommand(QCoreApplication::arguments().mid(1));
}
