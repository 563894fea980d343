#pragma once

#include <QGroupBox>

class QLabel;
class QListWidget;

namespace signtally {

struct CampaignData;
class EntryModel;

// "Tình hình báo cáo trong ngày": how many units have reported for the entry
// page's day, and the list of those that have not (double-click one to pick
// it in the grid: unitActivated).
class CompletenessPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CompletenessPanel(QWidget* parent = nullptr);

    void refresh(const EntryModel& model, const CampaignData& data);

signals:
    void unitActivated(int row);

private:
    QLabel* m_summary = nullptr;
    QListWidget* m_missing = nullptr;
};

} // namespace signtally
