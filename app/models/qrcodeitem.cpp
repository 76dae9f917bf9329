// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "qrcodeitem.h"

#include <QPainter>

#include <qrencode.h>

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

QVector<bool> QrCodeItem::encode(const QString &text, int *width)
{
    QVector<bool> dark;
    *width = 0;
    if (text.isEmpty())
        return dark;
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return dark;
    *width = code->width;
    dark.resize(code->width * code->width);
    for (int i = 0; i < dark.size(); ++i)
        dark[i] = code->data[i] & 1;
    QRcode_free(code);
    return dark;
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_dark = encode(text, &m_width);
    update();
    Q_EMIT textChanged();
}

void QrCodeItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
    Q_EMIT colorChanged();
}

void QrCodeItem::paint(QPainter *painter)
{
    const qreal side = std::min(width(), height());
    painter->fillRect(QRectF(0, 0, side, side), Qt::white);
    if (m_width == 0)
        return;
    const int quiet = 2;
    const int cells = m_width + 2 * quiet;
    const qreal module = std::floor(side / cells) > 0 ? std::floor(side / cells) : side / cells;
    const qreal offset = (side - module * m_width) / 2;
    for (int y = 0; y < m_width; ++y)
        for (int x = 0; x < m_width; ++x)
            if (m_dark.at(y * m_width + x))
                painter->fillRect(QRectF(offset + x * module, offset + y * module, module, module), m_color);
}
