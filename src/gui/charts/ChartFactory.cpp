#include "gui/charts/ChartFactory.h"

#include "core/AxisStep.h"
#include "core/VnFormat.h"

#include <QApplication>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally::charts {

NiceScale niceScale(double max, int ticks)
{
    if (!(max > 0))
        return {ticks * 1.0, 1.0};
    const double interval = axisStep(max, ticks);
    return {std::ceil(max / interval - 1e-9) * interval, interval};
}

namespace {

QFont chartFont(qreal scale = 1.0, bool bold = false)
{
    QFont f = QApplication::font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

void styleValueAxis(QValueAxis* axis, double max, const QString& format)
{
    const NiceScale s = niceScale(max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(s.interval);
    axis->setRange(0, s.max);
    axis->setLabelFormat(format);
    axis->setMinorTickCount(0);
}

// Labels on week starts (week 1 starts on the first day) and the last day,
// each at its day: "28/07", "04/08", …, "28/08".
void setDayLabels(QCategoryAxis* axis, const DayAxis& days, qreal plotWidth)
{
    // Labels at least a label's width apart: a week start too close to the
    // last day (in pixels, at this width) is left out.
    const Format fmt;
    const qreal perDay = days.days > 0 ? plotWidth / days.days : 0;
    const qreal labelWidth = QFontMetricsF(axis->labelsFont()).horizontalAdvance(u"00/00"_s) + 10;
    // A long campaign (months) labels every 2nd, 3rd… week so labels never touch.
    const int stepDays =
        7 * std::max(1, perDay > 0 ? int(std::ceil(labelWidth / (7 * perDay))) : 1);
    QList<std::pair<QString, int>> wanted;
    for (int d = 0; d < days.days; d += stepDays) {
        const int toLast = days.days - 1 - d;
        if (d > 0 && toLast > 0 && (toLast < 3 || toLast * perDay < labelWidth))
            continue;
        wanted.push_back({fmt.shortDate(days.start.addDays(d)), d});
    }
    if ((days.days - 1) % stepDays != 0)
        wanted.push_back({fmt.shortDate(days.start.addDays(days.days - 1)), days.days - 1});
    QStringList labels;
    for (const auto& w : wanted)
        labels << w.first;
    if (labels == axis->categoriesLabels())
        return;
    for (const QString& l : axis->categoriesLabels())
        axis->remove(l);
    axis->setStartValue(-0.5);
    for (const auto& w : wanted)
        axis->append(w.first, w.second);
    axis->setRange(-0.5, std::max(0, days.days - 1) + 0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

QCategoryAxis* makeDayAxis()
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsFont(chartFont(0.9));
    axis->setGridLineVisible(true);
    return axis;
}

QValueAxis* makeValueAxis()
{
    auto* axis = new QValueAxis;
    axis->setLabelsFont(chartFont(0.9));
    return axis;
}

} // namespace

ChartView::ChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setToolTip(tr("Nhấp chuột phải để lưu biểu đồ (PNG, SVG) hoặc sao chép"));
}

QChart* ChartView::makeChart()
{
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setLocale(Format::defaultLocale()); // Vietnamese unless the interface is English
    chart->setTitleFont(chartFont(1.1, true));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(0.9));
    chart->setMargins(QMargins(6, 4, 10, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    return chart;
}

void ChartView::setTitle(const QString& title)
{
    if (chart()->title() != title)
        chart()->setTitle(title);
}

void ChartView::layoutForExport()
{
    // A chart that was never shown (or resized while hidden) has not laid out
    // for its size yet: do it now, as showing it would.
    if (chart()->size() != QSizeF(size())) {
        QResizeEvent event(size(), chart()->size().toSize());
        resizeEvent(&event);
    }
    if (chart()->layout())
        chart()->layout()->activate();
}

qreal ChartView::plotWidth() const
{
    // Before the first layout the plot area is empty: estimate from the view.
    const qreal plot = chart() ? chart()->plotArea().width() : 0;
    return plot > 0 ? plot : width() * 0.85;
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (chart() && chart()->layout())
        chart()->layout()->activate();
    relayoutLabels();
}

QImage ChartView::toImage(qreal scale)
{
    layoutForExport();
    QImage image(size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Explicit target in logical pixels: the image's device pixel ratio scales it.
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size())), rect());
    painter.end();
    return image;
}

bool ChartView::saveTo(const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    layoutForExport();
    if (suffix == u"svg"_s) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size());
        generator.setViewBox(QRect(QPoint(0, 0), size()));
        generator.setTitle(QTextDocumentFragment::fromHtml(chart()->title()).toPlainText());
        QPainter painter(&generator);
        render(&painter, QRectF(QPointF(0, 0), QSizeF(size())), rect());
        painter.end();
    } else if (suffix == u"png"_s) {
        if (!toImage().save(&buffer, "PNG")) {
            if (error)
                *error = tr("Không tạo được ảnh PNG.");
            return false;
        }
    } else {
        if (error)
            *error = tr("Chỉ lưu được tệp .png hoặc .svg: %1").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Không ghi được %1: %2").arg(path, file.errorString());
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

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Lưu biểu đồ (PNG/SVG)…"), this, &ChartView::saveWithDialog);
    menu.addAction(tr("Sao chép ảnh biểu đồ"), this, &ChartView::copyToClipboard);
    menu.exec(event->globalPos());
}

