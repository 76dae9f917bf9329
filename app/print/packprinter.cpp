// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "app/print/packprinter.h"

#include "content/imagereducer.h"
#include "content/videoreducer.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Lines to write on: a paper answer needs room, not a text box.
QString answerLines(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += u"<p style=\"margin-top: 14px;\">_______________________________________________________</p>"_s;
    return html;
}
} // namespace

PackPrinter::PackPrinter(Store &store)
    : m_store(store)
{
}

QImage PackPrinter::forPaper(const QImage &picture)
{
    // At most MaxPrintedWidth × MaxPrintedHeight pixels at the pack's 150 dpi (about 12 × 9 cm): readable, and a
    // page photographed upright does not take a whole sheet.
    QImage image = picture;
    if (image.width() > MaxPrintedWidth || image.height() > MaxPrintedHeight)
        image = image.scaled(MaxPrintedWidth, MaxPrintedHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // In grey, as a family's printer prints it, the paper made white and the darker tones darkened (by at most
    // twice): a pale drawing or a dim photo of the board would otherwise print washed out, and a grey picture costs a
    // colour printer no colour ink. The brightest tone (its 99th percentile) becomes white; the darkest (1st
    // percentile) goes towards black, never more than twice as far from white as it was.
    image = image.convertToFormat(QImage::Format_Grayscale8);
    std::array<qint64, 256> histogram{};
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            ++histogram[line[x]];
    }
    const qint64 pixels = qint64(image.width()) * image.height();
    int low = 0, high = 255;
    for (qint64 seen = 0; low < 255 && (seen += histogram[low]) < pixels / 100;)
        ++low;
    for (qint64 seen = 0; high > 0 && (seen += histogram[high]) < pixels / 100;)
        --high;
    if (high > low && (low > 0 || high < 255)) {
        const double gain = std::min(255.0 / (high - low), 2.0);
        std::array<uchar, 256> levels{};
        for (int v = 0; v < 256; ++v)
            levels[v] = uchar(std::clamp(qRound(255 - (high - v) * gain), 0, 255));
        for (int y = 0; y < image.height(); ++y) {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < image.width(); ++x)
                line[x] = levels[line[x]];
        }
    }
    // Laid out at the pack's 150 dpi, not the screen's 96 (where 720 pixels would be 19 cm, wider than the text).
    image.setDevicePixelRatio(PrintedDpi / 96.0);
    return image;
}

QString PackPrinter::addImage(const QString &sha256, QTextDocument &doc)
{
    if (const auto known = m_pictures.constFind(sha256); known != m_pictures.constEnd())
        return *known;
    const QString why = readImage(sha256, doc);
    m_pictures.insert(sha256, why);
    return why;
}

