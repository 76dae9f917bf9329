// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "app/print/packprinter.h"

#include "content/videoreducer.h"

#include <QFileInfo>
#include <QImage>
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

bool PackPrinter::addImage(const QString &sha256, QTextDocument &doc)
{
    if (!m_store.media().contains(sha256))
        return false;
    QImage image(m_store.media().pathOf(sha256));
    if (image.isNull())
        return false;
    doc.addResource(QTextDocument::ImageResource, QUrl(u"media:"_s + sha256), forPaper(image));
    return true;
}

bool PackPrinter::addVideoFrame(const QString &sha256, QTextDocument &doc)
{
    if (!m_store.media().contains(sha256))
        return false;
    const auto frame = VideoReducer::firstFrame(m_store.media().pathOf(sha256), MaxPrintedWidth);
    if (!frame)
        return false;
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

QString PackPrinter::markdownHtml(const QString &markdown, QTextDocument &doc)
{
    // Pictures linked in the text ("media:SHA") are blobs of the store: the printed page shows them.
    static const QRegularExpression link(uR"(\(media:([0-9a-f]{64})\))"_s);
    auto it = link.globalMatch(markdown);
    while (it.hasNext())
        addImage(it.next().captured(1), doc);
    PaperDocument section;
    section.setMarkdown(markdown);
    // Qt's image handler also loads a picture's name as a file when no resource answers: any picture that is not one
    // of the store's goes from the text before it can be laid out.
    QList<std::pair<int, int>> foreign;
    for (QTextBlock block = section.begin(); block.isValid(); block = block.next())
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it)
            if (const QTextFragment f = it.fragment(); f.charFormat().isImageFormat()
                && !f.charFormat().toImageFormat().name().startsWith(u"media:"_s))
                foreign.append({f.position(), f.length()});
    for (auto it = foreign.crbegin(); it != foreign.crend(); ++it) {
        QTextCursor cursor(&section);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
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
        if (a.mime.startsWith(u"image/"_s) && addImage(a.sha256, doc)) {
            html += u"<p><img src=\"media:%1\"/><br/><i>%2</i></p>"_s.arg(a.sha256, esc(a.name));
        } else if (a.mime.startsWith(u"video/"_s) && addVideoFrame(a.sha256, doc)) {
            // A video cannot be printed: its first picture says what it shows, and where to watch it.
            html += u"<p><img src=\"media:frame-%1\"/><br/><i>%2</i></p>"_s.arg(
                a.sha256, esc(tr("Video “%1”: its first picture. Watch it in the app, or at school.").arg(a.name)));
        } else if (a.mime.startsWith(u"image/"_s) || a.mime.startsWith(u"video/"_s)) {
            // A picture or a video this device cannot show (damaged, not downloaded yet) is not a worksheet to print
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
        html += u"<i>%1</i>"_s.arg(markdownHtml(lesson.summary, doc)); // summaries carry Markdown emphasis too
    const std::pair<QString, QString> sections[] = {{tr("Before class"), lesson.beforeClass},
                                                    {tr("In class"), lesson.inClass},
                                                    {tr("After class"), lesson.afterClass}};
    for (const auto &[title, markdown] : sections)
        if (!markdown.trimmed().isEmpty())
            html += u"<h3>%1</h3>"_s.arg(esc(title)) + markdownHtml(markdown, doc);
    return html + attachmentsHtml(lesson.attachments, doc, summary);
}

QString PackPrinter::assignmentHtml(const Assignment &a, QTextDocument &doc, PrintSummary &summary)
{
    QString html = u"<h2>%1</h2>"_s.arg(esc(tr("Assignment: %1").arg(a.title)));
    if (a.due.isValid())
        html += u"<p><b>%1</b></p>"_s.arg(esc(tr("To hand in by %1").arg(QLocale().toString(a.due.toLocalTime(), QLocale::LongFormat))));
    html += markdownHtml(a.instructions, doc) + attachmentsHtml(a.attachments, doc, summary);
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
