#pragma once

#include "core/Campaign.h"
#include "storage/Database.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QTableWidget;

namespace signtally {

// The application window. For now: the campaign, its headline figures and
// the units' progress as of today; the full screens plug in here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget* parent = nullptr);
    ~MainWindow() override;

    void refresh();

private:
    std::unique_ptr<Database> m_db;
    CampaignData m_data;
    QLabel* m_headline = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace signtally
