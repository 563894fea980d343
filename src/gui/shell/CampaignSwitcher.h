#pragma once

#include "storage/CampaignStore.h"

#include <QDialog>

class QTableWidget;

namespace signtally {

// Đợt → Chọn đợt… (Ctrl+Shift+O): the file's campaigns in a list (name,
// code, dates, whether it is running, over or not started yet), the current
// one selected; Enter or a double click picks one.
class CampaignSwitcher : public QDialog
{
    Q_OBJECT
public:
    CampaignSwitcher(const QVector<CampaignInfo>& campaigns, qint64 current, QDate today,
                     QWidget* parent = nullptr);

    // The campaign picked (the one selected), 0 when none.
    qint64 chosenId() const;
    QTableWidget* table() const { return m_table; }

    // "đang diễn ra", "đã kết thúc", "chưa bắt đầu".
    static QString phaseText(CampaignInfo::Phase phase);
    // "28/07/2025–28/08/2025".
    static QString datesText(const CampaignInfo& campaign);

private:
    QVector<CampaignInfo> m_campaigns;
    QTableWidget* m_table;
};

} // namespace signtally
