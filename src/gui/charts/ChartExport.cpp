#include "gui/charts/ChartExport.h"

#include <QBuffer>
#include <QGraphicsView>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace signtally::charts::exporting {

QImage image(QGraphicsView& view, qreal scale)
{
    QImage image(view.size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Explicit target in logical pixels: the image's device pixel ratio scales it.
    view.render(&painter, QRectF(QPointF(0, 0), QSizeF(view.size())), view.rect());
    painter.end();
    return image;
}

QByteArray svg(QGraphicsView& view, const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(view.size());
    generator.setViewBox(QRect(QPoint(0, 0), view.size()));
    generator.setTitle(title);
    QPainter painter(&generator);
    view.render(&painter, QRectF(QPointF(0, 0), QSizeF(view.size())), view.rect());
    painter.end();
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* fileError)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *fileError = file.errorString();
        return false;
    }
    return true;
}

} // namespace signtally::charts::exporting
