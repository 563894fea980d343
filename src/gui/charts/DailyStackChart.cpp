#include "gui/charts/DailyStackChart.h"

#include "core/VnFormat.h"
#include "gui/charts/ChartCanvas.h"

#include <QBarSet>
#include <QCursor>
#include <QStackedBarSeries>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace signtally::charts {

using namespace detail;

struct DailyStackChart::Parts
{
    QStackedBarSeries* series = nullptr;
    QCategoryAxis* x = nullptr;
    QValueAxis* y = nullptr;
};

DailyStackChart::DailyStackChart(QWidget* parent) : ChartView(parent), m(std::make_unique<Parts>())
{
    QChart* chart = canvas()->chart();
    m->x = makeDayAxis();
    m->y = makeValueAxis();
    chart->addAxis(m->x, Qt::AlignBottom);
    chart->addAxis(m->y, Qt::AlignLeft);
    m->series = new QStackedBarSeries;
    m->series->setBarWidth(0.75);
    chart->addSeries(m->series);
    connect(m->series, &QStackedBarSeries::hovered, this, [this](bool on, int day, QBarSet* set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const Format fmt;
        qreal total = 0;
        for (const QBarSet* s : m->series->barSets())
            total += s->at(day);
        QToolTip::showText(QCursor::pos(),
                           tr("%1, %2: %3 (cả ngày: %4)")
                               .arg(set->label(), fmt.date(m_axis.start.addDays(day)),
                                    fmt.count(qint64(set->at(day))), fmt.count(qint64(total))),
                           canvas());
    });
    m->series->attachAxis(m->x);
    m->series->attachAxis(m->y);
}

DailyStackChart::~DailyStackChart() = default;

void DailyStackChart::setData(const DailyStackData& data)
{
    setTitle(data.title);
    if (data.axis.start != m_axis.start || data.axis.days != m_axis.days) {
        m_axis = data.axis;
        setDayLabels(m->x, m_axis, plotWidth());
    }
    QList<QBarSet*> sets = m->series->barSets();
    bool sameSets = sets.size() == data.stacks.size();
    for (int i = 0; sameSets && i < sets.size(); ++i)
        sameSets = sets[i]->label() == data.stacks[i].name;
    if (!sameSets) {
        m->series->clear();
        sets.clear();
        for (const Stack& s : data.stacks) {
            auto* set = new QBarSet(s.name);
            sets.push_back(set);
        }
        countSeriesMade(int(sets.size()));
        m->series->append(sets);
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
    styleValueAxis(m->y, max, u"%.0f"_s);
    // Nothing reported yet: no made-up 0–6 scale, and the title says why it is empty.
    m->y->setLabelsVisible(max > 0);
    if (max <= 0) {
        m->y->setTickInterval(1);
        m->y->setRange(0, 1);
        setTitle(tr("%1 (chưa có số liệu)").arg(data.title));
    }
}

QList<PlottedStack> DailyStackChart::stacks() const
{
    return plotted(m->series->barSets());
}

NiceScale DailyStackChart::valueScale() const
{
    return scaleOf(m->y);
}

QStringList DailyStackChart::dayLabels() const
{
    return m->x->categoriesLabels();
}

void DailyStackChart::hoverBar(int stack, int day)
{
    emit m->series->hovered(true, day, m->series->barSets().at(stack));
}

void DailyStackChart::relayoutLabels()
{
    if (m_axis.days > 0)
        setDayLabels(m->x, m_axis, plotWidth());
}

} // namespace signtally::charts
