#include "gui/OverviewPage.h"

#include "cli/StatusText.h"
#include "core/VnFormat.h"
#include "models/CampaignSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace signtally {

OverviewPage::OverviewPage(CampaignSession* session, QWidget* parent)
    : Page(parent), m_session(session), m_asOf(session->defaultDate())
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(session->data().campaign.name, this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table, 1);
    connect(session, &CampaignSession::talliesChanged, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::applyViewOptions(const ViewOptions& options)
{
    if (options.asOf.isValid()) {
        m_asOf = options.asOf;
        refresh();
    }
}

void OverviewPage::refresh()
{
    const Format fmt;
    const CampaignData& data = m_session->data();
    const ProgressSnapshot s = m_session->engine().snapshot(m_asOf);
    m_headline->setText(
        tr("Tính đến %1: %2 / %3 (%4) · còn %5 ngày · đúng tiến độ %6, có nguy cơ %7, "
           "chậm %8 đơn vị")
            .arg(fmt.date(m_asOf), fmt.count(s.total.cumulative), fmt.count(s.total.target),
                 fmt.percent(s.total.percentOfTarget))
            .arg(s.daysLeft)
            .arg(s.onTrack)
            .arg(s.atRisk)
            .arg(s.behind));
    const QStringList headers = {tr("TT"),     tr("Đơn vị"),     tr("Dân số TT"), tr("Chỉ tiêu"),
                                 tr("Lũy kế"), tr("% chỉ tiêu"), tr("Trạng thái")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(s.units.size()));
    for (const UnitProgress& u : s.units) {
        const Unit& unit = data.units[u.unitIndex];
        const QStringList cells = {QString::number(unit.number), unit.name,
                                   fmt.count(unit.adults),       fmt.count(unit.quota),
                                   fmt.count(u.cumulative),      fmt.percent(u.percentOfTarget),
                                   StatusText::label(u.status)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c != 1 && c != 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(u.unitIndex, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

} // namespace signtally
