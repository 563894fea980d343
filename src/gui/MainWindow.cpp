#include "gui/MainWindow.h"

#include "gui/dashboard/DashboardPage.h"
#include "gui/dashboard/UnitPage.h"
#include "gui/report/ReportPage.h"
#include "gui/import/ImportPage.h"
#include "gui/entry/EntryPage.h"
#include "models/CampaignSession.h"
#include "storage/AppPaths.h"
#include "storage/Logging.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace signtally {

MainWindow::MainWindow(CampaignSession* session, QWidget* parent)
    : QMainWindow(parent), m_session(session)
{
    const CampaignData& data = session->data();
    setWindowTitle(tr("%1 — %2").arg(QDir::toNativeSeparators(session->database().path()),
                                     data.campaign.name));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(170);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: #17324d; color: white; "
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

    createPages();

    statusBar()->showMessage(tr("Cơ sở dữ liệu: %1%2 · Chiến dịch: %3")
                                 .arg(QDir::toNativeSeparators(session->database().path()),
                                      session->readOnly() ? tr(" (chỉ đọc)") : QString(),
                                      data.campaign.name));
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

void MainWindow::addPage(Page* page)
{
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
    connect(page, &Page::openPage, this,
            [this](const QString& key, const ViewOptions& options) { showPage(key, options); });
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (Page* p : m_pages) {
        if (!p->maybeLeave()) {
            event->ignore();
            return;
        }
    }
    try {
        const QString file =
            m_session->backupIfChanged(AppPaths::dataDir() + QStringLiteral("/backups"));
        if (!file.isEmpty())
            spdlog::info("automatic backup written to {}", str(file));
    } catch (const StorageError& e) {
        // The data is safe in the database; only the extra copy failed.
        QMessageBox::warning(this, tr("Sao lưu tự động"),
                             tr("Không tạo được bản sao lưu tự động: %1").arg(e.message()));
    }
    event->accept();
}

} // namespace signtally
