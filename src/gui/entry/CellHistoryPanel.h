#pragma once

#include <QGroupBox>

class QLabel;
class QTreeWidget;

namespace signtally {

struct CampaignData;
class EntryModel;

// "Lịch sử thay đổi": the saved changes of the unit selected in the entry
// grid, on the page's day, newest first.
class CellHistoryPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit CellHistoryPanel(QWidget* parent = nullptr);

    // row: the unit (a row of the model), or -1 when nothing is selected.
    void refresh(const EntryModel& model, const CampaignData& data, int row);

private:
    QLabel* m_title = nullptr;
    QTreeWidget* m_history = nullptr;
};

} // namespace signtally
