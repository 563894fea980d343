#pragma once

#include <QString>

class QMenu;

namespace signtally {

class CampaignSession;
class MainWindow;

// The set-up editor's two menu actions, added to `menu`: "Thiết lập đợt…"
// (Ctrl+Shift+E, the campaign on screen) and "Đợt mới…" (Ctrl+Shift+N: a
// start, then the editor in create mode), named campaignSetup and
// campaignNew; MainWindow::updateActions disables them while the file is
// read-only. A campaign created calls window->onCampaignCreated(id).
void addSetupActions(QMenu* menu, MainWindow* window);

// While the set-up editor is open the window holds no pages, and afterwards
// they are built again on the session, on the page that was shown: the pages
// read the campaign's units and providers when they are made, and a saved
// set-up may change both. (Once every page resets itself on a Setup notice,
// this can go.)
class PagesSetAside
{
public:
    explicit PagesSetAside(MainWindow* window);
    ~PagesSetAside();
    PagesSetAside(const PagesSetAside&) = delete;
    PagesSetAside& operator=(const PagesSetAside&) = delete;

private:
    MainWindow* m_window;
    CampaignSession* m_session;
    QString m_page;
};

// What the actions run (also for tests).
void openSetupEditor(MainWindow* window);
void openNewCampaign(MainWindow* window);

} // namespace signtally
