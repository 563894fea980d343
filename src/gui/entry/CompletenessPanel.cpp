#include "gui/entry/CompletenessPanel.h"

#include "core/Campaign.h"
#include "core/VnFormat.h"
#include "models/EntryModel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

CompletenessPanel::CompletenessPanel(QWidget* parent)
    : QGroupBox(tr("Tình hình báo cáo trong ngày"), parent)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"completenessSummary"_s);
    m_summary->setWordWrap(true);
    m_missing = new QListWidget(this);
    m_missing->setToolTip(tr("Các đơn vị chưa báo cáo (nháy đúp để chọn trong bảng)."));
    layout->addWidget(m_summary);
    layout->addWidget(m_missing, 1);
    connect(m_missing, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit unitActivated(item->data(Qt::UserRole).toInt());
    });
}

void CompletenessPanel::refresh(const EntryModel& model, const CampaignData& data)
{
    const int total = model.rowCount();
    const int reported = model.reportedCount();
    const Format fmt;
    m_summary->setText(
        tr("Ngày %1: <b>%2/%3</b> đơn vị đã báo cáo (%4).<br>Chưa báo cáo: %n đơn vị.", nullptr,
           total - reported)
            .arg(fmt.date(model.date()))
            .arg(reported)
            .arg(total)
            .arg(fmt.percent(total > 0 ? 100.0 * reported / total : 0)));
    if (model.blockCount() > 1) {
        // With column blocks: each population's units reported.
        QStringList blocks;
        for (int b = 0; b < model.blockCount(); ++b)
            blocks << tr("%1 <b>%2/%3</b>")
                          .arg(model.blockHeaderName(b).toHtmlEscaped())
                          .arg(model.reportedCount(b))
                          .arg(total);
        m_summary->setText(m_summary->text() + u"<br>"_s +
                           tr("Theo nhóm: %1").arg(blocks.join(u" · "_s)));
    }
    m_missing->clear();
    for (int row : model.unreportedRows()) {
        const Unit& u = data.units[row];
        auto* item = new QListWidgetItem(tr("%1. %2").arg(u.number).arg(u.name), m_missing);
        item->setData(Qt::UserRole, row);
    }
    if (m_missing->count() == 0)
        new QListWidgetItem(tr("Tất cả đơn vị đã báo cáo."), m_missing);
}

} // namespace signtally
