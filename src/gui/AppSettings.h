#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace signtally {

// Every setting the window keeps between runs, in one place: each key, its
// default and a typed getter/setter (see docs/settings.md). Stored with
// QSettings (organisation and application "SignTally"); tests pass an .ini file.
class AppSettings
{
public:
    AppSettings();                                // the user's settings
    explicit AppSettings(const QString& iniFile); // a file (tests)
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QSettings& raw() { return *m_settings; }
    void sync();

    // Keys.
    static constexpr const char* KeyActor = "audit/actor";
    static constexpr const char* KeyLanguage = "ui/language";
    static constexpr const char* KeyBackupFolder = "backup/folder";
    static constexpr const char* KeyBackupKeep = "backup/keep";
    static constexpr const char* KeyOutlierFactor = "entry/outlierFactor";
    static constexpr const char* KeyLogLevel = "log/level";
    static constexpr const char* KeyGeometry = "window/geometry";
    static constexpr const char* KeyWindowState = "window/state";
    static constexpr const char* KeyLastPage = "window/lastPage";
    static constexpr const char* KeyRecentFiles = "files/recent";
    static constexpr const char* KeyLastDatabase = "files/last";
    static constexpr const char* KeyLastCampaigns = "files/lastCampaign";
    static constexpr const char* KeyEntryBlocks = "entry/blocks";

    // Limits.
    static constexpr int MaxRecentFiles = 8;
    static constexpr int DefaultBackupKeep = 14;
    static constexpr int MinBackupKeep = 1;
    static constexpr int MaxBackupKeep = 365;
    static constexpr double DefaultOutlierFactor = 5.0;
    static constexpr double MinOutlierFactor = 1.5;
    static constexpr double MaxOutlierFactor = 100.0;

    static QString defaultBackupFolder(); // <app data>/backups
    static QStringList languages();       // "vi", "en"
    static QStringList logLevels();       // spdlog names: trace … off

    // The name written in the audit; default the OS login name.
    QString actor() const;
    void setActor(const QString& name); // empty = back to the default
    // "vi" or "en"; takes effect at the next start.
    QString language() const;
    void setLanguage(const QString& code);
    QString backupFolder() const;
    void setBackupFolder(const QString& folder); // empty = back to the default
    int backupKeep() const;                      // clamped to [MinBackupKeep, MaxBackupKeep]
    void setBackupKeep(int keep);
    // The entry grid warns when a day is more than this × the median of the other days.
    double outlierFactor() const; // clamped to [MinOutlierFactor, MaxOutlierFactor]
    void setOutlierFactor(double factor);
    // The entry grid shows every group as a block of columns; default false.
    bool entryBlocks() const;
    void setEntryBlocks(bool on);
    QString logLevel() const; // one of logLevels(); default "info"
    void setLogLevel(const QString& level);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QString lastPage() const; // default "dashboard"
    void setLastPage(const QString& key);
    QString lastDatabase() const;
    void setLastDatabase(const QString& path);
    // The code of the campaign last used with a database file (empty: none yet).
    QString lastCampaign(const QString& databasePath) const;
    void setLastCampaign(const QString& databasePath, const QString& code);

    // Newest first, at most MaxRecentFiles, no duplicates.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();
    // The newest server address in the recent list (File → Connect offers
    // it), or empty. Addresses carry no password.
    QString lastServer() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace signtally
