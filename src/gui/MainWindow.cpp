#include "gui/MainWindow.h"

#include "cli/StatusText.h"
#include "core/Clock.h"
#include "core/ProgressEngine.h"
#include "core/VnFormat.h"
#include "storage/CampaignStore.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    m_data = CampaignStore(*m_db).loadDefault();
    setWindowTitle(tr("SignTally — %1").arg(m_data.campaign.name));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(m_data.campaign.name, central);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_headline = new QLabel(central);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_table = new QTableWidget(central);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    statusBar()->showMessage(tr("Cơ sở dữ liệu: %1%2")
                                 .arg(QDir::toNativeSeparators(m_db->path()),
                                      m_db->readOnly() ? tr(" (chỉ đọc)") : QString()));
    resize(1100, 760);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    const Format fmt;
    const ProgressEngine engine(m_data);
    const QDate asOf = engine.calendar().clamp(Clock::system().today());
    const ProgressSnapshot s = engine.snapshot(asOf);
    m_headline->setText(
        tr("Tính đến %1: %2 / %3 (%4) · còn %5 ngày · đúng tiến độ %6, có nguy cơ %7, "
           "chậm %8 đơn vị")
            .arg(fmt.date(asOf), fmt.count(s.total.cumulative), fmt.count(s.total.target),
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
        const Unit& unit = m_data.units[u.unitIndex];
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
