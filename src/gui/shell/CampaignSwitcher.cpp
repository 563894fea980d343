#include "gui/shell/CampaignSwitcher.h"

#include "core/VnFormat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

QString CampaignSwitcher::phaseText(CampaignInfo::Phase phase)
{
    return CampaignStore::phaseText(phase);
}

QString CampaignSwitcher::datesText(const CampaignInfo& campaign)
{
    const Format fmt;
    return tr("%1–%2").arg(fmt.date(campaign.start), fmt.date(campaign.end));
}

CampaignSwitcher::CampaignSwitcher(const QVector<CampaignInfo>& campaigns, qint64 current,
                                   QDate today, QWidget* parent)
    : QDialog(parent), m_campaigns(campaigns), m_table(new QTableWidget(this))
{
    setObjectName(u"campaignSwitcher"_s);
    setWindowTitle(tr("Chọn đợt"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Tệp này có %n đợt. Chọn đợt cần làm việc (Enter để chọn):", nullptr,
                      int(campaigns.size())),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(u"campaignList"_s);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Tên đợt"), tr("Mã"), tr("Thời gian"), tr("Tình trạng")});
    m_table->setRowCount(int(campaigns.size()));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->setTabKeyNavigation(false);
    int currentRow = 0;
    for (int r = 0; r < campaigns.size(); ++r) {
        const CampaignInfo& c = campaigns[r];
        const QStringList cells = {c.name, c.code, datesText(c), phaseText(c.phase(today))};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            if (c.id == current) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, col, item);
        }
        if (c.id == current)
            currentRow = r;
    }
    // The code, dates and state as wide as their text (bold for the current
    // campaign) with room on both sides; the name takes the rest.
    m_table->resizeColumnsToContents();
    QHeaderView* h = m_table->horizontalHeader();
    for (int col = 1; col < m_table->columnCount(); ++col)
        m_table->setColumnWidth(col, m_table->columnWidth(col) + 16);
    h->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setCurrentCell(currentRow, 0);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Chọn"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter on a row (the table takes the key before the default button), or a double click.
    connect(m_table, &QTableWidget::activated, this, &QDialog::accept);

    // Wide enough for a long name beside the dates, not wider than a small screen.
    const QFontMetrics fm(m_table->font());
    int nameWidth = fm.horizontalAdvance(tr("Tên đợt"));
    for (const CampaignInfo& c : campaigns)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(c.name));
    int others = 0;
    for (int col = 1; col < m_table->columnCount(); ++col)
        others += m_table->columnWidth(col);
    resize(std::clamp(nameWidth + others + 80, 560, 1100),
           std::clamp(int(campaigns.size()) * (fm.height() + 10) + 170, 240, 600));
    m_table->setFocus();
}

qint64 CampaignSwitcher::chosenId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_campaigns.size() ? m_campaigns[row].id : 0;
}

} // namespace signtally
