// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
// What a screen reader reads for rendered Markdown (issue 18): the words in order, list markers kept, each
// image replaced in place by its description, from the demo lesson itself; and a PDF worksheet's words, page by page.
#include "pdfpageitem.h"
#include "spokentext.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSpokenText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imagesAreDescribedInPlace_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("image with a description")
            << u"Regarde :\n\n![Une pizza coupée en 8 parts](media/pizza.png)\n\nPuis réponds."_s
            << QStringList{u"Regarde :"_s, u"Image: Une pizza coupée en 8 parts"_s, u"Puis réponds."_s};
        QTest::newRow("image in a sentence")
            << u"Avant ![une flèche](a.png) après"_s << QStringList{u"Avant Image: une flèche après"_s};
        QTest::newRow("image without a description")
            << u"![](media/x.png)"_s << QStringList{u"Image without a description"_s};
        QTest::newRow("numbered list and emphasis")
            << u"1. Observe **bien**\n2. Réponds\n"_s << QStringList{u"1. Observe bien"_s, u"2. Réponds"_s};
        QTest::newRow("nothing") << QString() << QStringList{};
    }
    void imagesAreDescribedInPlace()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, lines);
        const QString spoken = std::unique_ptr<SpokenText>(SpokenText::create(nullptr, nullptr))->fromMarkdown(markdown);
        QCOMPARE(spoken.isEmpty() ? QStringList{} : spoken.split(u'\n'), lines);
        QVERIFY2(!spoken.contains(QChar::ObjectReplacementCharacter), qPrintable(spoken));
    }

    void theDemoLessonReadsWithItsPizza()
    {
        QFile file(u"" CONTINUITE_SOURCE_DIR "/content/demo/lecons/01-partager-l-unite.md"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString spoken = std::unique_ptr<SpokenText>(SpokenText::create(nullptr, nullptr))->fromMarkdown(QString::fromUtf8(file.readAll()));
        const qsizetype pizza = spoken.indexOf(u"Observe bien cette pizza"_s);
        const qsizetype image = spoken.indexOf(u"Image: Une pizza coupée en 8 parts égales, dont 3 sont garnies"_s);
        const qsizetype after = spoken.indexOf(u"Réponds sur ton cahier de brouillon"_s);
        QVERIFY2(pizza >= 0 && image > pizza && after > image, qPrintable(spoken.left(600)));
        QVERIFY(!spoken.contains(u"media/pizza.png"_s));
        QVERIFY(!spoken.contains(u"**"_s));
    }

    // A lesson comes from a teacher's device or a pack: only web pages and e-mail may be handed to the
    // system. The attacker's links (a pupil's file, a program's scheme) are not offered; the honest ones are.
    // A PDF worksheet's words, page by page, for the reading box over each page's image (PdfPageItem::pageText):
    // the demo worksheet's words in its lines; a page that is only a picture has none (the viewer says so).
    void aPdfPageReadsItsWords()
    {
        const QString demo = QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/fiche-fractions.pdf");
        const QString first = PdfPageItem::pageText(demo, 0);
        QVERIFY2(first.startsWith(u"Fiche d"_s), qPrintable(first));
        QVERIFY2(first.contains(u"\nExercice 1 Quelle fraction de chaque figure est coloriée ?\n"_s), qPrintable(first));
        QVERIFY(!first.contains(u'\r'));
        QVERIFY(PdfPageItem::pageText(demo, 1).contains(u"Vrai ou faux"_s));
        QCOMPARE(PdfPageItem::pageText(demo, 2), QString()); // no such page
        QCOMPARE(PdfPageItem::pageText(u"/nonexistent.pdf"_s, 0), QString());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString picture = dir.filePath(u"scan.pdf"_s);
        {
            QPdfWriter writer(picture);
            QPainter painter(&writer);
            painter.fillRect(QRect(200, 200, 3000, 2000), Qt::blue); // a scanned page: shapes, no words
        }
        QCOMPARE(PdfPageItem::pageText(picture, 0), QString());
    }

    void onlyWebAndMailLinksAreOffered()
    {
        const auto spoken = std::unique_ptr<SpokenText>(SpokenText::create(nullptr, nullptr));
        const QVariantList links = spoken->linksOf(
            u"Lis [la fiche **Eduscol**](https://eduscol.education.fr/fractions) puis "
            "[écris-moi](mailto:prof@ecole.fr).\n\n"
            "[tes notes](file:///home/eleve/.config/continuite/store.sqlite) "
            "[un programme](ssh://evil.example) [rien](javascript:alert(1)) [vide](http://)\n\n"
            "Encore [la fiche](https://eduscol.education.fr/fractions) et <https://www.lumni.fr>."_s);
        QStringList seen;
        for (const QVariant &link : links)
            seen.append(link.toMap().value(u"text"_s).toString() + u" → "_s + link.toMap().value(u"url"_s).toString());
        QCOMPARE(seen, (QStringList{u"la fiche Eduscol → https://eduscol.education.fr/fractions"_s,
                                    u"écris-moi → mailto:prof@ecole.fr"_s,
                                    u"https://www.lumni.fr → https://www.lumni.fr"_s}));
        QVERIFY(SpokenText::opensSafely(u"https://eduscol.education.fr"_s));
        QVERIFY(!SpokenText::opensSafely(u"file:///etc/passwd"_s));
        QVERIFY(!SpokenText::opensSafely(u"/etc/passwd"_s));
        QVERIFY(!SpokenText::opensSafely(u"smb://serveur/partage"_s));
        QVERIFY(spoken->linksOf(u"Pas de lien ici."_s).isEmpty());
    }
};

QTEST_MAIN(TestSpokenText) // QTextDocument wants a GUI application (fonts)
#include "tst_spokentext.moc"
