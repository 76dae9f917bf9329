// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QQmlNetworkAccessManagerFactory>

#include <atomic>

class QQmlEngine;

/**
 * The QML engine's network: none. The app syncs through its own C++ transport (libcurl); nothing shown on a screen
 * is ever fetched from outside. Any text a Qt Quick item renders as markup (a pupil's answer, a file's name, a
 * title: Labels take `<img src="http://…">` as StyledText) would otherwise make every reader's app ask that address,
 * telling its owner who read what, when and from where, at the cost of their data (review-media20, finding 3). Only
 * `file:`, `qrc:` and `data:` pass; any other request fails at once, asked of nobody.
 */
class LocalOnlyNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;

    /// How many requests were refused since the start, in every engine (for the tests and the log).
    static int refused();
    /// Installs the factory on @p engine (which does not own it: one factory for the whole process).
    static void install(QQmlEngine &engine);

private:
    static std::atomic<int> s_refused;
};
