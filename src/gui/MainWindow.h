#pragma once

#include "gui/Page.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace signtally {

class AppSettings;
class CampaignSession;
class GroupSelector;

// The application window: a menu bar, navigation on the left, one page at a
// time. The pages work on one CampaignSession; setSession() replaces them all
// when another database is opened (AppController does that, see
// docs/desktop.md). Without settings (the screenshot command, tests) nothing
// is remembered; with them the geometry, the page, the dates and the recent
// files are. MainWindow.cpp holds the pages, the navigation and the state;
// MainWindowMenus.cpp the menu bar, whose Open, New, Backup and Restore
// AppController carries out. The Edit menu acts on the current page through
// Page's undoStack() and copy/paste, whatever the page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CampaignSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    CampaignSession* session() const { return m_session; }
    // Deletes every page and builds them again on `session` (null: no pages).
    void setSession(CampaignSession* session);
    void setSettings(AppSettings* settings);
    AppSettings* settings() const { return m_settings; }

    void addPage(Page* page);
    Page* page(const QString& key) const;
    Page* currentPage() const;
    QStringList pageKeys() const;
    bool showPage(const QString& key, const ViewOptions& options = {});
    // Asks every page (unsaved edits, an import running); false keeps everything.
    bool maybeLeaveAll();

    // Window geometry, page, dates and the database, to and from the settings.
    void saveSettings() const;
    void restoreSettings();
    // The automatic backup of a changed session (settings: folder, how many kept).
    void writeAutomaticBackup();

    // Works on another campaign of the file (Đợt menu, the switcher): asks
    // the pages first like closing does (unsaved edits, an import running);
    // false when the user stays or the campaign cannot be read.
    bool switchCampaign(qint64 campaignId);
    // Đợt → Chọn đợt… (Ctrl+Shift+O): the switcher dialog, then switchCampaign.
    void chooseCampaign();

    // A menu action by objectName ("fileOpen", "editUndo", "viewPage1",
    // "campaignChoose", …).
    QAction* action(const QString& name) const;
    QMenu* recentMenu() const { return m_recentMenu; }
    void rebuildRecentMenu();
    // The Đợt menu: one checkable action per campaign of the file (data: its
    // id), the open one checked, then Chọn đợt….
    QMenu* campaignMenu() const { return m_campaignMenu; }
    void rebuildCampaignMenu();
    // "Nhóm đối tượng" above the navigation (hidden without groups).
    GroupSelector* groupSelector() const { return m_groups; }
    // Moves the menu's check to the open campaign.
    void checkOpenCampaign();
    // The About box's text: version, build date, Qt and SQLite versions, the file.
    QString aboutText() const;
    static QDate buildDate();
    // Shows the import page with these files (drag and drop); false when none is importable.
    bool openDroppedFiles(const QStringList& paths);
    static bool importable(const QString& path);
    static bool isDatabaseFile(const QString& path);
    // docs/huong-dan-su-dung.md beside the program or in the source tree; empty if none.
    static QString guidePath();
    // Shows a short message in the status bar.
    void showStatus(const QString& text, int timeoutMs = 6000);
    // A campaign was created in the file (Đợt mới…): says so in the status bar.
    void onCampaignCreated(qint64 id);

signals:
    // A database dropped on the window or picked in the recent files: the
    // controller opens it (the window cannot swap its own session). Open,
    // New, Backup and Restore are only enabled when it listens.
    void openDatabaseRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // The database line at the right of the status bar, shortened in the
    // middle of the path so messages keep the rest of the bar.
    void fitStatusLabel();
    void createPages();
    void createMenus();
    void rebuildViewActions();
    void updateTitle();
    void updateActions();
    void openSettingsDialog();
    void showAbout();
    void openGuide();
    void reportAction(bool print);

    CampaignSession* m_session;
    AppSettings* m_settings = nullptr;
    QListWidget* m_nav = nullptr;
    GroupSelector* m_groups = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_statusLabel = nullptr;
    // On a server whose connection dropped: since when, and that edits are kept.
    QLabel* m_linkLabel = nullptr;
    // Above the pages, for a login that reads one unit's tallies only: its
    // totals are not the campaign's (CampaignSession::readsOnlyUnit).
    QLabel* m_scopeNotice = nullptr;
    void updateLink();
    QString m_statusText; // the database line in full (the label's tooltip)
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_campaignMenu = nullptr;
    QAction* m_chooseCampaign = nullptr;
    QAction* m_chooseGroup = nullptr;
    QAction* m_refresh = nullptr;
    QList<QAction*> m_pageActions;
    QList<Page*> m_pages;
};

} // namespace signtally
