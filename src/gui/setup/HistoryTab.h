#pragma once

#include <QWidget>

namespace signtally {

class CampaignSession;
class SetupEditor;
class SetupTable;

// The editor's "Lịch sử thiết lập" tab: every audited change of the
// campaign's set-up, newest first (time, who, item, old → new).
class HistoryTab : public QWidget
{
    Q_OBJECT
public:
    HistoryTab(CampaignSession* session, SetupEditor* editor, QWidget* parent = nullptr);
    SetupTable* table() const { return m_table; }
    // Reads the history again (after a save).
    void reload();

private:
    CampaignSession* m_session;
    SetupEditor* m_editor;
    SetupTable* m_table = nullptr;
};

} // namespace signtally
