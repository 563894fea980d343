#include "gui/entry/CellHistoryPanel.h"

#include "core/Campaign.h"
#include "core/VnFormat.h"
#include "models/EntryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace signtally {

CellHistoryPanel::CellHistoryPanel(QWidget* parent) : QGroupBox(tr("Lịch sử thay đổi"), parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_history = new QTreeWidget(this);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Thời gian"), tr("Nhà mạng"), tr("Thay đổi"), tr("Người sửa")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    layout->addWidget(m_title);
    layout->addWidget(m_history, 1);
}

void CellHistoryPanel::refresh(const EntryModel& model, const CampaignData& data, int row)
{
    m_history->clear();
    if (row < 0) {
        m_title->setText(tr("Chọn một đơn vị trong bảng."));
        return;
    }
    const Unit& u = data.units[row];
    const QVector<EntryModel::HistoryRow> rows = model.history(row);
    m_title->setText(rows.isEmpty() ? tr("%1, ngày %2: chưa có thay đổi nào được lưu.")
                                          .arg(u.name, Format().date(model.date()))
                                    : tr("%1, ngày %2: %n lần thay đổi (mới nhất trước).", nullptr,
                                         int(rows.size()))
                                          .arg(u.name, Format().date(model.date())));
    for (const EntryModel::HistoryRow& r : rows) {
        auto* item = new QTreeWidgetItem(m_history, {r.when, r.provider, r.change, r.actor});
        item->setToolTip(3, r.source.isEmpty() ? r.actor
                                               : tr("%1 · nguồn: %2").arg(r.actor, r.source));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace signtally
