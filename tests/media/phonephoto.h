// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Photos as a phone takes them, made deterministically: shared by tst_imagereducer and bench/media.

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace PhonePhoto {

using namespace Qt::StringLiterals;

/// What the pupil wrote; Tesseract must find these words in the photo and in its light copy.
inline const QStringList PageLines{
    u"Exercice 3 : les fractions"_s,
    u"Léa partage une pizza en huit parts égales."_s,
    u"Elle mange trois parts avec son frère."_s,
    u"Il reste cinq huitièmes de la pizza."_s,
    u"La fraction mangée est trois huitièmes."_s,
    u"Je vérifie : trois plus cinq font huit."_s,
};

inline QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot write a JPEG");
    return bytes;
}

/**
 * A 12 MP phone photo of a notebook page: a warm page lit unevenly (darker towards the corners) on a
 * darker table, Seyès ruling, @p lines in blue ink in a slanted font with a hand's jitter, the page turned
 * a little, sensor noise. Needs a QGuiApplication (fonts). Encode it with jpeg(…, 92), as phones do.
 */
inline QImage notebookPage(const QStringList &lines = PageLines, quint32 seed = 15)
{
    QImage page(2800, 3700, QImage::Format_RGB32);
    {
        QPainter p(&page);
        p.setRenderHint(QPainter::Antialiasing);
        QRadialGradient light(QPointF(1300, 1600), 3000);
        light.setColorAt(0, QColor(248, 243, 228));
        light.setColorAt(1, QColor(175, 165, 142));
        p.fillRect(page.rect(), light);
        for (int y = 300, i = 0; y < 3600; y += 32, ++i) {
            p.setPen(QPen(QColor(165, 190, 228), i % 4 == 0 ? 4 : 2));
            p.drawLine(100, y, 2700, y);
        }
        p.setPen(QPen(QColor(225, 110, 120), 4));
        p.drawLine(420, 100, 420, 3650);
        QFont font(u"DejaVu Sans"_s);
        font.setItalic(true);
        font.setPixelSize(92);
        p.setFont(font);
        const QFontMetrics metrics(font);
        QRandomGenerator rng(seed);
        p.setPen(QColor(30, 45, 130));
        int y = 300 + 32 * 8;
        for (const QString &line : lines) {
            int x = 470;
            for (const QString &word : line.split(u' ')) {
                p.save();
                p.translate(x, y + rng.bounded(-6, 7));
                p.rotate(rng.bounded(4.0) - 2.0);
                p.drawText(0, 0, word);
                p.restore();
                x += metrics.horizontalAdvance(word + u' ') + rng.bounded(-4, 12);
            }
            y += 32 * 12;
        }
    }
    QImage photo(3000, 4000, QImage::Format_RGB32);
    photo.fill(QColor(92, 70, 52)); // the table
    {
        QPainter p(&photo);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(1500, 2000);
        p.rotate(1.5);
        p.drawImage(-1400, -1850, page);
    }
    QRandomGenerator noise(seed * 7 + 42);
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            const int n = int(noise.bounded(25u)) - 12;
            const QRgb c = line[x];
            line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255), std::clamp(qBlue(c) + n, 0, 255));
        }
    }
    return photo;
}

} // namespace PhonePhoto