// --- TimeLineChart -------------------------------------------------------

TimeLineChart::TimeLineChart(QWidget* parent) : ChartView(parent)
{
    QChart* chart = makeChart();
    m_x = makeDayAxis();
    m_y = makeValueAxis();
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_marker = new QLineSeries;
    QPen pen(QColor(0x55, 0x55, 0x55));
    pen.setStyle(Qt::DotLine);
    pen.setWidthF(1.5);
    m_marker->setPen(pen);
    chart->addSeries(m_marker);
    m_marker->attachAxis(m_x);
    m_marker->attachAxis(m_y);
}

void TimeLineChart::setData(const TimeLineData& data)
{
    setTitle(data.title);
    if (data.axis.start != m_axis.start || data.axis.days != m_axis.days) {
        m_axis = data.axis;
        setDayLabels(m_x, m_axis, plotWidth());
    }
    bool sameLines = m_lines.size() == data.lines.size();
    for (int i = 0; sameLines && i < m_lines.size(); ++i)
        sameLines = m_lines[i]->name() == data.lines[i].name;
    if (!sameLines) {
        for (QLineSeries* s : std::as_const(m_lines)) {
            chart()->removeSeries(s);
            delete s;
        }
        m_lines.clear();
        for (const Line& l : data.lines) {
            auto* s = new QLineSeries;
            s->setName(l.name);
            connect(s, &QLineSeries::hovered, this,
                    [this, s](const QPointF& at, bool on) { showLineTip(s, at, on); });
            chart()->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            m_lines.push_back(s);
        }
        // The "as of" marker last in the legend.
        chart()->removeSeries(m_marker);
        chart()->addSeries(m_marker);
        m_marker->attachAxis(m_x);
        m_marker->attachAxis(m_y);
    }
    double max = 0;
    for (int i = 0; i < data.lines.size(); ++i) {
        const Line& l = data.lines[i];
        QPen pen(l.color);
        pen.setStyle(l.style);
        pen.setWidthF(l.width);
        m_lines[i]->setPen(pen);
        m_lines[i]->replace(QList<QPointF>(l.points.begin(), l.points.end()));
        // A line of one point (the first day) is drawn as a dot.
        m_lines[i]->setPointsVisible(l.points.size() == 1);
        for (const QPointF& p : l.points)
            max = std::max(max, p.y());
    }
    styleValueAxis(m_y, max, u"%.0f"_s);
    const double top = m_y->max();
    if (data.markerDay >= 0) {
        m_marker->setName(data.markerName);
        m_marker->replace({QPointF(data.markerDay, 0), QPointF(data.markerDay, top)});
    } else {
        m_marker->clear();
    }
    const auto markers = chart()->legend()->markers(m_marker);
    for (QLegendMarker* lm : markers)
        lm->setVisible(data.markerDay >= 0);
}

