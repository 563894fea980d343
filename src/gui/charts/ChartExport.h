#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

class QGraphicsView;

namespace signtally::charts::exporting {

// A chart view drawn as the files it is saved to (for ChartView).
// PNG at `scale` times the view's size, on white.
QImage image(QGraphicsView& view, qreal scale = 2.0);
// SVG of the view's size, with `title` as the document's title.
QByteArray svg(QGraphicsView& view, const QString& title);
// The bytes written through QSaveFile; false, with the file's error, when they could not be.
bool writeFile(const QString& path, const QByteArray& bytes, QString* fileError);

} // namespace signtally::charts::exporting
