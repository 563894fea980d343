#pragma once

#include "storage/ReportSettingsStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace signtally {

class CampaignSession;

// Báo cáo → Cài đặt báo cáo…: how the campaign's official report is headed
// and signed (parent and issuing body, place, number pattern and next number,
// addressee, signer, recipients). Saved in the database file, per campaign.
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportSettingsDialog(CampaignSession* session, QWidget* parent = nullptr);

    // The values as typed.
    ReportSettings settings() const;
    void setSettings(const ReportSettings& s);
    // Checks and saves; false (the reason shown in the dialog) when something
    // is not valid, and then nothing is changed.
    bool apply();
    QString errorText() const;

    void accept() override;

private:
    CampaignSession* m_session;
    QLineEdit* m_parentBody = nullptr;
    QLineEdit* m_issuingBody = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_numberPattern = nullptr;
    QSpinBox* m_nextNumber = nullptr;
    QLineEdit* m_addressee = nullptr;
    QLineEdit* m_signerAuthority = nullptr;
    QLineEdit* m_signerTitle = nullptr;
    QLineEdit* m_signerName = nullptr;
    QPlainTextEdit* m_recipients = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace signtally
