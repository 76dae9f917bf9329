// SPDX-FileCopyrightText: 2026 Continuité contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QQuickPaintedItem>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

/**
 * @brief One page of a local PDF file, rendered off the GUI thread and drawn to the item's width.
 *
 * Why not QtPdf's PdfMultiPageView: in Qt 6.4 its pages render on Qt Quick's image thread straight from the
 * viewer's QPdfDocument, and closing the viewer while a page renders crashed the app (seen under load: the
 * image thread rendered into the freed document). Here each render opens the file in its own QPdfDocument on
 * a pool thread (QtPdf serialises PDFium behind one lock), and the item only keeps the image that comes back:
 * an item gone before its render ends leaves nothing behind that the render could touch.
 *
 * The item does not size itself: the viewer sizes each page from the document's page sizes before any
 * render, so the list does not jump as pages arrive. The render is at the item's width times the device pixel ratio, in steps of 64 pixels, so small layout
 * changes do not re-render; the previous image stays drawn (scaled) while a new one renders.
 */
class PdfPageItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(PdfPage)

    /// A local file (file:// URL or a path); anything else is an error, never a download.
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    /// The page, from 0.
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    /// False while the page is far off screen: its image is let go and nothing renders (a 40-page PDF does not
    /// hold 40 rendered pages).
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    /// The page's words, for a screen reader (the image says nothing to one): read off the GUI thread once per
    /// source and page, whether the page is on screen or not; lines end with "\n".
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    /// True once the page's words have been read (text() is then final, empty for a page that is only a picture).
    Q_PROPERTY(bool textRead READ isTextRead NOTIFY textChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit PdfPageItem(QQuickItem *parent = nullptr);
    ~PdfPageItem() override;

    QUrl source() const { return m_source; }
    void setSource(const QUrl &source);
    int page() const { return m_page; }
    void setPage(int page);
    Status status() const { return m_status; }
    bool isActive() const { return m_active; }
    void setActive(bool active);
    QString text() const { return m_text; }
    bool isTextRead() const { return m_textRead; }

    void paint(QPainter *painter) override;

    /// Renders @p page of the PDF at @p path to @p width pixels wide (as tall as the page's proportions make it),
    /// in the calling thread, with its own document; a null image if the file or the page cannot be read.
    static QImage render(const QString &path, int page, int width);
    /// The words of @p page of the PDF at @p path (QPdfDocument::getAllText), one line of the page a line, in the
    /// calling thread; empty if the file or the page cannot be read or holds no text.
    static QString pageText(const QString &path, int page);

Q_SIGNALS:
    void sourceChanged();
    void pageChanged();
    void statusChanged();
    void activeChanged();
    void textChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    void scheduleRender();
    void startRender();
    void renderFinished();
    void setStatus(Status status);
    int wantedWidth() const;
    QString localPath() const;
    void scheduleText();
    void startText();

    QString m_text;
    bool m_textRead = false;
    bool m_textQueued = false;
    int m_textGeneration = 0;

    QUrl m_source;
    int m_page = 0;
    Status m_status = Null;
    QImage m_image;
    int m_renderedWidth = 0;
    QFutureWatcher<QImage> *m_watcher = nullptr;
    bool m_pending = false;
    bool m_active = true;
};