void TimeLineChart::showLineTip(QLineSeries* series, const QPointF& at, bool on)
{
    if (!on) {
        QToolTip::hideText();
        return;
    }
    // The series' value at the day nearest to the cursor (straight lines
    // have two points: interpolate).
    const QList<QPointF> points = series->points();
    if (points.isEmpty())
        return;
    const double day = std::round(at.x());
    double value = points.first().y();
    for (int i = 1; i < points.size(); ++i) {
        const QPointF& a = points[i - 1];
        const QPointF& b = points[i];
        if (day >= a.x() && day <= b.x()) {
            value =
                b.x() > a.x() ? a.y() + (b.y() - a.y()) * (day - a.x()) / (b.x() - a.x()) : b.y();
            break;
        }
        value = b.y();
    }
    const Format fmt;
    QToolTip::showText(QCursor::pos(),
                       tr("%1, %2: %3")
                           .arg(series->name(), fmt.date(m_axis.start.addDays(qint64(day))),
                                fmt.count(qint64(std::llround(value)))),
                       this);
}

void TimeLineChart::relayoutLabels()
{
    if (m_axis.days > 0)
        setDayLabels(m_x, m_axis, plotWidth());
}

// --- DailyStackChart ------------------------------------------------------

DailyStackChart::DailyStackChart(QWidget* parent) : ChartView(parent)
{
    QChart* chart = makeChart();
    m_x = makeDayAxis();
    m_y = makeValueAxis();
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.75);
    chart->addSeries(m_series);
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool on, int day, QBarSet* set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const Format fmt;
        qreal total = 0;
        for (const QBarSet* s : m_series->barSets())
            total += s->at(day);
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %2: %3 (cả ngày: %4)")
                               .arg(set->label(), fmt.date(m_axis.start.addDays(day)),
                                    fmt.count(qint64(set->at(day))), fmt.count(qint64(total))),
                           this);
    });
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
}

void DailyStackChart::setData(const DailyStackData& data)
{
    setTitle(data.title);
    if (data.axis.start != m_axis.start || data.axis.days != m_axis.days) {
        m_axis = data.axis;
        setDayLabels(m_x, m_axis, plotWidth());
    }
    QList<QBarSet*> sets = m_series->barSets();
    bool sameSets = sets.size() == data.stacks.size();
    for (int i = 0; sameSets && i < sets.size(); ++i)
        sameSets = sets[i]->label() == data.stacks[i].name;
    if (!sameSets) {
        m_series->clear();
        sets.clear();
        for (const Stack& s : data.stacks) {
            auto* set = new QBarSet(s.name);
            sets.push_back(set);
        }
        m_series->append(sets);
    }
    QVector<double> sums(data.axis.days, 0.0);
    for (int i = 0; i < data.stacks.size(); ++i) {
        const Stack& s = data.stacks[i];
        QBarSet* set = sets[i];
        set->setColor(s.color);
        set->setBorderColor(s.color);
        if (set->count() != s.values.size()) {
            set->remove(0, set->count());
            QList<qreal> values;
            for (qint64 v : s.values)
                values.push_back(qreal(v));
            set->append(values);
        } else {
            for (int d = 0; d < s.values.size(); ++d)
                if (set->at(d) != qreal(s.values[d]))
                    set->replace(d, qreal(s.values[d]));
        }
        for (int d = 0; d < s.values.size() && d < sums.size(); ++d)
            sums[d] += double(s.values[d]);
    }
    double max = 0;
    for (double v : sums)
        max = std::max(max, v);
    styleValueAxis(m_y, max, u"%.0f"_s);
    // Nothing reported yet: no made-up 0–6 scale, and the title says why it is empty.
    m_y->setLabelsVisible(max > 0);
    if (max <= 0) {
        m_y->setTickInterval(1);
        m_y->setRange(0, 1);
        setTitle(tr("%1 (chưa có số liệu)").arg(data.title));
    }
}

void DailyStackChart::relayoutLabels()
{
    if (m_axis.days > 0)
        setDayLabels(m_x, m_axis, plotWidth());
}

// --- RankedBarsChart ------------------------------------------------------