QString PackPrinter::readImage(const QString &sha256, QTextDocument &doc)
{
    // A pack's pictures are blobs received from others (a co-teacher's lesson, a USB pack): read only after the check
    // the app's windows make (ImageReducer::showable: a format this app reads, its header's size, a JPEG's
    // coefficients), already made smaller where the format allows, and within the pack's budget. Before, each was
    // decoded whole (QImage(path)): 233 bytes of JPEG in several scans cost 356 MB, and a picture refused by Qt's
    // allocation limit left a blank in the text.
    if (!m_store.media().contains(sha256))
        return tr("it is not on this computer yet");
    const QString path = m_store.media().pathOf(sha256);
    QImageReader reader(path);
    const QSize size = reader.size();
    const QByteArray format = reader.format();
    if (!size.isValid() || size.isEmpty())
        return tr("damaged, or not a picture this app reads");
    QSize printed = size;
    if (size.width() > MaxPrintedWidth || size.height() > MaxPrintedHeight)
        printed = size.scaled(MaxPrintedWidth, MaxPrintedHeight, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    // What decoding costs: libjpeg decodes a JPEG at M/8 of its size, the smallest M that is still at least the size
    // asked for (Qt's JPEG reader); other formats are decoded whole, then converted to 32 bits to be made smaller. Each
    // costs its decoded picture and a copy.
    qint64 decoded = qint64(size.width()) * size.height() * 4;
    if (format == "jpeg") {
        const double f = std::min(double(size.width()) / printed.width(), double(size.height()) / printed.height());
        const int m = std::clamp(int(std::ceil(8 / f)), 1, 8);
        decoded = qint64((size.width() * m + 7) / 8) * ((size.height() * m + 7) / 8) * 4;
    }
    // showable() also refuses a format this app does not read (an icon, a vector drawing): that is not its size.
    if (const bool tooLarge = 2 * decoded > MaxReadBytes; tooLarge || !ImageReducer::showable(path))
        return !tooLarge && ImageReducer::tooManyScans(path)
                   ? tr("it is saved in more than %1 passes, which would take seconds to read").arg(ImageReducer::MaxScans)
                   : tooLarge || format == "jpeg" // a JPEG's coefficients, held whatever the scaling
                   ? tr("it announces %1 × %2 pixels, too many to be read safely").arg(size.width()).arg(size.height())
                   : tr("damaged, or not a picture this app reads");
    const qint64 cost = qint64(printed.width()) * printed.height();
    if (cost > m_picturesLeft)
        return tr("the pack already holds %n picture(s), as many as it may", nullptr, m_picturesPrinted);
    reader.setAllocationLimit(int(MaxReadBytes / (1024 * 1024)));
    if (printed != size)
        reader.setScaledSize(printed);
    const QImage image = reader.read();
    if (image.isNull())
        return tr("damaged, or not a picture this app reads");
    const QImage paper = forPaper(image);
    m_picturesLeft -= qint64(paper.width()) * paper.height();
    ++m_picturesPrinted;
    doc.addResource(QTextDocument::ImageResource, QUrl(u"media:"_s + sha256), paper);
    return {};
}

QString PackPrinter::notPrinted(const QString &name, const QString &why, PrintSummary &summary)
{
    const QString sentence = name.isEmpty() ? tr("Picture not printed (%1).").arg(why) : tr("Picture not printed: %1 (%2).").arg(name, why);
    if (!summary.picturesNotPrinted.contains(sentence))
        summary.picturesNotPrinted << sentence;
    return sentence;
}

bool PackPrinter::addVideoFrame(const QString &sha256, QTextDocument &doc)
{
    if (!m_store.media().contains(sha256))
        return false;
    if (m_picturesLeft < qint64(MaxPrintedWidth) * MaxPrintedHeight) // the pack's budget for pictures is spent
        return false;
    const auto frame = VideoReducer::firstFrame(m_store.media().pathOf(sha256), MaxPrintedWidth);
    if (!frame)
        return false;
    m_picturesLeft -= qint64(frame->width()) * frame->height();
    ++m_picturesPrinted;
    doc.addResource(QTextDocument::ImageResource, QUrl(u"media:frame-"_s + sha256), forPaper(*frame));
    return true;
}

namespace {
/// A document that shows only the pictures PackPrinter gives it (the store's blobs, added with addResource). Qt's
/// QTextDocument otherwise loads whatever a link names on this computer (`file:///…`, `/home/…/photo.png "t"`, a path
/// relative to the working directory) and embeds it in the pack given to every pupil (review-media18, finding 1).
class PaperDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};
} // namespace

QString PackPrinter::markdownHtml(const QString &markdown, QTextDocument &doc, PrintSummary &summary)
{
    // Pictures linked in the text ("media:SHA") are blobs of the store: the printed page shows them.
    static const QRegularExpression link(uR"(\(media:([0-9a-f]{64})\))"_s);
    auto it = link.globalMatch(markdown);
    while (it.hasNext())
        addImage(it.next().captured(1), doc);
    PaperDocument section;
    section.setMarkdown(markdown);
    // Qt's image handler also loads a picture's name as a file when no resource answers: any picture that is not one
    // of the store's goes from the text before it can be laid out. A picture of the store that is not printed gives
    // its place to a sentence saying so.
    struct Taken
    {
        int position, length;
        QString sentence; // empty: taken away without a word
    };
    QList<Taken> taken;
    for (QTextBlock block = section.begin(); block.isValid(); block = block.next())
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat())
                continue;
            const QTextImageFormat image = f.charFormat().toImageFormat();
            const QString name = image.name();
            if (!name.startsWith(u"media:"_s)) {
                taken.append({f.position(), f.length(), {}});
            } else if (const QString why = m_pictures.value(name.mid(6)); !why.isEmpty()) {
                const QString description = image.property(QTextFormat::ImageAltText).toString().simplified().left(200);
                taken.append({f.position(), f.length(), notPrinted(description, why, summary)});
            }
        }
    for (auto it = taken.crbegin(); it != taken.crend(); ++it) {
        QTextCursor cursor(&section);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        QTextCharFormat italic;
        italic.setFontItalic(true);
        it->sentence.isEmpty() ? cursor.removeSelectedText() : cursor.insertText(it->sentence, italic);
    }
    const QString html = section.toHtml();
    const qsizetype bodyStart = html.indexOf(u'>', html.indexOf(u"<body"_s)) + 1;
    const qsizetype bodyEnd = html.lastIndexOf(u"</body>"_s);
    return bodyStart > 0 && bodyEnd > bodyStart ? html.mid(bodyStart, bodyEnd - bodyStart) : esc(markdown);
}

