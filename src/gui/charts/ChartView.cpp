#include "gui/charts/ChartView.h"

#include "gui/charts/ChartCanvas.h"
#include "gui/charts/ChartExport.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QMenu>
#include <QMessageBox>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally::charts {

ChartView::ChartView(QWidget* parent) : QWidget(parent), m_canvas(new detail::ChartCanvas(this))
{
    // The canvas fills the widget and sizes it as a bare QChartView would.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_canvas);
    setSizePolicy(m_canvas->sizePolicy());
    m_canvas->setToolTip(tr("Nhấp chuột phải để lưu biểu đồ (PNG, SVG) hoặc sao chép"));
}

ChartView::~ChartView() = default;

void ChartView::setTitle(const QString& title)
{
    if (m_canvas->chart()->title() != title)
        m_canvas->chart()->setTitle(title);
}

QString ChartView::title() const
{
    return m_canvas->chart()->title();
}

QStringList ChartView::drawnTexts() const
{
    QStringList texts;
    for (QGraphicsItem* item : m_canvas->chart()->scene()->items()) {
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            texts << t->toPlainText();
        else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << s->text();
    }
    return texts;
}

void ChartView::layoutForExport()
{
    // A chart that was never shown (or resized while hidden) has not laid out
    // for its size yet: do it now, as showing it would.
    if (m_canvas->geometry() != rect())
        m_canvas->setGeometry(rect());
    m_canvas->layoutNow();
}

qreal ChartView::plotWidth() const
{
    // Before the first layout the plot area is empty: estimate from the view.
    const qreal plot = m_canvas->chart() ? m_canvas->chart()->plotArea().width() : 0;
    return plot > 0 ? plot : width() * 0.85;
}

QImage ChartView::toImage(qreal scale)
{
    layoutForExport();
    return exporting::image(*m_canvas, scale);
}

bool ChartView::saveTo(const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    layoutForExport();
    if (suffix == u"svg"_s) {
        bytes = exporting::svg(
            *m_canvas, QTextDocumentFragment::fromHtml(m_canvas->chart()->title()).toPlainText());
    } else if (suffix == u"png"_s) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!exporting::image(*m_canvas).save(&buffer, "PNG")) {
            if (error)
                *error = tr("Không tạo được ảnh PNG.");
            return false;
        }
    } else {
        if (error)
            *error = tr("Chỉ lưu được tệp .png hoặc .svg: %1").arg(path);
        return false;
    }
    QString fileError;
    if (!exporting::writeFile(path, bytes, &fileError)) {
        if (error)
            *error = tr("Không ghi được %1: %2").arg(path, fileError);
        return false;
    }
    return true;
}

void ChartView::copyToClipboard()
{
    QApplication::clipboard()->setImage(toImage());
}

void ChartView::saveWithDialog()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Lưu biểu đồ"), {}, tr("Ảnh PNG (*.png);;Ảnh vector SVG (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(u"svg"_s) ? u".svg"_s : u".png"_s;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Không lưu được biểu đồ"), error);
}

void ChartView::showMenu(const QPoint& globalPos)
{
    QMenu menu(this);
    menu.addAction(tr("Lưu biểu đồ (PNG/SVG)…"), this, &ChartView::saveWithDialog);
    menu.addAction(tr("Sao chép ảnh biểu đồ"), this, &ChartView::copyToClipboard);
    menu.exec(globalPos);
}

} // namespace signtally::charts
