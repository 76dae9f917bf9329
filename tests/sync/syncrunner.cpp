// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// A client process for tst_synckill: opens a store, syncs one profile, prints the report as JSON.
// The test kills it at chosen moments (QProcess::kill) and checks that the next run resumes.
#include "content/store.h"
#include "sync/client/syncengine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Continuite;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: syncrunner DATA_DIR PROFILE\n";
        return 2;
    }
    auto store = Store::open(args.at(1));
    if (!store) {
        QTextStream(stderr) << store.error() << '\n';
        return 1;
    }
    const auto profile = store.value()->profile(args.at(2));
    if (!profile) {
        QTextStream(stderr) << "no such profile\n";
        return 1;
    }
    SyncEngine::Options options;
    options.transport.stallSeconds = 3;
    options.transport.backoffBaseMs = 50;
    options.transport.backoffMaxMs = 400;
    options.pageBudget = 64 * 1024;
    SyncEngine engine(*store.value(), options);
    auto report = engine.sync(*profile);
    if (!report) {
        QTextStream(stderr) << report.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact) << '\n';
    return report->recordsComplete && report->errors.isEmpty() ? 0 : 1;
}
