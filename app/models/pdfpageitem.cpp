// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#include "pdfpageitem.h"

#include <QLoggingCategory>
#include <QPainter>
#include <QPdfDocument>
#include <QQuickWindow>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

Q_LOGGING_CATEGORY(lcPdfPage, "continuite.gui.pdf")

namespace {
constexpr int WidthStep = 64;
// A worksheet page is at most a few screens wide: past this a render only eats memory (4 bytes a pixel).
constexpr int MaxWidth = 2560;
}

PdfPageItem::PdfPageItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setFillColor(Qt::white);
}

PdfPageItem::~PdfPageItem()
{
    // The render, if one runs, holds only a path and its own document: it ends on its own and its result is
    // dropped with the watcher (no wait here, so closing the viewer never waits on a big page).
    if (m_watcher)
        m_watcher->disconnect(this);
}

void PdfPageItem::setSource(const QUrl &source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_image = {};
    m_renderedWidth = 0;
    Q_EMIT sourceChanged();
    scheduleRender();
    scheduleText();
}

void PdfPageItem::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    m_image = {};
    m_renderedWidth = 0;
    Q_EMIT pageChanged();
    scheduleRender();
    scheduleText();
}

void PdfPageItem::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        m_image = {};
        m_renderedWidth = 0;
        m_pending = false;
        setStatus(Null);
        update();
    }
    Q_EMIT activeChanged();
    scheduleRender();
}

void PdfPageItem::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

int PdfPageItem::wantedWidth() const
{
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const int px = int(std::ceil(width() * dpr));
    if (px <= 0)
        return 0;
    return std::min(MaxWidth, (px + WidthStep - 1) / WidthStep * WidthStep);
}

void PdfPageItem::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.width() != oldGeometry.width())
        scheduleRender();
}

void PdfPageItem::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickPaintedItem::itemChange(change, value);
    if (change == ItemSceneChange || change == ItemDevicePixelRatioHasChanged)
        scheduleRender();
}

void PdfPageItem::scheduleRender()
{
    if (m_source.isEmpty()) {
        m_image = {};
        setStatus(Null);
        update();
        return;
    }
    if (!m_active || wantedWidth() == 0 || wantedWidth() == m_renderedWidth)
        return;
    if (m_watcher && m_watcher->isRunning()) {
        m_pending = true; // one render at a time per page; the newest wish goes next
        return;
    }
    startRender();
}

QString PdfPageItem::localPath() const
{
    QString path = m_source.isLocalFile() ? m_source.toLocalFile() : QString();
    if (path.isEmpty() && m_source.isRelative() && m_source.scheme().isEmpty())
        path = m_source.path();
    return path;
}

void PdfPageItem::scheduleText()
{
    // The source and the page are set one after the other as the item is made: read once both are.
    ++m_textGeneration;
    if (m_textRead || !m_text.isEmpty()) {
        m_text.clear();
        m_textRead = false;
        Q_EMIT textChanged();
    }
    if (m_textQueued)
        return;
    m_textQueued = true;
    QMetaObject::invokeMethod(this, &PdfPageItem::startText, Qt::QueuedConnection);
}

void PdfPageItem::startText()
{
    m_textQueued = false;
    const QString path = localPath();
    if (path.isEmpty())
        return;
    // One watcher per read, a child of the item (gone with it, without waiting for the read): a result that
    // comes back after the source or the page changed is dropped.
    auto *watcher = new QFutureWatcher<QString>(this);
    const int generation = m_textGeneration;
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_textGeneration)
            return;
        m_text = watcher->result();
        m_textRead = true;
        qCDebug(lcPdfPage) << "page" << m_page << "has" << m_text.size() << "characters of text";
        Q_EMIT textChanged();
    });
    watcher->setFuture(QtConcurrent::run(&PdfPageItem::pageText, path, m_page));
}

QString PdfPageItem::pageText(const QString &path, int page)
{
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None || page < 0 || page >= doc.pageCount())
        return {};
    QString text = doc.getAllText(page).text();
    // PDFium ends a line with "\r\n" and may leave control characters (a soft hyphen's \x02, NULs).
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control && c != u'\n' && c != u'\t'; });
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n').trimmed();
}

void PdfPageItem::startRender()
{
    m_pending = false;
    const QString path = localPath();
    if (path.isEmpty()) {
        qCWarning(lcPdfPage) << "not a local PDF file:" << m_source;
        setStatus(Error);
        return;
    }
    if (!m_watcher) {
        m_watcher = new QFutureWatcher<QImage>(this);
        connect(m_watcher, &QFutureWatcher<QImage>::finished, this, &PdfPageItem::renderFinished);
    }
    m_renderedWidth = wantedWidth();
    qCDebug(lcPdfPage) << "rendering page" << m_page << "of" << path << "at" << m_renderedWidth << "px";
    setStatus(Loading);
    m_watcher->setFuture(QtConcurrent::run(&PdfPageItem::render, path, m_page, m_renderedWidth));
}

void PdfPageItem::renderFinished()
{
    if (!m_active) { // gone off screen meanwhile
        if (m_pending)
            startRender();
        return;
    }
    m_image = m_watcher->result();
    qCDebug(lcPdfPage) << "page" << m_page << "rendered" << m_image.size();
    setStatus(m_image.isNull() ? Error : Ready);
    update();
    if (m_pending)
        startRender();
}

QImage PdfPageItem::render(const QString &path, int page, int width)
{
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None) {
        qCWarning(lcPdfPage) << "could not open" << path << doc.error();
        return {};
    }
    if (page < 0 || page >= doc.pageCount() || width <= 0)
        return {};
    const QSizeF points = doc.pagePointSize(page);
    if (points.width() <= 0 || points.height() <= 0)
        return {};
    // A strip-shaped page cannot ask for more than four screens' height of pixels.
    const int height = std::min(4 * MaxWidth, int(std::ceil(width * points.height() / points.width())));
    return doc.render(page, QSize(std::min(width, MaxWidth), height));
}

void PdfPageItem::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(QRectF(0, 0, width(), height()), m_image);
}
