#include "gui/MainWindow.h"

#include "core/VnFormat.h"
#include "gui/AppSettings.h"
#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/UnitPage.h"
#include "gui/entry/EntryPage.h"
#include "gui/import/ImportPage.h"
#include "gui/report/ReportPage.h"
#include "gui/setup/SetupActions.h"
#include "gui/shell/GroupSelector.h"
#include "models/CampaignSession.h"
#include "storage/Logging.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

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
    // The navigation column: the target group shown (when there are groups), the pages.
    auto* column = new QWidget(central);
    column->setFixedWidth(170);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    m_groups = new GroupSelector([this] { return maybeLeaveAll(); }, column);
    columnLayout->addWidget(m_groups);
    columnLayout->addWidget(m_nav, 1);
    layout->addWidget(column);
    auto* pages = new QWidget(central);
    auto* pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    m_scopeNotice = new QLabel(pages);
    m_scopeNotice->setObjectName(u"scopeNotice"_s);
    m_scopeNotice->setWordWrap(true);
    m_scopeNotice->setStyleSheet(u"QLabel#scopeNotice { background: #fff4ce; color: #5d4200; "
                                 "border-bottom: 1px solid #e0c36c; padding: 6px 12px; }"_s);
    m_scopeNotice->hide();
    pagesLayout->addWidget(m_scopeNotice);
    pagesLayout->addWidget(m_stack, 1);
    layout->addWidget(pages, 1);
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
    m_linkLabel = new QLabel(this);
    m_linkLabel->setObjectName(u"connectionStatus"_s);
    m_linkLabel->setStyleSheet(u"QLabel { color: #b71c1c; font-weight: bold; }"_s);
    m_linkLabel->hide();
    statusBar()->addPermanentWidget(m_linkLabel);
    setAcceptDrops(true);

    createMenus();
    setSession(session);
    resize(1366, 768);
}

MainWindow::~MainWindow()
{
    // The pages are destroyed after this: their undo histories signal as they
    // go (QUndoStack::clear), and updateActions() must not answer on a window
    // half destroyed (it read the stack's current page: a crash on closing
    // after an edit in the entry grid).
    disconnect(m_stack, nullptr, this, nullptr);
    for (Page* p : std::as_const(m_pages))
        if (QUndoStack* stack = p->undoStack())
            disconnect(stack, nullptr, this, nullptr);
}

void MainWindow::createPages()
{
    // One line per screen, in navigation order.
    auto* dashboard = new DashboardPage(m_session, this);
    connect(dashboard, &DashboardPage::chooseCampaignRequested, this, &MainWindow::chooseCampaign);
    connect(dashboard, &DashboardPage::newCampaignRequested, this,
            [this] { openNewCampaign(this); });
    addPage(dashboard);
    auto* entry = new EntryPage(m_session, this);
    if (m_settings)
        entry->setBlocks(m_settings->entryBlocks());
    connect(entry, &EntryPage::blocksToggled, this, [this](bool on) {
        if (m_settings)
            m_settings->setEntryBlocks(on);
    });
    addPage(entry);
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
        // Another campaign, or its set-up changed: the title and the Đợt menu follow.
        connect(m_session, &CampaignSession::changed, this, [this](const ChangeNotice& n) {
            if (n.touches(ChangeNotice::Setup)) {
                updateTitle();
                checkOpenCampaign(); // the menu's list is read again when it opens
            }
        });
        connect(m_session, &CampaignSession::connectionChanged, this, &MainWindow::updateLink);
        m_groups->setSession(m_session); // before the pages: its choice is theirs
        createPages();
        m_stack->setCurrentIndex(0);
        m_nav->setCurrentRow(0);
    }
    if (!m_session)
        m_groups->setSession(nullptr);
    rebuildViewActions();
    rebuildCampaignMenu();
    updateTitle();
    updateLink();
    updateActions();
}

void MainWindow::updateLink()
{
    if (!m_session || !m_session->connectionLost()) {
        if (m_linkLabel->isVisible())
            showStatus(tr("Đã kết nối lại máy chủ."), 5000);
        m_linkLabel->hide();
        return;
    }
    const Format vi;
    const QString since = m_session->lostSince().time().toString(u"HH:mm:ss"_s);
    const int attempts = m_session->reconnectAttempts();
    // (Before the first try, no count: "tried 0 times" reads as given up.)
    m_linkLabel->setText(attempts == 0
                             ? tr("Mất kết nối máy chủ từ %1 — sắp thử kết nối lại").arg(since)
                             : tr("Mất kết nối máy chủ từ %1 — đã thử kết nối lại %2 lần")
                                   .arg(since, vi.count(attempts)));
    m_linkLabel->setToolTip(tr("Máy chủ %1 không trả lời. SignTally tự kết nối lại sau 1, 2, 4… "
                               "đến 30 giây, và ngay khi bạn lưu. Những gì đã nhập mà chưa lưu "
                               "vẫn được giữ trên màn hình.")
                                .arg(m_session->whereShown()));
    m_linkLabel->show();
}

void MainWindow::setSettings(AppSettings* settings)
{
    m_settings = settings;
    for (Page* p : std::as_const(m_pages))
        if (auto* entry = qobject_cast<EntryPage*>(p); entry && m_settings)
            entry->setBlocks(m_settings->entryBlocks());
    rebuildRecentMenu();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("Chưa mở cơ sở dữ liệu"));
        m_statusText = tr("Chưa mở cơ sở dữ liệu");
        fitStatusLabel();
        m_scopeNotice->hide();
        return;
    }
    const CampaignData& data = m_session->data();
    const QString path = m_session->whereShown();
    const int group = m_session->viewedGroup();
    if (group >= 0)
        setWindowTitle(tr("%1 — %2 — %3").arg(path, data.campaign.name, data.groups[group].name));
    else
        setWindowTitle(tr("%1 — %2").arg(path, data.campaign.name));
    // The campaign's name is the window's title and the dashboard's heading.
    // On a server, who is connected: the login the server writes in the audit.
    m_statusText = m_session->onServer()
                       ? tr("Máy chủ: %1 · đăng nhập: %2%3")
                             .arg(path, m_session->actor(),
                                  m_session->readOnly() ? tr(" (chỉ xem)") : QString())
                       : tr("Cơ sở dữ liệu: %1%2")
                             .arg(path, m_session->readOnly() ? tr(" (chỉ đọc)") : QString());
    fitStatusLabel();
    // The server lets a commune's login read its own unit's tallies only.
    const QString unit = m_session->readsOnlyUnit();
    m_scopeNotice->setText(
        tr("Tài khoản %1 chỉ được đọc số liệu của %2: mọi con số trên các trang là của riêng %2, "
           "không phải tổng của cả đợt.")
            .arg(m_session->actor(), unit));
    m_scopeNotice->setVisible(!unit.isEmpty());
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

void MainWindow::addPage(Page* page)
{
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
    connect(page, &Page::openPage, this,
            [this](const QString& key, const ViewOptions& options) { showPage(key, options); });
    if (QUndoStack* stack = page->undoStack()) {
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
    if (m_session) {
        m_settings->setLastDatabase(m_session->database().location());
        m_settings->setLastCampaign(m_session->database().location(),
                                    m_session->data().campaign.code);
    }
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

} // namespace signtally
