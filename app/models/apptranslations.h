// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

/**
 * @brief The app's words in the person's language: Continuité's own translations (embedded as
 * :/i18n/continuite_LANG.qm) and Qt's (Debian's qt6-translations-l10n, in QLibraryInfo::TranslationsPath), so that
 * the file dialog, the text fields' menus and the media player say "Annuler", "Nom du fichier", "Ouvrir".
 */
class AppTranslations
{
public:
    /// The Qt catalogues loaded besides ours (qtbase: dialogs and widgets; qtdeclarative: Qt Quick Dialogs and
    /// Controls; qtmultimedia: the media player's errors).
    static QStringList qtCatalogues();
    /// Sets @p locale as the default and installs our translations and Qt's for it on @p app; returns the
    /// catalogues installed ("continuite", "qtbase", …), so that a missing one can be said.
    static QStringList install(QCoreApplication &app, const QLocale &locale);
};