RankedBarsChart::RankedBarsChart(QWidget* parent) : ChartView(parent)
{
    QChart* chart = makeChart();
    m_labels = new QBarCategoryAxis;
    m_labels->setLabelsFont(chartFont(0.9));
    m_labels->setGridLineVisible(false);
    m_values = makeValueAxis();
    chart->addAxis(m_labels, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.72);
    chart->addSeries(m_series);
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool on, int index, QBarSet* set) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                const QStringList labels = m_labels->categories();
                if (index >= 0 && index < labels.size())
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1 (%2)").arg(labels[index], set->label()), this);
            });
    m_series->attachAxis(m_labels);
    m_series->attachAxis(m_values);
}

int RankedBarsChart::heightFor(int bars)
{
    // Qt Charts elides a category label to "..." when the row is lower than
    // the text plus twice the label padding: give every row that much.
    const int line = QFontMetrics(chartFont(0.9)).height();
    return bars * (line + 14) + 6 * line + 60;
}

void RankedBarsChart::setData(const RankedBarsData& data)
{
    if (data.subtitle.isEmpty())
        setTitle(data.title);
    else
        setTitle(u"%1<br><span style=\"font-weight:normal; font-size:small\">%2</span>"_s.arg(
            data.title.toHtmlEscaped(), data.subtitle.toHtmlEscaped()));
    QList<QBarSet*> sets = m_series->barSets();
    bool sameSets = sets.size() == data.groups.size();
    for (int i = 0; sameSets && i < sets.size(); ++i)
        sameSets = sets[i]->label() == data.groups[i].name;
    if (!sameSets) {
        m_series->clear();
        sets.clear();
        for (const RankedBarsData::Group& g : data.groups)
            sets.push_back(new QBarSet(g.name));
        m_series->append(sets);
    }
    // Category 0 is drawn at the bottom: fill from the last bar up.
    const int n = int(data.bars.size());
    QStringList labels;
    QVector<QList<qreal>> values(data.groups.size(), QList<qreal>(n, 0.0));
    QVector<bool> used(data.groups.size(), false);
    double max = 100;
    for (int i = 0; i < n; ++i) {
        const RankedBarsData::Bar& b = data.bars[n - 1 - i];
        labels.push_back(b.label);
        if (b.group >= 0 && b.group < values.size()) {
            values[b.group][i] = b.value;
            used[b.group] = true;
        }
        max = std::max(max, b.value);
    }
    for (int g = 0; g < sets.size(); ++g) {
        sets[g]->setColor(data.groups[g].color);
        sets[g]->setBorderColor(data.groups[g].color);
        if (sets[g]->count() != n) {
            sets[g]->remove(0, sets[g]->count());
            sets[g]->append(values[g]);
        } else {
            for (int i = 0; i < n; ++i)
                if (sets[g]->at(i) != values[g][i])
                    sets[g]->replace(i, values[g][i]);
        }
    }
    // The legend names only the groups that have a bar.
    const auto setMarkers = chart()->legend()->markers(m_series);
    for (QLegendMarker* lm : setMarkers)
        if (auto* bm = qobject_cast<QBarLegendMarker*>(lm))
            lm->setVisible(used.value(sets.indexOf(bm->barset()), true));
    if (m_labels->categories() != labels)
        m_labels->setCategories(labels);
    // The chart localizes its numbers: the text around the number is kept as
    // written, so a single % (printf's "%%" would show as "%%").
    styleValueAxis(m_values, max, u"%.0f%"_s);

    while (m_references.size() > data.references.size()) {
        QLineSeries* s = m_references.takeLast();
        chart()->removeSeries(s);
        delete s;
    }
    while (m_references.size() < data.references.size()) {
        auto* s = new QLineSeries;
        chart()->addSeries(s);
        s->attachAxis(m_values);
        s->attachAxis(m_labels);
        m_references.push_back(s);
    }
    for (int i = 0; i < data.references.size(); ++i) {
        const RankedBarsData::Reference& r = data.references[i];
        QPen pen(r.color);
        pen.setStyle(r.style);
        pen.setWidthF(2);
        m_references[i]->setPen(pen);
        m_references[i]->setName(r.name);
        m_references[i]->replace({QPointF(r.value, -0.5), QPointF(r.value, n - 0.5)});
        // Named in the subtitle: the legend keeps to the status colours.
        const auto markers = chart()->legend()->markers(m_references[i]);
        for (QLegendMarker* lm : markers)
            lm->setVisible(data.subtitle.isEmpty());
    }
}

} // namespace signtally::charts
