#pragma once

#include "core/CampaignSetup.h"

#include <QDialog>
#include <QJsonObject>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace signtally {

class AppSettings;
class CampaignSession;
class GeneralTab;
class GroupsTab;
class HistoryTab;
class ProvidersTab;
class SetupEditor;
class UnitsTab;

// Đợt → Thiết lập đợt… (and the second step of Đợt mới…): a campaign's whole
// set-up in tabs (Chung, Đơn vị, Nhà mạng, Nhóm đối tượng, Lịch sử thiết
// lập), edited on a copy with one undo history (Ctrl+Z, Ctrl+Y). Lưu (Ctrl+S)
// writes it through the session (SaveCampaignSetup, every change audited);
// in create mode Tạo đợt creates the campaign (CreateCampaign) once it has
// no problems and every population. A refused save keeps every edit.
class CampaignSetupDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Edit,
        Create
    };
    // Edits the session's campaign as stored.
    CampaignSetupDialog(CampaignSession* session, AppSettings* settings, QWidget* parent = nullptr);
    // Creates a campaign from `setup` (`report`: its report heading, if any).
    CampaignSetupDialog(CampaignSession* session, const CampaignSetup& setup,
                        const QJsonObject& report, AppSettings* settings,
                        QWidget* parent = nullptr);
    ~CampaignSetupDialog() override;

    Mode mode() const { return m_mode; }
    SetupEditor* editor() const { return m_editor; }
    QTabWidget* tabs() const { return m_tabs; }
    GeneralTab* generalTab() const { return m_general; }
    UnitsTab* unitsTab() const { return m_units; }
    ProvidersTab* providersTab() const { return m_providers; }
    GroupsTab* groupsTab() const { return m_groups; }
    HistoryTab* historyTab() const { return m_history; }

    // Edit mode: saves; create mode: creates. False (the reason shown, every
    // edit kept) when it is refused.
    bool save();
    qint64 createdId() const { return m_createdId; }
    // Where problems are shown (a message box unless set; tests capture them).
    void setMessageHandler(std::function<void(const QString&)> handler);

    void reject() override; // asks about unsaved edits
    void done(int result) override;

signals:
    void campaignCreated(qint64 id);

private:
    CampaignSetupDialog(CampaignSession* session, const CampaignSetup& setup, Mode mode,
                        const QJsonObject& report, AppSettings* settings, QWidget* parent);
    void build();
    void showProblem(const QString& text);
    void commitTyping();
    bool saveEdits();
    bool create();
    bool hasTallies(qint64 id, bool unit) const;
    void updateButtons();

    CampaignSession* m_session;
    AppSettings* m_settings;
    Mode m_mode;
    QJsonObject m_report;
    SetupEditor* m_editor;
    QTabWidget* m_tabs = nullptr;
    GeneralTab* m_general = nullptr;
    UnitsTab* m_units = nullptr;
    ProvidersTab* m_providers = nullptr;
    GroupsTab* m_groups = nullptr;
    HistoryTab* m_history = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_redo = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
    qint64 m_createdId = 0;
    std::function<void(const QString&)> m_messageHandler;
};

} // namespace signtally
