#pragma once

#include "gui/charts/ChartData.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace signtally::charts {

namespace detail {
class ChartCanvas;
}

// A chart that can be saved as PNG or SVG and copied (right-click menu): the
// base of every chart widget. It holds the Qt Charts view (a ChartCanvas,
// known only to this folder's .cpp files) filling the widget.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    QImage toImage(qreal scale = 2.0);
    // PNG or SVG by the file's suffix, written through QSaveFile.
    bool saveTo(const QString& path, QString* error = nullptr);
    void copyToClipboard();
    void saveWithDialog();

    // The title as set (rich text for a two-line title).
    QString title() const;
    // Every text the chart has drawn (title, axis labels, legend), as its
    // scene holds them: lay it out first (toImage()) for a chart never shown.
    QStringList drawnTexts() const;
    // How many series (lines, bar sets) the chart has made so far: a
    // setData() that replaces data in place makes none.
    int seriesMade() const { return m_seriesMade; }

protected:
    detail::ChartCanvas* canvas() const { return m_canvas; }
    void setTitle(const QString& title);
    // Width of the plot area in pixels (an estimate before the first layout).
    qreal plotWidth() const;
    // Called after a resize: axis labels that depend on the width.
    virtual void relayoutLabels() {}
    void countSeriesMade(int n = 1) { m_seriesMade += n; }

private:
    friend class detail::ChartCanvas;
    void showMenu(const QPoint& globalPos);
    void layoutForExport();
    detail::ChartCanvas* m_canvas = nullptr;
    int m_seriesMade = 0;
};

} // namespace signtally::charts
