// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "content/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>

#include <memory>

class QTextDocument;

namespace Continuite {

/// What was printed.
struct PrintSummary
{
    QString path;
    int students = 0;
    int lessons = 0;
    int assignments = 0;
    QStringList toPrintAlso; ///< attachments that are not pictures (worksheets in PDF…): print them from the app
    /// Pictures and videos that could not be read here (damaged, not yet downloaded): named on the page, to be seen in
    /// the app — not worksheets to print.
    QStringList unreadable;
    /// Pictures refused on paper, each the sentence printed in its place ("Picture not printed: cahier.png (…).").
    QStringList picturesNotPrinted;
};

/**
 * @brief A class pack on paper, for households with no device at all.
 *
 * One section per student, each starting on a new page with their name and login card (the login code;
 * the PIN is never stored in clear, so it is not printed), then what a student of the class may see:
 * every published lesson (summary, the three sections as rendered Markdown, its pictures and the first picture
 * of its videos, in grey at a size that prints well) and every
 * published assignment with room to answer (quiz questions with boxes to tick, lines to write on).
 * Attachments that are not pictures are listed by name at the place they belong, to be printed beside.
 * Needs a QGuiApplication (fonts); the offscreen platform is enough.
 */
class PackPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PackPrinter)
public:
    explicit PackPrinter(Store &store);

    /// Prints the pack of @p classId (the current profile must teach it) to a PDF at @p pdfPath.
    /// With @p student (person id or login code), only that student's section.
    Result<PrintSummary> printClassPack(const QString &classId, const QString &pdfPath, const QString &student = {});

    /// The pack's resolution: pictures are printed at this many pixels an inch.
    static constexpr int PrintedDpi = 150;
    /// The largest picture printed, in pixels at the pack's 150 dpi (about 12 × 9 cm).
    static constexpr int MaxPrintedWidth = 720;
    static constexpr int MaxPrintedHeight = 540;
    /// @p picture as it is printed: within MaxPrintedWidth × MaxPrintedHeight, in grey, its levels stretched.
    static QImage forPaper(const QImage &picture);
    /// What reading one picture may cost in memory, decoded and converted to be made smaller (Qt's own limit for one
    /// decoded picture). A JPEG is decoded already made smaller by libjpeg, so only other formats come near it (at
    /// most 16 MP: 4000 × 4000).
    static constexpr qint64 MaxReadBytes = 128LL * 1024 * 1024;
    /// What a pack's printed pictures (grey, a byte a pixel, held until the PDF is written) may take in all: about 170
    /// pictures of 720 × 540. The pictures past it are named in their place, not printed.
    static constexpr qint64 PicturesBudgetBytes = 64LL * 1024 * 1024;

private:
    QString lessonHtml(const Lesson &lesson, int number, QTextDocument &doc, PrintSummary &summary);
    QString assignmentHtml(const Assignment &assignment, QTextDocument &doc, PrintSummary &summary);
    QString markdownHtml(const QString &markdown, QTextDocument &doc, PrintSummary &summary);
    QString attachmentsHtml(const QList<Attachment> &attachments, QTextDocument &doc, PrintSummary &summary);
    /// Adds the store's picture @p sha256 to @p doc as it is printed; or why it is not printed (a clause of the
    /// sentence printed in its place). A picture named twice is read once.
    QString addImage(const QString &sha256, QTextDocument &doc);
    QString readImage(const QString &sha256, QTextDocument &doc);
    /// The sentence printed in place of the picture @p name (@p why: addImage's answer), also kept in @p summary.
    static QString notPrinted(const QString &name, const QString &why, PrintSummary &summary);
    /// A video's first picture, printed where the video is attached.
    bool addVideoFrame(const QString &sha256, QTextDocument &doc);

    Store &m_store;
    // This pack's pictures: SHA-256 → why it is not printed (empty: printed), and what their printed copies may still take.
    QHash<QString, QString> m_pictures;
    qint64 m_picturesLeft = PicturesBudgetBytes;
    int m_picturesPrinted = 0;
};

} // namespace Continuite
