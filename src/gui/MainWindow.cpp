#include "gui/MainWindow.h"

#include "core/VnFormat.h"
#include "gui/AppSettings.h"
#include "gui/DatabaseOpener.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/UnitPage.h"
#include "gui/entry/EntryPage.h"
#include "gui/entry/EntryTableView.h"
#include "gui/import/ImportPage.h"
#include "gui/report/ReportPage.h"
#include "gui/shell/SettingsDialog.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "storage/AppPaths.h"
#include "storage/Backup.h"
#include "storage/Logging.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The platform's keys, or `fallback` where it has none (Quit on Windows, Preferences).
QList<QKeySequence> keysOr(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << fallback;
    return keys;
}

} // namespace

MainWindow::MainWindow(CampaignSession* session, QWidget* parent)
    : QMainWindow(parent), m_session(nullptr)
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(170);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #17324d; color: white; "
        "font-size: 11pt; padding-top: 8px; }"
        "QListWidget#navigation::item { padding: 10px 14px; border: 0; color: white; }"
        "QListWidget#navigation::item:selected { padding: 10px 14px; background: #2f6da3; }"));
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row == m_stack->currentIndex())
            return;
        auto* current = qobject_cast<Page*>(m_stack->currentWidget());
        if (current && !current->maybeLeave()) {
            const QSignalBlocker block(m_nav);
            m_nav->setCurrentRow(m_stack->currentIndex());
            return;
        }
        m_stack->setCurrentIndex(row);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] { updateActions(); });

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"databaseStatus"_s);
    statusBar()->addPermanentWidget(m_statusLabel);
    setAcceptDrops(true);

    createMenus();
    setSession(session);
    resize(1366, 768);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    // One line per screen, in navigation order.
    addPage(new DashboardPage(m_session, this));
    addPage(new EntryPage(m_session, this));
    addPage(new ImportPage(m_session, this));
    addPage(new UnitPage(m_session, this));
    addPage(new ReportPage(m_session, this));
}

void MainWindow::setSession(CampaignSession* session)
{
    {
        const QSignalBlocker blockNav(m_nav);
        const QSignalBlocker blockStack(m_stack);
        const QList<Page*> old = m_pages;
        m_pages.clear();
        m_nav->clear();
        for (Page* p : old) {
            m_stack->removeWidget(p);
            delete p;
        }
    }
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        createPages();
        m_stack->setCurrentIndex(0);
        m_nav->setCurrentRow(0);
    }
    rebuildViewActions();
    updateTitle();
    updateActions();
}

void MainWindow::setSettings(AppSettings* settings)
{
    m_settings = settings;
    rebuildRecentMenu();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Chưa mở cơ sở dữ liệu"));
        m_statusText = tr("Chưa mở cơ sở dữ liệu");
        fitStatusLabel();
        return;
    }
    const CampaignData& data = m_session->data();
    const QString path = nativePath(m_session->database().path());
    setWindowTitle(tr("%1 — %2").arg(path, data.campaign.name));
    // The campaign's name is the window's title and the dashboard's heading.
    m_statusText =
        tr("Cơ sở dữ liệu: %1%2").arg(path, m_session->readOnly() ? tr(" (chỉ đọc)") : QString());
    fitStatusLabel();
}

void MainWindow::fitStatusLabel()
{
    const int room = std::max(160, width() * 2 / 5);
    m_statusLabel->setText(
        m_statusLabel->fontMetrics().elidedText(m_statusText, Qt::ElideMiddle, room));
    m_statusLabel->setToolTip(m_statusText);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    fitStatusLabel();
}

