// MainWindow, second part: the menu bar (Tệp, Sửa, Xem, Đợt, Trợ giúp), keeping
// its actions enabled as the page and the session allow, and the small
// windows it opens itself (settings, About, the guide). Open, New, Backup and
// Restore are carried out by AppController, which connects to those actions.
#include "core/VnFormat.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/report/ReportPage.h"
#include "gui/setup/SetupActions.h"
#include "gui/shell/CampaignSwitcher.h"
#include "gui/shell/GroupSelector.h"
#include "gui/shell/SettingsDialog.h"
#include "models/CampaignSession.h"
#include "storage/CampaignStore.h"
#include "storage/OpenStorage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// The platform's keys, or `fallback` where it has none (Quit on Windows, Preferences).
QList<QKeySequence> keysOr(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

} // namespace

void MainWindow::createMenus()
{
    auto make = [this](QMenu* menu, const QString& name, const QString& text,
                       const QList<QKeySequence>& keys = {}) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        menu->addAction(a);
        return a;
    };

    // Tệp
    QMenu* file = menuBar()->addMenu(tr("&Tệp"));
    make(file, u"fileOpen"_s, tr("&Mở…"), {QKeySequence::Open});
    make(file, u"fileNew"_s, tr("&Tạo mới…"), {QKeySequence::New});
    make(file, u"fileConnect"_s, tr("&Kết nối máy chủ…"),
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    m_recentMenu = file->addMenu(tr("Tệp &gần đây"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    make(file, u"fileBackup"_s, tr("&Sao lưu…"));
    make(file, u"fileRestore"_s, tr("&Khôi phục…"));
    file->addSeparator();
    connect(make(file, u"fileImport"_s, tr("&Nhập từ tệp…")), &QAction::triggered, this,
            [this] { showPage(u"import"_s); });
    // The report page has its own Ctrl+E / Ctrl+P; the menu shows and runs them.
    connect(make(file, u"fileExport"_s, tr("&Xuất báo cáo…")), &QAction::triggered, this,
            [this] { reportAction(false); });
    connect(make(file, u"filePrint"_s, tr("&In…")), &QAction::triggered, this,
            [this] { reportAction(true); });
    file->addSeparator();
    addSetupActions(file, this); // Thiết lập đợt…, Đợt mới… (src/gui/setup)
    file->addSeparator();
    QAction* prefs =
        make(file, u"fileSettings"_s, tr("&Cài đặt…"),
             keysOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, &MainWindow::openSettingsDialog);
    file->addSeparator();
    QAction* quit = make(file, u"fileQuit"_s, tr("T&hoát"),
                         keysOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Sửa: the entry grid has its own keys (Ctrl+Z in the page, Ctrl+C/V in the
    // grid); the menu's shortcuts are only shown (Qt::WidgetShortcut on the menu)
    // so they never clash with the page's, and clicking routes to the page.
    QMenu* edit = menuBar()->addMenu(tr("&Sửa"));
    auto editAction = [&](const QString& name, const QString& text, const QList<QKeySequence>& k) {
        QAction* a = make(edit, name, text, k);
        a->setShortcutContext(Qt::WidgetShortcut);
        return a;
    };
    connect(editAction(u"editUndo"_s, tr("&Hoàn tác"), {QKeySequence::Undo}), &QAction::triggered,
            this, [this] {
                if (QUndoStack* stack = currentPage() ? currentPage()->undoStack() : nullptr)
                    stack->undo();
            });
    connect(
        editAction(u"editRedo"_s, tr("&Làm lại"), QKeySequence::keyBindings(QKeySequence::Redo)),
        &QAction::triggered, this, [this] {
            if (QUndoStack* stack = currentPage() ? currentPage()->undoStack() : nullptr)
                stack->redo();
        });
    edit->addSeparator();
    connect(editAction(u"editCopy"_s, tr("&Sao chép"), {QKeySequence::Copy}), &QAction::triggered,
            this, [this] {
                if (Page* p = currentPage(); p && p->canCopyPaste())
                    p->copySelection();
            });
    connect(editAction(u"editPaste"_s, tr("&Dán"), {QKeySequence::Paste}), &QAction::triggered,
            this, [this] {
                if (Page* p = currentPage(); p && p->canCopyPaste())
                    p->pasteClipboard();
            });

    // Xem: one action per page (Ctrl+1…), rebuilt with the pages; Làm mới.
    m_viewMenu = menuBar()->addMenu(tr("&Xem"));
    m_refresh = new QAction(tr("Làm &mới"), this);
    m_refresh->setObjectName(u"viewRefresh"_s);
    m_refresh->setShortcuts(keysOr(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (!m_session)
            return;
        try {
            m_session->reloadFromFile();
            showStatus(tr("Đã đọc lại số liệu từ %1.").arg(m_session->whereShown()));
        } catch (const StorageError& e) {
            QMessageBox::warning(this, tr("Làm mới"), e.message());
        }
    });

    // Đợt: the file's campaigns (rebuilt each time it opens), then the switcher.
    m_campaignMenu = menuBar()->addMenu(tr("&Đợt"));
    m_campaignMenu->setObjectName(u"campaignMenu"_s);
    connect(m_campaignMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildCampaignMenu);
    m_chooseCampaign = new QAction(tr("&Chọn đợt…"), this);
    m_chooseCampaign->setObjectName(u"campaignChoose"_s);
    m_chooseCampaign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_chooseCampaign, &QAction::triggered, this, &MainWindow::chooseCampaign);
    m_chooseGroup = new QAction(tr("Chọn &nhóm đối tượng…"), this);
    m_chooseGroup->setObjectName(u"campaignGroup"_s);
    m_chooseGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_chooseGroup, &QAction::triggered, this, [this] { m_groups->openList(); });
    addAction(m_chooseGroup); // its shortcut works while the menu does not list it
    rebuildCampaignMenu();    // its shortcut works before the menu is first opened

    // Trợ giúp
    QMenu* help = menuBar()->addMenu(tr("Trợ &giúp"));
    connect(make(help, u"helpGuide"_s, tr("&Hướng dẫn sử dụng"),
                 keysOr(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1))),
            &QAction::triggered, this, &MainWindow::openGuide);
    QAction* about = make(help, u"helpAbout"_s, tr("&Giới thiệu SignTally"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::rebuildViewActions()
{
    qDeleteAll(m_pageActions);
    m_pageActions.clear();
    m_viewMenu->clear();
    for (int i = 0; i < m_pages.size(); ++i) {
        Page* p = m_pages[i];
        auto* a = new QAction(p->title(), this);
        a->setObjectName(u"viewPage%1"_s.arg(i + 1));
        a->setData(p->key());
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString key = p->key();
        connect(a, &QAction::triggered, this, [this, key] { showPage(key); });
        m_viewMenu->addAction(a);
        m_pageActions << a;
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refresh);
}

QAction* MainWindow::action(const QString& name) const
{
    for (QAction* a : findChildren<QAction*>(name, Qt::FindDirectChildrenOnly))
        return a;
    return nullptr;
}

void MainWindow::updateActions()
{
    const bool connected =
        isSignalConnected(QMetaMethod::fromSignal(&MainWindow::openDatabaseRequested));
    const bool hasSession = m_session != nullptr;
    const bool writable = hasSession && !m_session->readOnly();
    auto enable = [this](const QString& name, bool on) {
        if (QAction* a = action(name))
            a->setEnabled(on);
    };
    enable(u"fileOpen"_s, connected);
    enable(u"fileNew"_s, connected);
    enable(u"fileConnect"_s, connected);
    m_recentMenu->setEnabled(connected && m_settings);
    // A server is restored on the server's side (docs/server.md).
    const bool onServer = hasSession && m_session->onServer();
    enable(u"fileBackup"_s, connected && hasSession);
    enable(u"fileRestore"_s, connected && writable && !onServer);
    enable(u"fileImport"_s, hasSession);
    enable(u"fileExport"_s, hasSession);
    enable(u"filePrint"_s, hasSession);
    enable(u"fileSettings"_s, hasSession && m_settings);
    enable(u"campaignSetup"_s, writable);
    enable(u"campaignNew"_s, writable);
    m_refresh->setEnabled(hasSession);
    m_chooseCampaign->setEnabled(hasSession);

    Page* current = currentPage();
    QUndoStack* stack = current ? current->undoStack() : nullptr;
    const bool copyPaste = current && current->canCopyPaste();
    enable(u"editUndo"_s, stack && stack->canUndo());
    enable(u"editRedo"_s, stack && stack->canRedo());
    enable(u"editCopy"_s, copyPaste);
    enable(u"editPaste"_s, copyPaste && writable);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings ? m_settings->recentFiles() : QStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QString shown = isServerAddress(path) ? path : QDir::toNativeSeparators(path);
        QAction* a =
            m_recentMenu->addAction(u"&%1  %2"_s.arg(i + 1).arg(shown.replace(u'&', u"&&"_s)));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (!isServerAddress(path) && !QFileInfo::exists(path)) {
                QMessageBox::warning(this, tr("Tệp gần đây"),
                                     tr("Không còn tệp %1; đã bỏ khỏi danh sách.")
                                         .arg(QDir::toNativeSeparators(path)));
                if (m_settings)
                    m_settings->removeRecentFile(path);
                return;
            }
            emit openDatabaseRequested(path);
        });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(chưa có)"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Xóa danh sách")), &QAction::triggered, this, [this] {
        if (m_settings)
            m_settings->clearRecentFiles();
    });
}

