#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace signtally {

class AppSettings;
class CampaignSession;

// Tệp → Cài đặt…: the audit name, language, automatic backups, the campaign's
// status thresholds (saved in the database), the entry grid's outlier factor
// and the log level. See docs/settings.md.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings* settings, CampaignSession* session, QWidget* parent = nullptr);

    // Checks and saves everything; false (and the reason shown in the dialog) when
    // something is not valid, and then nothing is changed.
    bool apply();
    QString errorText() const;

    QLineEdit* actorEdit() const { return m_actor; }
    QComboBox* languageBox() const { return m_language; }
    QLineEdit* backupFolderEdit() const { return m_backupFolder; }
    QSpinBox* backupKeepBox() const { return m_backupKeep; }
    QSpinBox* onTrackBox() const { return m_onTrack; }
    QSpinBox* atRiskBox() const { return m_atRisk; }
    QDoubleSpinBox* outlierBox() const { return m_outlier; }
    QComboBox* logLevelBox() const { return m_logLevel; }

    void accept() override;

private:
    void fail(const QString& text);

    AppSettings* m_settings;
    CampaignSession* m_session;
    QLineEdit* m_actor = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_backupFolder = nullptr;
    QSpinBox* m_backupKeep = nullptr;
    QSpinBox* m_onTrack = nullptr;
    QSpinBox* m_atRisk = nullptr;
    QDoubleSpinBox* m_outlier = nullptr;
    QComboBox* m_logLevel = nullptr;
    QLabel* m_error = nullptr;
};

// Puts the settings that act at run time into effect: the session's audit name,
// the entry rule's factor, the log level.
void applyRuntimeSettings(const AppSettings& settings, CampaignSession* session);
void applyLogLevel(const QString& level);

} // namespace signtally