void MainWindow::showStatus(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

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
    connect(make(file, u"fileOpen"_s, tr("&Mở…"), {QKeySequence::Open}), &QAction::triggered, this,
            &MainWindow::chooseDatabase);
    connect(make(file, u"fileNew"_s, tr("&Tạo mới…"), {QKeySequence::New}), &QAction::triggered,
            this, &MainWindow::chooseNewDatabase);
    m_recentMenu = file->addMenu(tr("Tệp &gần đây"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    connect(make(file, u"fileBackup"_s, tr("&Sao lưu…")), &QAction::triggered, this,
            &MainWindow::backupNow);
    connect(make(file, u"fileRestore"_s, tr("&Khôi phục…")), &QAction::triggered, this,
            &MainWindow::chooseRestore);
    file->addSeparator();
    connect(make(file, u"fileImport"_s, tr("&Nhập từ tệp…")), &QAction::triggered, this,
            [this] { showPage(u"import"_s); });
    // The report page has its own Ctrl+E / Ctrl+P; the menu shows and runs them.
    connect(make(file, u"fileExport"_s, tr("&Xuất báo cáo…")), &QAction::triggered, this,
            [this] { reportAction(false); });
    connect(make(file, u"filePrint"_s, tr("&In…")), &QAction::triggered, this,
            [this] { reportAction(true); });
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
    auto entryPage = [this] { return qobject_cast<EntryPage*>(currentPage()); };
    connect(editAction(u"editUndo"_s, tr("&Hoàn tác"), {QKeySequence::Undo}), &QAction::triggered,
            this, [entryPage] {
                if (EntryPage* e = entryPage())
                    e->model()->undoStack()->undo();
            });
    connect(
        editAction(u"editRedo"_s, tr("&Làm lại"), QKeySequence::keyBindings(QKeySequence::Redo)),
        &QAction::triggered, this, [entryPage] {
            if (EntryPage* e = entryPage())
                e->model()->undoStack()->redo();
        });
    edit->addSeparator();
    connect(editAction(u"editCopy"_s, tr("&Sao chép"), {QKeySequence::Copy}), &QAction::triggered,
            this, [entryPage] {
                if (EntryPage* e = entryPage())
                    emit e->view()->copyRequested();
            });
    connect(editAction(u"editPaste"_s, tr("&Dán"), {QKeySequence::Paste}), &QAction::triggered,
            this, [entryPage] {
                if (EntryPage* e = entryPage())
                    emit e->view()->pasteRequested();
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
            showStatus(
                tr("Đã đọc lại số liệu từ %1.").arg(nativePath(m_session->database().path())));
        } catch (const StorageError& e) {
            QMessageBox::warning(this, tr("Làm mới"), e.message());
        }
    });

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
    m_recentMenu->setEnabled(connected && m_settings);
    enable(u"fileBackup"_s, hasSession);
    enable(u"fileRestore"_s, connected && writable);
    enable(u"fileImport"_s, hasSession);
    enable(u"fileExport"_s, hasSession);
    enable(u"filePrint"_s, hasSession);
    enable(u"fileSettings"_s, hasSession && m_settings);
    m_refresh->setEnabled(hasSession);

    auto* entry = qobject_cast<EntryPage*>(currentPage());
    QUndoStack* stack = entry ? entry->model()->undoStack() : nullptr;
    enable(u"editUndo"_s, stack && stack->canUndo());
    enable(u"editRedo"_s, stack && stack->canRedo());
    enable(u"editCopy"_s, entry != nullptr);
    enable(u"editPaste"_s, entry != nullptr && writable);
}

void MainWindow::addPage(Page* page)
{
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
    connect(page, &Page::openPage, this,
            [this](const QString& key, const ViewOptions& options) { showPage(key, options); });
    if (auto* entry = qobject_cast<EntryPage*>(page)) {
        QUndoStack* stack = entry->model()->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, this, [this] { updateActions(); });
        connect(stack, &QUndoStack::canRedoChanged, this, [this] { updateActions(); });
    }
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
}

Page* MainWindow::page(const QString& key) const
{
    for (Page* p : m_pages)
        if (p->key() == key)
            return p;
    return nullptr;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (Page* p : m_pages)
        keys << p->key();
    return keys;
}

bool MainWindow::showPage(const QString& key, const ViewOptions& options)
{
    Page* p = page(key);
    if (!p)
        return false;
    p->applyViewOptions(options);
    m_nav->setCurrentRow(int(m_pages.indexOf(p)));
    return m_stack->currentWidget() == p;
}

bool MainWindow::maybeLeaveAll()
{
    for (Page* p : m_pages)
        if (!p->maybeLeave())
            return false;
    return true;
}

void MainWindow::saveSettings() const
{
    if (!m_settings)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    if (Page* p = currentPage())
        m_settings->setLastPage(p->key());
    if (m_session)
        m_settings->setLastDatabase(m_session->database().path());
    m_settings->sync();
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    const QByteArray geometry = m_settings->windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
    if (!m_session)
        return;
    // "As of" and the entry date are not restored: they open on today
    // (CampaignSession::defaultDate), and a date picked stays while the window is open.
    showPage(m_settings->lastPage());
}