QString PackPrinter::attachmentsHtml(const QList<Attachment> &attachments, QTextDocument &doc, PrintSummary &summary)
{
    QString html;
    QStringList others, unreadable;
    for (const Attachment &a : attachments) {
        if (a.mime.startsWith(u"image/"_s)) {
            if (const QString why = addImage(a.sha256, doc); why.isEmpty())
                html += u"<p><img src=\"media:%1\"/><br/><i>%2</i></p>"_s.arg(a.sha256, esc(a.name));
            else // in its place, saying why (damaged, too large, past the pack's budget, not downloaded yet)
                html += u"<p><i>%1</i></p>"_s.arg(esc(notPrinted(a.name.isEmpty() ? a.sha256.left(12) : a.name, why, summary)));
        } else if (a.mime.startsWith(u"video/"_s) && addVideoFrame(a.sha256, doc)) {
            // A video cannot be printed: its first picture says what it shows, and where to watch it.
            html += u"<p><img src=\"media:frame-%1\"/><br/><i>%2</i></p>"_s.arg(
                a.sha256, esc(tr("Video “%1”: its first picture. Watch it in the app, or at school.").arg(a.name)));
        } else if (a.mime.startsWith(u"video/"_s)) {
            // A video this device cannot show (damaged, not downloaded yet) is not a worksheet to print
            // (the session-14 review of issue 15, finding 11: "Print this worksheet too: empty.mp4").
            unreadable << esc(a.name.isEmpty() ? a.sha256.left(12) : a.name);
            summary.unreadable << (a.name.isEmpty() ? a.sha256 : a.name);
        } else {
            others << esc(a.name.isEmpty() ? a.sha256.left(12) : a.name);
            summary.toPrintAlso << (a.name.isEmpty() ? a.sha256 : a.name);
        }
    }
    if (!others.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Worksheets to print with this page:")), others.join(u", "_s));
    if (!unreadable.isEmpty())
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Could not be shown on paper (see them in the app):")), unreadable.join(u", "_s));
    return html;
}

QString PackPrinter::lessonHtml(const Lesson &lesson, int number, QTextDocument &doc, PrintSummary &summary)
{
    QString html = u"<h2>%1</h2>"_s.arg(esc(tr("Lesson %1: %2").arg(number).arg(lesson.title)));
    if (lesson.plannedDate.isValid())
        html += u"<p><i>%1</i></p>"_s.arg(esc(QLocale().toString(lesson.plannedDate, QLocale::LongFormat)));
    if (!lesson.summary.isEmpty())
        html += u"<i>%1</i>"_s.arg(markdownHtml(lesson.summary, doc, summary)); // summaries carry Markdown emphasis too
    const std::pair<QString, QString> sections[] = {{tr("Before class"), lesson.beforeClass},
                                                    {tr("In class"), lesson.inClass},
                                                    {tr("After class"), lesson.afterClass}};
    for (const auto &[title, markdown] : sections)
        if (!markdown.trimmed().isEmpty())
            html += u"<h3>%1</h3>"_s.arg(esc(title)) + markdownHtml(markdown, doc, summary);
    return html + attachmentsHtml(lesson.attachments, doc, summary);
}

QString PackPrinter::assignmentHtml(const Assignment &a, QTextDocument &doc, PrintSummary &summary)
{
    QString html = u"<h2>%1</h2>"_s.arg(esc(tr("Assignment: %1").arg(a.title)));
    if (a.due.isValid())
        html += u"<p><b>%1</b></p>"_s.arg(esc(tr("To hand in by %1").arg(QLocale().toString(a.due.toLocalTime(), QLocale::LongFormat))));
    html += markdownHtml(a.instructions, doc, summary) + attachmentsHtml(a.attachments, doc, summary);
    if (a.type == AssignmentType::Quiz) {
        html += u"<ol>"_s;
        for (const QuizQuestion &q : a.quiz.questions) {
            html += u"<li><p>%1 <i>(%2)</i></p>"_s.arg(esc(q.prompt), esc(tr("%n point(s)", nullptr, int(q.points))));
            if (q.type == QuizQuestion::Type::Choice) {
                for (const QString &choice : q.choices)
                    html += u"<p>\u2610 %1</p>"_s.arg(esc(choice)); // a box to tick
            } else {
                html += u"<p>%1</p>"_s.arg(esc(tr("Answer:"))) + answerLines(1);
            }
            html += u"</li>"_s;
        }
        html += u"</ol>"_s;
    } else {
        html += u"<p><b>%1</b></p>"_s.arg(esc(tr("Your answer:"))) + answerLines(a.type == AssignmentType::File ? 4 : 12);
    }
    return html;
}

Result<PrintSummary> PackPrinter::printClassPack(const QString &classId, const QString &pdfPath, const QString &student)
{
    using R = Result<PrintSummary>;
    const auto schoolClass = m_store.schoolClass(classId);
    if (!schoolClass)
        return R::failure(tr("There is no class %1 here: check the id with \"class list\".").arg(classId.left(80)));
    if (!m_store.isTeacherOf(classId))
        return R::failure(tr("Only a teacher of this class can print its pack."));

    QList<Member> students;
    for (const Member &m : m_store.members(classId))
        if (m.role == Role::Student && (student.isEmpty() || m.personId == student || m.login == student))
            students << m;
    if (students.isEmpty())
        return R::failure(student.isEmpty() ? tr("The class has no students yet: add them first (student add).")
                                            : tr("%1 is not a student of this class.").arg(student.left(80)));
    QList<Lesson> lessons;
    for (const Lesson &l : m_store.lessons(classId))
        if (l.status == PublicationStatus::Published)
            lessons << l;
    QList<Assignment> assignments;
    for (const Assignment &a : m_store.assignments(classId))
        if (a.status == PublicationStatus::Published)
            assignments << a;

    PrintSummary summary;
    summary.path = pdfPath;
    m_pictures.clear();
    m_picturesLeft = PicturesBudgetBytes;
    m_picturesPrinted = 0;
    summary.students = int(students.size());
    summary.lessons = int(lessons.size());
    summary.assignments = int(assignments.size());
    PaperDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(11);
    doc.setDefaultFont(font);

    // The pages every student gets are the same; they are rendered once and repeated after each card.
    QString common;
    int number = 0;
    for (const Lesson &l : std::as_const(lessons))
        common += lessonHtml(l, ++number, doc, summary);
    for (const Assignment &a : std::as_const(assignments))
        common += assignmentHtml(a, doc, summary);
    summary.toPrintAlso.removeDuplicates();

    QString html = u"<html><body>"_s;
    bool first = true;
    for (const Member &s : std::as_const(students)) {
        html += u"<h1%1>%2</h1>"_s.arg(first ? QString() : u" style=\"page-break-before: always;\""_s,
                                      esc(tr("%1 — %2").arg(schoolClass->name, s.displayName)));
        first = false;
        html += u"<table border=\"1\" cellpadding=\"8\" cellspacing=\"0\"><tr><td>"_s
              + u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Name:")), esc(s.displayName))
              + u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Login code:")), esc(s.login))
              + u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("PIN:")), esc(tr("on the card your teacher gave you")))
              + u"<p><b>%1</b> %2</p>"_s.arg(esc(tr("Teacher:")), esc(m_store.current()->displayName))
              + u"</td></tr></table>"_s;
        html += common;
    }
    html += u"</body></html>"_s;
    doc.setHtml(html);

    QPdfWriter writer(pdfPath);
    writer.setTitle(tr("%1 — class pack").arg(schoolClass->name));
    writer.setCreator(u"Continuité"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(PrintedDpi);
    doc.print(&writer);
    if (!QFileInfo::exists(pdfPath) || QFileInfo(pdfPath).size() == 0)
        return R::failure(tr("Could not write %1: check that the folder is writable and the disk not full.").arg(pdfPath));
    return summary;
}

} // namespace Continuite
