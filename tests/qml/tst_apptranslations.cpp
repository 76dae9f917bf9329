// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// Qt's own words in French (issue 14): the file dialog's buttons and labels, from Debian's
// qt6-translations-l10n (QLibraryInfo::TranslationsPath) and, for the Qt Quick dialog's own labels, from ours.
#include "apptranslations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchLoadsQtsOwnWords()
    {
        // Before: Qt speaks English (the control that the words below come from the catalogues).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
        const QStringList installed = AppTranslations::install(*QCoreApplication::instance(), QLocale(QLocale::French, QLocale::France));
        QVERIFY2(installed.contains(u"qtbase"_s) && installed.contains(u"qtdeclarative"_s),
                 qPrintable(u"installed: "_s + installed.join(u", "_s) + u" (Debian: apt-get install qt6-translations-l10n)"_s));
        QVERIFY(installed.contains(u"continuite"_s));
        // The dialog's buttons (QPlatformDialogHelper's standard buttons).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Open"), u"Ouvrir"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), u"Enregistrer"_s);
        // The Qt Quick file dialog's label, which only our catalogue translates in Qt 6.4.
        QCOMPARE(QCoreApplication::translate("FileDialog", "File name"), u"Nom du fichier"_s);
        // And our own words.
        QCOMPARE(QCoreApplication::translate("ProfileChooser", "Who is working today?"), u"Qui travaille aujourd’hui\u00a0?"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppTranslations)
#include "tst_apptranslations.moc"
