// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "app/print/logincards.h"

#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Continuite {

using namespace Qt::StringLiterals;

namespace {
constexpr int Columns = 2;
constexpr int Rows = LoginCardPrinter::CardsPerPage / Columns;

void drawCard(QPainter &p, const QRectF &box, const LoginCard &card, qreal mm)
{
    const QRectF inner = box.adjusted(6 * mm, 5 * mm, -6 * mm, -5 * mm);
    QFont small(u"DejaVu Sans"_s);
    small.setPointSizeF(8.5);
    QFont name = small;
    name.setPointSizeF(14);
    name.setBold(true);
    QFont code(u"DejaVu Sans Mono"_s);
    code.setPointSizeF(17);
    code.setBold(true);

    qreal y = inner.top();
    auto line = [&](const QString &text, const QFont &font, qreal height, Qt::Alignment align = Qt::AlignLeft) {
        p.setFont(font);
        p.drawText(QRectF(inner.left(), y, inner.width(), height), align | Qt::AlignVCenter | Qt::TextSingleLine, text);
        y += height;
    };
    p.setPen(QColor(0x4F, 0x58, 0x68));
    line(LoginCardPrinter::tr("Continuité — login card"), small, 5 * mm);
    p.setPen(Qt::black);
    line(card.studentName, name, 8 * mm);
    p.setPen(QColor(0x4F, 0x58, 0x68));
    line(card.className, small, 5 * mm);
    y += 2 * mm;
    p.setPen(Qt::black);
    QFont label = small;
    label.setPointSizeF(10);
    const qreal labelWidth = 30 * mm;
    auto field = [&](const QString &caption, const QString &value) {
        p.setFont(label);
        p.drawText(QRectF(inner.left(), y, labelWidth, 9 * mm), Qt::AlignLeft | Qt::AlignVCenter, caption);
        p.setFont(code);
        if (value.isEmpty()) {
            p.drawLine(QPointF(inner.left() + labelWidth, y + 7 * mm), QPointF(inner.left() + labelWidth + 30 * mm, y + 7 * mm));
        } else {
            p.drawText(QRectF(inner.left() + labelWidth, y, inner.width() - labelWidth, 9 * mm), Qt::AlignLeft | Qt::AlignVCenter, value);
        }
        y += 9 * mm;
    };
    field(LoginCardPrinter::tr("Login code:"), card.login);
    field(LoginCardPrinter::tr("PIN:"), card.pin);
    y += 1 * mm;
    p.setPen(QColor(0x4F, 0x58, 0x68));
    p.setFont(small);
    p.drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               LoginCardPrinter::tr("To sign in to Continuité, type this login code, then this PIN. Keep the PIN "
                                    "secret: if you lose this card, your teacher gives you a new PIN."));
}
} // namespace

Result<int> LoginCardPrinter::print(const QList<LoginCard> &cards, const QString &pdfPath)
{
    using R = Result<int>;
    if (cards.isEmpty())
        return R::failure(tr("There is no student to print a card for: add students first."));
    QPdfWriter writer(pdfPath);
    writer.setTitle(tr("Login cards"));
    writer.setCreator(u"Continuité"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return R::failure(tr("Could not write %1: check that the folder is writable and the disk not full.").arg(pdfPath));
    const qreal mm = writer.resolution() / 25.4;
    const QRectF page(0, 0, writer.width(), writer.height());
    const QSizeF cardSize(page.width() / Columns, page.height() / Rows);
    int pages = 1;
    for (int i = 0; i < cards.size(); ++i) {
        const int slot = i % CardsPerPage;
        if (i > 0 && slot == 0) {
            writer.newPage();
            ++pages;
        }
        const QRectF box(QPointF((slot % Columns) * cardSize.width(), (slot / Columns) * cardSize.height()), cardSize);
        // Dashed cut lines around each card.
        painter.setPen(QPen(QColor(0x9A, 0xA3, 0xB0), 0.3 * mm, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        drawCard(painter, box, cards.at(i), mm);
    }
    painter.end();
    if (!QFileInfo::exists(pdfPath) || QFileInfo(pdfPath).size() == 0)
        return R::failure(tr("Could not write %1: check that the folder is writable and the disk not full.").arg(pdfPath));
    return pages;
}

} // namespace Continuite