void MainWindow::rebuildCampaignMenu()
{
    // The campaigns' actions and their group belong to the menu and go; the
    // switcher's action belongs to the window and stays.
    m_campaignMenu->clear();
    qDeleteAll(m_campaignMenu->findChildren<QActionGroup*>(Qt::FindDirectChildrenOnly));
    if (!m_session) {
        m_campaignMenu->addAction(m_chooseCampaign);
        return;
    }
    QVector<CampaignInfo> campaigns;
    try {
        campaigns = CampaignStore(m_session->database()).campaigns();
    } catch (const StorageError& e) {
        showStatus(e.message());
    }
    auto* group = new QActionGroup(m_campaignMenu);
    group->setExclusive(true);
    const QDate today = m_session->clock().today();
    for (const CampaignInfo& c : campaigns) {
        auto* a = new QAction(tr("%1 (%2, %3)")
                                  .arg(QString(c.name).replace(u'&', u"&&"_s),
                                       CampaignSwitcher::datesText(c),
                                       CampaignSwitcher::phaseText(c.phase(today))),
                              m_campaignMenu);
        a->setCheckable(true);
        a->setChecked(c.id == m_session->campaignId());
        a->setData(c.id);
        a->setActionGroup(group);
        const qint64 id = c.id;
        connect(a, &QAction::triggered, this, [this, id] {
            if (!switchCampaign(id))
                checkOpenCampaign(); // the check back on the open campaign
        });
        m_campaignMenu->addAction(a);
    }
    m_campaignMenu->addSeparator();
    m_campaignMenu->addAction(m_chooseCampaign);
    const bool groups = !m_session->data().groups.isEmpty();
    m_chooseGroup->setEnabled(groups);
    if (groups)
        m_campaignMenu->addAction(m_chooseGroup);
    // The set-up editor's actions (made in the Tệp menu, which owns them).
    for (const QString& name : {u"campaignSetup"_s, u"campaignNew"_s})
        if (auto* a = findChild<QAction*>(name))
            m_campaignMenu->addAction(a);
}

