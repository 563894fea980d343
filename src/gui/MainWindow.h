#pragma once

#include "gui/Page.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace signtally {

class CampaignSession;

// The application window: navigation on the left, one page at a time.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CampaignSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    CampaignSession* session() const { return m_session; }
    void addPage(Page* page);
    Page* page(const QString& key) const;
    QStringList pageKeys() const;
    bool showPage(const QString& key, const ViewOptions& options = {});

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    CampaignSession* m_session;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<Page*> m_pages;
};

} // namespace signtally
