// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "continuite.app")

namespace {
// Qt 6.4's Qt Quick file dialog (QtQuick/Dialogs/quickimpl/qml/FileDialog.qml) asks qsTr() in its own context,
// "FileDialog", which Debian's qtdeclarative_fr.qm does not translate: our catalogue carries those words (its
// buttons, "Ouvrir" and "Annuler", come from qtbase).
[[maybe_unused]] const char *const quickFileDialogWords[] = {
    QT_TRANSLATE_NOOP("FileDialog", "File name"),
    QT_TRANSLATE_NOOP("FileDialog", "Filter"),
};
} // namespace

QStringList AppTranslations::qtCatalogues()
{
    return {u"qtbase"_s, u"qtdeclarative"_s, u"qtmultimedia"_s};
}

QStringList AppTranslations::install(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    QStringList installed;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalogue : qtCatalogues()) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, catalogue, u"_"_s, qtDir)) {
            QCoreApplication::installTranslator(qt);
            installed << catalogue;
        } else if (locale.language() != QLocale::English) {
            qCWarning(lcTranslations, "Qt's %s translation for %s is not in %s (Debian: qt6-translations-l10n)",
                      qPrintable(catalogue), qPrintable(locale.name()), qPrintable(qtDir));
            delete qt;
        } else {
            delete qt;
        }
    }
    auto *ours = new QTranslator(&app);
    const QString lang = locale.language() == QLocale::English ? u"en"_s : u"fr"_s;
    if (ours->load(u":/i18n/continuite_%1.qm"_s.arg(lang))) {
        QCoreApplication::installTranslator(ours);
        installed << u"continuite"_s;
    } else {
        delete ours;
    }
    return installed;
}
