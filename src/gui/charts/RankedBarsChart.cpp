#include "gui/charts/RankedBarsChart.h"

#include "gui/charts/ChartCanvas.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace signtally::charts {

using namespace detail;

struct RankedBarsChart::Parts
{
    QHorizontalStackedBarSeries* series = nullptr;
    QBarCategoryAxis* labels = nullptr;
    QValueAxis* values = nullptr;
    QList<QLineSeries*> references;
};

RankedBarsChart::RankedBarsChart(QWidget* parent) : ChartView(parent), m(std::make_unique<Parts>())
{
    QChart* chart = canvas()->chart();
    m->labels = new QBarCategoryAxis;
    m->labels->setLabelsFont(chartFont(0.9));
    m->labels->setGridLineVisible(false);
    m->values = makeValueAxis();
    chart->addAxis(m->labels, Qt::AlignLeft);
    chart->addAxis(m->values, Qt::AlignBottom);
    m->series = new QHorizontalStackedBarSeries;
    m->series->setBarWidth(0.72);
    chart->addSeries(m->series);
    connect(m->series, &QHorizontalStackedBarSeries::hovered, this,
            [this](bool on, int index, QBarSet* set) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                const QStringList labels = m->labels->categories();
                if (index >= 0 && index < labels.size())
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1 (%2)").arg(labels[index], set->label()), canvas());
            });
    m->series->attachAxis(m->labels);
    m->series->attachAxis(m->values);
}

RankedBarsChart::~RankedBarsChart() = default;

int RankedBarsChart::heightFor(int bars)
{
    // Qt Charts elides a category label to "..." when the row is lower than
    // the text plus twice the label padding: give every row that much.
    const int line = QFontMetrics(chartFont(0.9)).height();
    return bars * (line + 14) + 6 * line + 60;
}

void RankedBarsChart::setData(const RankedBarsData& data)
{
    QChart* chart = canvas()->chart();
    if (data.subtitle.isEmpty())
        setTitle(data.title);
    else
        setTitle(u"%1<br><span style=\"font-weight:normal; font-size:small\">%2</span>"_s.arg(
            data.title.toHtmlEscaped(), data.subtitle.toHtmlEscaped()));
    QList<QBarSet*> sets = m->series->barSets();
    bool sameSets = sets.size() == data.groups.size();
    for (int i = 0; sameSets && i < sets.size(); ++i)
        sameSets = sets[i]->label() == data.groups[i].name;
    if (!sameSets) {
        m->series->clear();
        sets.clear();
        for (const RankedBarsData::Group& g : data.groups)
            sets.push_back(new QBarSet(g.name));
        countSeriesMade(int(sets.size()));
        m->series->append(sets);
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
    const auto setMarkers = chart->legend()->markers(m->series);
    for (QLegendMarker* lm : setMarkers)
        if (auto* bm = qobject_cast<QBarLegendMarker*>(lm))
            lm->setVisible(used.value(sets.indexOf(bm->barset()), true));
    if (m->labels->categories() != labels)
        m->labels->setCategories(labels);
    // The chart localizes its numbers: the text around the number is kept as
    // written, so a single % (printf's "%%" would show as "%%").
    styleValueAxis(m->values, max, u"%.0f%"_s);

    while (m->references.size() > data.references.size()) {
        QLineSeries* s = m->references.takeLast();
        chart->removeSeries(s);
        delete s;
    }
    while (m->references.size() < data.references.size()) {
        auto* s = new QLineSeries;
        countSeriesMade();
        chart->addSeries(s);
        s->attachAxis(m->values);
        s->attachAxis(m->labels);
        m->references.push_back(s);
    }
    for (int i = 0; i < data.references.size(); ++i) {
        const RankedBarsData::Reference& r = data.references[i];
        QPen pen(r.color);
        pen.setStyle(r.style);
        pen.setWidthF(2);
        m->references[i]->setPen(pen);
        m->references[i]->setName(r.name);
        m->references[i]->replace({QPointF(r.value, -0.5), QPointF(r.value, n - 0.5)});
        // Named in the subtitle: the legend keeps to the status colours.
        const auto markers = chart->legend()->markers(m->references[i]);
        for (QLegendMarker* lm : markers)
            lm->setVisible(data.subtitle.isEmpty());
    }
}

QStringList RankedBarsChart::labels() const
{
    return m->labels->categories();
}

QList<PlottedStack> RankedBarsChart::groups() const
{
    return plotted(m->series->barSets());
}

QList<PlottedLine> RankedBarsChart::references() const
{
    return plotted(m->references);
}

NiceScale RankedBarsChart::valueScale() const
{
    return scaleOf(m->values);
}

} // namespace signtally::charts
