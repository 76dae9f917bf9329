// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "app/print/packprinter.h"
#include "classroom.h"

#include "testclip.h"

#include <QPainter>
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

    /// The pictures the PDF holds, one `pdfimages -list` row each: page num type width height color comp bpc enc interp
    /// object ID x-ppi y-ppi size ratio. A failed listing gives no row (and the caller's count fails).
    static QList<QStringList> pdfImages(const QString &pdf)
    {
        QProcess list;
        list.start(u"pdfimages"_s, {u"-list"_s, pdf});
        if (!list.waitForFinished(60000) || list.exitCode() != 0)
            return {};
        QList<QStringList> images;
        for (const QString &line : QString::fromUtf8(list.readAllStandardOutput()).split(u'\n').mid(2))
            if (const QStringList f = line.simplified().split(u' '); f.size() > 13 && f.at(2) == u"image"_s)
                images << f;
        return images;
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

    // A lesson's text can name a picture on the teacher's computer that the store did not take (`file:///…`, an
    // absolute path with a title): printed, Qt loaded it and put another pupil's photo in every pupil's pack
    // (review-media18, finding 1; seen failing: 3 pictures in the PDF). Only the store's pictures are printed; the
    // lesson's own attached picture is the positive control.
    void aPictureNamedInTheTextFromThisComputerIsNotPrinted()
    {
        if (QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
            QSKIP("pdfimages (poppler-utils) is not installed");
        Classroom room;
        QImage photo(400, 300, QImage::Format_RGB32);
        photo.fill(QColor(200, 120, 60));
        const QString outside = room.path(u"photo-de-lea.png"_s);
        QVERIFY(photo.save(outside));
        const QString body = u"Regarde : ![a](file://%1) et ![b](%1 \"titre\")."_s.arg(outside);
        Store::LessonInput in{room.schoolClass.meta.id, u"Les images"_s, {}, body, {}, {}, {}, {}, {}, {}};
        auto created = room.teacher->createLesson(in);
        QVERIFY2(created, qPrintable(created.error()));
        QVERIFY(room.teacher->publishLesson(created->meta.id));
        const QString pdf = room.path(u"classe.pdf"_s);
        auto printed = PackPrinter(*room.teacher.store).printClassPack(room.schoolClass.meta.id, pdf, room.lea.member.login);
        QVERIFY2(printed, qPrintable(printed.error()));
        QVERIFY2(pdfText(pdf).contains(u"Les images"_s), "the lesson is printed");
        QCOMPARE(pdfImages(pdf).size(), 1); // pizza.png, attached to the first lesson by Classroom
    }

    // Pictures and a video's first picture on paper (issue 15): in grey, levels stretched, at most 720 × 540 pixels
    // at 150 dpi (about 12 × 9 cm), wherever they were attached. pdfimages lists what the PDF holds.
    void picturesAndAVideosFirstPictureInGrey()
    {
        if (QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
            QSKIP("pdfimages (poppler-utils) is not installed");
        Classroom room;
        // A pale colour drawing, 2000 × 1500: printed smaller, in grey, its pale blue turned darker.
        QImage drawing(2000, 1500, QImage::Format_RGB32);
        drawing.fill(QColor(235, 240, 250));
        {
            QPainter p(&drawing);
            p.fillRect(200, 200, 1600, 1100, QColor(170, 190, 230));
        }
        const QString png = room.path(u"schema.png"_s);
        QVERIFY(drawing.save(png));
        const QString video = room.path(u"experience.webm"_s);
        QVERIFY(TestClip::make(video, 640, 360, 2, true, "smpte"));
        QVERIFY(room.teacher->attachToLesson(room.lesson.meta.id, {png, video}));
        const QString pdf = room.path(u"classe.pdf"_s);
        auto printed = PackPrinter(*room.teacher.store).printClassPack(room.schoolClass.meta.id, pdf, room.lea.member.login);
        QVERIFY2(printed, qPrintable(printed.error()));
        QVERIFY2(printed->toPrintAlso.isEmpty(), qPrintable(printed->toPrintAlso.join(u", "_s))); // a video is not a worksheet
        if (const QString keep = qEnvironmentVariable("CONTINUITE_KEEP_PDF"); !keep.isEmpty()) // to look at it
            QFile::copy(pdf, keep);

        const QList<QStringList> images = pdfImages(pdf);
        QCOMPARE(images.size(), 3); // the lesson's pizza.png (attached by Classroom), the drawing, the video's picture
        for (const QStringList &f : std::as_const(images)) {
            QVERIFY2(f.at(3).toInt() <= PackPrinter::MaxPrintedWidth && f.at(4).toInt() <= PackPrinter::MaxPrintedHeight,
                     qPrintable(f.join(u' ')));
            QVERIFY2(f.at(12).toInt() >= 100, qPrintable(u"printed at %1 dpi"_s.arg(f.at(12)))); // sharp on paper
            qInfo("%s", qPrintable(f.join(u' ')));
        }
        QCOMPARE(images.at(1).at(3).toInt(), 720); // the drawing, 2000 × 1500 made 720 × 540
        QCOMPARE(images.at(1).at(4).toInt(), 540);
        QCOMPARE(images.at(2).at(3).toInt(), 640); // the video's picture, never enlarged
        QCOMPARE(images.at(2).at(4).toInt(), 360);
        QVERIFY2(pdfText(pdf).contains(u"experience.webm"_s), "the video is named under its picture");
        // In grey: Qt's PDF writer stores pictures as RGB, so the pictures are taken out and every pixel checked.
        QProcess extract;
        extract.start(u"pdfimages"_s, {u"-png"_s, pdf, room.path(u"printed"_s)});
        QVERIFY(extract.waitForFinished(60000) && extract.exitCode() == 0);
        for (int i = 0; i < 3; ++i) {
            const QImage image(room.path(u"printed-%1.png"_s.arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY(!image.isNull());
            QVERIFY2(image.allGray(), qPrintable(u"picture %1 is in colour"_s.arg(i)));
        }

        // The levels: the pale blue of the drawing prints darker than by a plain grey conversion, yet not black.
        const QImage paper = PackPrinter::forPaper(drawing);
        QCOMPARE(paper.format(), QImage::Format_Grayscale8);
        const int plain = qGray(QColor(170, 190, 230).rgb());
        const int printedGrey = qGray(paper.pixel(paper.width() / 2, paper.height() / 2));
        QVERIFY2(printedGrey < plain - 20 && printedGrey > 64, qPrintable(u"%1 printed, %2 plain"_s.arg(printedGrey).arg(plain)));
        QCOMPARE(qGray(paper.pixel(2, 2)), 255); // the paper turns white
        // A damaged video: no picture, listed to be seen in the app — not among the worksheets to print, where it was
        // before (the session-14 review of issue 15, finding 11; seen failing: toPrintAlso held "cassee.webm") — and
        // the pack is still printed. The control beside it: a PDF is still a worksheet to print.
        const QString junk = room.path(u"cassee.webm"_s);
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(50'000, 'x'));
        }
        const QString sheet = room.path(u"fiche.pdf"_s);
        {
            QFile f(sheet);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n" + QByteArray(2000, 'p') + "\n%%EOF\n");
        }
        QVERIFY(room.teacher->attachToLesson(room.lesson.meta.id, {junk, sheet}));
        auto again = PackPrinter(*room.teacher.store).printClassPack(room.schoolClass.meta.id, pdf, room.lea.member.login);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->toPrintAlso, QStringList{u"fiche.pdf"_s});
        QCOMPARE(again->unreadable, QStringList{u"cassee.webm"_s});
        QVERIFY2(pdfText(pdf).contains(u"cassee.webm"_s), "the damaged video is named on the page");
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
