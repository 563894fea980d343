#pragma once

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;

namespace signtally {

class CampaignSession;

// "Nhóm đối tượng": which target group every screen shows and enters, above
// the navigation (hidden when the campaign has no groups). The first entry is
// the whole population. Choosing asks the pages first (`maybeLeave`: unsaved
// edits), then CampaignSession::viewGroup; the choice follows the session
// (another campaign, a group removed in the set-up). Ctrl+Shift+G in the Đợt
// menu opens its list (MainWindowMenus.cpp).
class GroupSelector : public QWidget
{
    Q_OBJECT
public:
    GroupSelector(std::function<bool()> maybeLeave, QWidget* parent = nullptr);

    // Follows this session (null: hidden).
    void setSession(CampaignSession* session);
    QComboBox* combo() const { return m_combo; }
    // Shows the group (index into the campaign's groups, -1: the whole
    // population), as if chosen in the list; false when the user stays or
    // the file cannot be read (a message says why).
    bool choose(int group);
    // Opens the list, focused (the menu's shortcut).
    void openList();

private:
    void rebuild();

    std::function<bool()> m_maybeLeave;
    CampaignSession* m_session = nullptr;
    QLabel* m_label;
    QComboBox* m_combo;
};

} // namespace signtally
