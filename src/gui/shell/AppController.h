#pragma once

#include "core/Clock.h"
#include "storage/Database.h"

#include <QObject>
#include <memory>

namespace signtally {

class AppSettings;
class CampaignSession;
class MainWindow;

// The running application: owns the open database's CampaignSession and the
// one MainWindow, and replaces the session when the user opens, creates or
// restores a file (the window's pages are rebuilt on the new session). It
// carries out the window's Tệp → Mở, Tạo mới, Sao lưu and Khôi phục, with
// their file dialogs.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(AppSettings* settings, const Clock& clock = Clock::system(),
                           QObject* parent = nullptr);
    ~AppController() override;

    // Makes the session and the window (not shown) and restores the remembered state.
    void start(std::unique_ptr<Storage> db);
    MainWindow* window() const { return m_window.get(); }
    CampaignSession* session() const { return m_session.get(); }
    AppSettings* settings() const { return m_settings; }

    // Each asks the pages first (unsaved edits) and returns false, with the
    // reason in lastError() (and a message box unless quiet), when it did not
    // happen; the current file then stays open.
    // `where` is a file or a PostgreSQL server's address (postgresql://…);
    // `password` only for a server that asks for one (never stored).
    bool openDatabase(const QString& where, const QString& password = {});
    bool createDatabase(const QString& path); // refuses an existing file
    bool restoreBackup(const QString& backupFile);
    QString lastError() const { return m_lastError; }
    // Tests: report failures in lastError() only, no message boxes.
    void setQuiet(bool quiet) { m_quiet = quiet; }

private:
    // The file menu's dialogs; each ends in one of the calls above (or a backup).
    void chooseDatabase();
    void chooseNewDatabase();
    void chooseServer(const QString& address = {}, const QString& error = {});
    void backupNow();
    void chooseRestore();
    QString currentFolder() const; // the open file's folder, else the data folder

    // A session on the campaign last used with the file (settings), else the default one.
    std::unique_ptr<CampaignSession> openSession(std::unique_ptr<Storage> db) const;
    bool switchTo(std::unique_ptr<Storage> db);
    void install(std::unique_ptr<Storage> db);
    // Records (and unless quiet or `silent`, shows) why something did not happen.
    bool fail(const QString& title, const QString& text, bool silent = false);
    void connectRequested() { chooseServer(); }

    AppSettings* m_settings;
    const Clock& m_clock;
    std::unique_ptr<CampaignSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_lastError;
    bool m_quiet = false;
};

} // namespace signtally