void MainWindow::checkOpenCampaign()
{
    // Only the checks: the actions stay (this may run inside one's triggered()).
    for (QAction* a : m_campaignMenu->actions())
        if (a->isCheckable())
            a->setChecked(m_session && a->data().toLongLong() == m_session->campaignId());
}

void MainWindow::chooseCampaign()
{
    if (!m_session)
        return;
    QVector<CampaignInfo> campaigns;
    try {
        campaigns = CampaignStore(m_session->database()).campaigns();
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Chọn đợt"), e.message());
        return;
    }
    CampaignSwitcher dialog(campaigns, m_session->campaignId(), m_session->clock().today(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenId() > 0)
        switchCampaign(dialog.chosenId());
}

bool MainWindow::switchCampaign(qint64 campaignId)
{
    if (!m_session)
        return false;
    if (campaignId == m_session->campaignId())
        return true;
    // Like closing: unsaved edits are saved or dropped first, or the user stays.
    if (!maybeLeaveAll())
        return false;
    try {
        m_session->switchCampaign(campaignId); // every page re-reads (a Setup notice)
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Chọn đợt"), e.message());
        return false;
    }
    if (m_settings) {
        m_settings->setLastCampaign(m_session->database().location(),
                                    m_session->data().campaign.code);
        m_settings->sync();
    }
    showStatus(tr("Đã chuyển sang %1.").arg(m_session->data().campaign.name));
    return true;
}

void MainWindow::reportAction(bool print)
{
    auto* report = qobject_cast<ReportPage*>(page(u"report"_s));
    if (!report || !showPage(u"report"_s))
        return;
    if (print)
        report->printReport();
    else
        report->exportReport();
}

void MainWindow::openSettingsDialog()
{
    if (!m_session || !m_settings)
        return;
    SettingsDialog dialog(m_settings, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        showStatus(tr("Đã lưu cài đặt."));
}

void MainWindow::onCampaignCreated(qint64 id)
{
    // The new campaign is the one people want to work on next.
    if (switchCampaign(id))
        showStatus(tr("Đã tạo đợt %1.").arg(m_session->data().campaign.name));
}

QDate MainWindow::buildDate()
{
    // __DATE__ is "Nov 23 2026" (a space before a one-digit day).
    return QLocale::c().toDate(QString::fromLatin1(__DATE__).simplified(), u"MMM d yyyy"_s);
}

QString MainWindow::aboutText() const
{
    QString engine;
    QString file;
    if (m_session) {
        try {
            engine = m_session->database().engineVersion();
        } catch (const StorageError&) {
        }
        file = m_session->whereShown();
    }
    return tr("<h3>SignTally %1</h3>"
              "<p>Theo dõi đợt cao điểm triển khai chữ ký số công cộng: nhập số liệu hằng ngày, "
              "tổng quan tiến độ, báo cáo tuần.</p>"
              "<table>"
              "<tr><td>Phiên bản:</td><td>%1</td></tr>"
              "<tr><td>Ngày biên dịch:</td><td>%2</td></tr>"
              "<tr><td>Qt:</td><td>%3 (biên dịch với %4)</td></tr>"
              "<tr><td>Cơ sở dữ liệu:</td><td>%5</td></tr>"
              "<tr><td>Tệp dữ liệu:</td><td>%6</td></tr>"
              "</table>")
        .arg(QStringLiteral(SIGNTALLY_VERSION), Format().date(buildDate()),
             QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             engine.isEmpty() ? tr("không rõ") : engine,
             file.isEmpty() ? tr("(chưa mở)") : file.toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("Giới thiệu SignTally"), aboutText());
}

QString MainWindow::guidePath()
{
    const QString name = u"huong-dan-su-dung.md"_s;
    const QDir bin(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        bin.filePath(u"docs/"_s + name),
        bin.filePath(u"../share/doc/signtally/"_s + name),
        bin.filePath(u"../docs/"_s + name),
        bin.filePath(u"../../docs/"_s + name), // build/bin → the source tree
#ifdef SIGNTALLY_SOURCE_DIR
        QStringLiteral(SIGNTALLY_SOURCE_DIR "/docs/") + name,
#endif
    };
    for (const QString& c : candidates)
        if (QFileInfo::exists(c))
            return QDir::cleanPath(QFileInfo(c).absoluteFilePath());
    return {};
}

void MainWindow::openGuide()
{
    const QString path = guidePath();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(
            this, tr("Hướng dẫn sử dụng"),
            path.isEmpty()
                ? tr("Không tìm thấy tệp hướng dẫn huong-dan-su-dung.md bên cạnh chương trình.")
                : tr("Không mở được %1. Hãy mở tệp này bằng trình soạn thảo văn bản.")
                      .arg(QDir::toNativeSeparators(path)));
}

} // namespace signtally
