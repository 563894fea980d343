#pragma once

#include "core/CampaignFile.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLineEdit;

namespace signtally {

class CampaignSession;
class Storage;

// Đợt mới…, first step: what the new campaign starts from (nothing, a copy
// of a campaign in the file, or a bundled template) and its code and name.
// content() is then edited in CampaignSetupDialog's create mode.
class NewCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Start
    {
        Empty,
        Copy,
        Template
    };
    explicit NewCampaignDialog(CampaignSession* session, QWidget* parent = nullptr);

    void choose(Start start, int index = 0); // index: of the campaign or the template
    // The set-up to edit (with the code and name typed) and its report heading.
    CampaignFileContent content() const;

    // One whole-population group ("Dân số trưởng thành"), providers Viettel,
    // VNPT and Khác, no units.
    static CampaignSetup emptySetup();
    // Units, populations, other names, providers and groups of a stored
    // campaign, no tallies and no ids; quotas apportioned again for its goal.
    static CampaignSetup copyOf(const Storage& db, qint64 campaignId);
    // A bundled template (CampaignFile::templates()).
    static CampaignFileContent fromTemplate(const QString& resource);
    // `base`, or base-2, base-3…: a campaign code the file does not have yet.
    static QString freeCampaignCode(const Storage& db, const QString& base);

private:
    // What the chosen start gives, before the code and name typed.
    CampaignFileContent source() const;
    void fillNames();

    CampaignSession* m_session;
    QButtonGroup* m_start = nullptr;
    QComboBox* m_campaigns = nullptr;
    QComboBox* m_templates = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
};

} // namespace signtally
