// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QColor>
#include <QQuickPaintedItem>
#include <QVector>
#include <QtQml/qqmlregistration.h>

/**
 * @brief A QR code of a short text (the classroom's URL), drawn crisp at any size (libqrencode).
 *
 * Medium error correction, a quiet zone of two modules, dark modules in `color` on white.
 */
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)

    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    /// Modules per side (0 when there is nothing to draw).
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    int modules() const { return m_width; }

    /// The modules of @p text's QR code, row by row (true: dark); @p width gets the side.
    static QVector<bool> encode(const QString &text, int *width);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();
    void colorChanged();

private:
    QString m_text;
    QColor m_color = Qt::black;
    QVector<bool> m_dark;
    int m_width = 0;
};
