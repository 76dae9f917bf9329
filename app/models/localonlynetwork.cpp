// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "localonlynetwork.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLocalOnly, "continuite.app.network")

std::atomic<int> LocalOnlyNetworkFactory::s_refused{0};

namespace {

class LocalOnlyManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    std::function<void()> onRefused;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QString scheme = request.url().scheme();
        if (scheme == u"file" || scheme == u"qrc" || scheme == u"data")
            return QNetworkAccessManager::createRequest(op, request, data);
        qCInfo(lcLocalOnly) << "not fetched (the app shows nothing from outside):" << request.url().toDisplayString(QUrl::RemoveQuery);
        onRefused();
        // A scheme no backend serves: the reply fails at once ("Protocol … is unknown"), nothing is sent anywhere.
        QNetworkRequest nowhere(request);
        nowhere.setUrl(QUrl(u"continuite-refused:"_s));
        return QNetworkAccessManager::createRequest(op, nowhere, nullptr);
    }
};

} // namespace

QNetworkAccessManager *LocalOnlyNetworkFactory::create(QObject *parent)
{
    auto *manager = new LocalOnlyManager(parent);
    manager->onRefused = [] { ++s_refused; };
    return manager;
}

int LocalOnlyNetworkFactory::refused()
{
    return s_refused.load();
}

void LocalOnlyNetworkFactory::install(QQmlEngine &engine)
{
    static LocalOnlyNetworkFactory factory;
    engine.setNetworkAccessManagerFactory(&factory);
}
