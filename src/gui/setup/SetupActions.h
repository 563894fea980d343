#pragma once

#include <QString>

class QMenu;

namespace signtally {

class MainWindow;

// The set-up editor's two menu actions, added to `menu`: "Thiết lập đợt…"
// (Ctrl+Shift+E, the campaign on screen) and "Đợt mới…" (Ctrl+Shift+N: a
// start, then the editor in create mode), named campaignSetup and
// campaignNew; MainWindow::updateActions disables them while the file is
// read-only. A campaign created calls window->onCampaignCreated(id).
void addSetupActions(QMenu* menu, MainWindow* window);

// What the actions run (also for tests).
void openSetupEditor(MainWindow* window);
void openNewCampaign(MainWindow* window);

} // namespace signtally