void MainWindow::writeAutomaticBackup()
{
    if (!m_session)
        return;
    const QString folder =
        m_settings ? m_settings->backupFolder() : AppSettings::defaultBackupFolder();
    const int keep = m_settings ? m_settings->backupKeep() : AppSettings::DefaultBackupKeep;
    try {
        const QString file = m_session->backupIfChanged(folder, keep);
        if (!file.isEmpty())
            spdlog::info("automatic backup written to {}", str(file));
    } catch (const StorageError& e) {
        // The data is safe in the database; only the extra copy failed.
        QMessageBox::warning(this, tr("Sao lưu tự động"),
                             tr("Không tạo được bản sao lưu tự động: %1").arg(e.message()));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeLeaveAll()) {
        event->ignore();
        return;
    }
    writeAutomaticBackup();
    saveSettings();
    event->accept();
}

bool MainWindow::importable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"txt"_s || suffix == u"xlsx"_s;
}

bool MainWindow::isDatabaseFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"sqlite"_s || suffix == u"db"_s;
}

namespace {

QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (mime && mime->hasUrls())
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    for (const QString& p : paths) {
        if ((importable(p) && m_session) || (isDatabaseFile(p) && paths.size() == 1)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.size() == 1 && isDatabaseFile(paths.first())) {
        event->acceptProposedAction();
        emit openDatabaseRequested(paths.first());
        return;
    }
    if (openDroppedFiles(paths))
        event->acceptProposedAction();
}

bool MainWindow::openDroppedFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& p : paths)
        if (importable(p))
            files << p;
    auto* import = qobject_cast<ImportPage*>(page(u"import"_s));
    if (files.isEmpty() || !import)
        return false;
    if (!showPage(u"import"_s))
        return false;
    import->addFiles(files);
    return true;
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings ? m_settings->recentFiles() : QStringList();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* a = m_recentMenu->addAction(
            u"&%1  %2"_s.arg(i + 1).arg(nativePath(path).replace(u'&', u"&&"_s)));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(
                    this, tr("Tệp gần đây"),
                    tr("Không còn tệp %1; đã bỏ khỏi danh sách.").arg(nativePath(path)));
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

void MainWindow::chooseDatabase()
{
    const QString folder =
        m_session ? QFileInfo(m_session->database().path()).absolutePath() : AppPaths::dataDir();
    const QString path = QFileDialog::getOpenFileName(this, tr("Mở cơ sở dữ liệu"), folder,
                                                      DatabaseOpener::fileFilter());
    if (!path.isEmpty())
        emit openDatabaseRequested(path);
}

void MainWindow::chooseNewDatabase()
{
    const QString folder =
        m_session ? QFileInfo(m_session->database().path()).absolutePath() : AppPaths::dataDir();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Tạo cơ sở dữ liệu mới"), QDir(folder).filePath(tr("signtally-moi.sqlite")),
        DatabaseOpener::fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        emit newDatabaseRequested(path);
}

void MainWindow::backupNow()
{
    if (!m_session)
        return;
    const QString folder =
        m_settings ? m_settings->backupFolder() : AppSettings::defaultBackupFolder();
    QDir().mkpath(folder);
    const QString suggested = QDir(folder).filePath(
        u"signtally-%1.sqlite"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Sao lưu cơ sở dữ liệu"),
                                                        suggested, DatabaseOpener::fileFilter());
    if (target.isEmpty())
        return;
    try {
        Backup::write(m_session->database(), target);
        showStatus(tr("Đã sao lưu vào %1.").arg(nativePath(target)));
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Sao lưu"), e.message());
    }
}

void MainWindow::chooseRestore()
{
    if (!m_session)
        return;
    const QString folder =
        m_settings ? m_settings->backupFolder() : AppSettings::defaultBackupFolder();
    const QString source = QFileDialog::getOpenFileName(this, tr("Khôi phục từ bản sao lưu"),
                                                        folder, DatabaseOpener::fileFilter());
    if (source.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Khôi phục"),
        tr("Thay nội dung của %1 bằng bản sao lưu %2?\n\nTệp hiện tại được giữ lại bên cạnh "
           "(tên có đuôi .before-restore-…) để có thể quay lại.")
            .arg(nativePath(m_session->database().path()), nativePath(source)));
    if (answer == QMessageBox::Yes)
        emit restoreRequested(source);
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
        file = nativePath(m_session->database().path());
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
                      .arg(nativePath(path)));
}

} // namespace signtally
