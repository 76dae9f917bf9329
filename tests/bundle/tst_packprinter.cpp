// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "app/print/packprinter.h"
#include "classroom.h"

#include <QProcess>
#include <QStandardPaths>

using namespace BundleTest;

/// The printed pack, read back as a parent would see it: names, titles, questions, accents.
class TestPackPrinter : public QObject
{
    Q_OBJECT

private:
    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        // Ligatures ("ﬁ") are how the PDF draws the text, not what a reader reads: compare as NFKC.
        return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void classPackOnPaper()
    {
        Classroom room;
        QVERIFY(room.teacher->attachToLesson(room.lesson.meta.id,
                                             {QStringLiteral(CONTINUITE_SOURCE_DIR "/content/demo/media/fiche-fractions.pdf")}));
        const QString pdf = room.path(u"classe.pdf"_s);
        auto printed = PackPrinter(*room.teacher.store).printClassPack(room.schoolClass.meta.id, pdf);
        QVERIFY2(printed, qPrintable(printed.error()));
        QCOMPARE(printed->students, 2);
        QCOMPARE(printed->lessons, 1);
        QCOMPARE(printed->assignments, 1);
        QCOMPARE(printed->toPrintAlso, QStringList{u"fiche-fractions.pdf"_s});

        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        if (qEnvironmentVariableIsSet("CONTINUITE_DUMP_PDF_TEXT"))
            qInfo().noquote() << text;
        for (const QString &expected : {u"Léa Müller"_s, u"Noé Çelik"_s, room.lea.member.login, room.noe.member.login,
                                        u"CM1 Les Étoiles"_s, u"Partager l'unité"_s, u"Regarde la pizza."_s,
                                        u"Quiz : lire les fractions"_s, u"Écris « trois quarts »."_s, u"fiche-fractions.pdf"_s,
                                        u"Claire Durand"_s})
            QVERIFY2(text.contains(expected), qPrintable(u"missing from the PDF: "_s + expected));
        // What students may not see is not printed: drafts, and never a PIN.
        QVERIFY(!text.contains(u"Brouillon secret"_s));
        QVERIFY(!text.contains(u"Devoir pas encore publié"_s));
        QVERIFY(!text.contains(room.lea.pin));
        // Each student's section carries the whole pack: the lesson title is there once per student.
        QCOMPARE(text.count(u"Partager l'unité"_s), 2);
        // Each section starts on its own page (pdftotext separates pages with a form feed).
        const QStringList pages = text.split(u'\f');
        int firstLea = -1, firstNoe = -1;
        for (int i = 0; i < pages.size(); ++i) {
            if (firstLea < 0 && pages.at(i).contains(u"Léa Müller"_s))
                firstLea = i;
            if (firstNoe < 0 && pages.at(i).contains(u"Noé Çelik"_s))
                firstNoe = i;
        }
        QVERIFY(pages.size() >= 2);
        QVERIFY(firstLea >= 0 && firstNoe >= 0 && firstLea != firstNoe);
    }

    void onlyForItsTeacher()
    {
        Classroom room;
        auto student = room.teacher->addProfile(u"eleve"_s, u"Élève"_s, Role::Student, {});
        room.teacher->setCurrent(*student);
        auto refused = PackPrinter(*room.teacher.store).printClassPack(room.schoolClass.meta.id, room.path(u"x.pdf"_s));
        QVERIFY(!refused);
        QVERIFY(!QFile::exists(room.path(u"x.pdf"_s)));
    }
};

QTEST_MAIN(TestPackPrinter)
#include "tst_packprinter.moc"
