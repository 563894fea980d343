#include "gui/shell/AppController.h"

#include "gui/AppSettings.h"
#include "gui/DatabaseOpener.h"
#include "gui/MainWindow.h"
#include "gui/shell/ConnectDialog.h"
#include "gui/shell/SettingsDialog.h"
#include "models/CampaignSession.h"
#include "storage/AppPaths.h"
#include "storage/Backup.h"
#include "storage/CampaignStore.h"
#include "storage/Logging.h"
#include "storage/OpenStorage.h"
#include "storage/Seeder.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace signtally {

AppController::AppController(AppSettings* settings, const Clock& clock, QObject* parent)
    : QObject(parent), m_settings(settings), m_clock(clock)
{}

AppController::~AppController()
{
    // The pages use the session: the window goes first.
    m_window.reset();
    m_session.reset();
}

void AppController::start(std::unique_ptr<Storage> db)
{
    m_session = openSession(std::move(db));
    applyRuntimeSettings(*m_settings, m_session.get());
    m_window = std::make_unique<MainWindow>(m_session.get());
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this,
            [this](const QString& path) { openDatabase(path); });
    const std::pair<QString, void (AppController::*)()> fileActions[] = {
        {u"fileOpen"_s, &AppController::chooseDatabase},
        {u"fileNew"_s, &AppController::chooseNewDatabase},
        {u"fileConnect"_s, &AppController::connectRequested},
        {u"fileBackup"_s, &AppController::backupNow},
        {u"fileRestore"_s, &AppController::chooseRestore},
    };
    for (const auto& [name, slot] : fileActions)
        connect(m_window->action(name), &QAction::triggered, this, slot);
    m_window->setSettings(m_settings);
    m_window->restoreSettings();
    m_settings->addRecentFile(m_session->database().location());
    m_settings->setLastDatabase(m_session->database().location());
    m_window->rebuildRecentMenu();
}

std::unique_ptr<CampaignSession> AppController::openSession(std::unique_ptr<Storage> db) const
{
    // The campaign last used with this file, if it still has it; else the default rule.
    qint64 campaign = 0;
    const QString code = m_settings->lastCampaign(db->location());
    if (!code.isEmpty())
        campaign = CampaignStore(*db).campaignIdByCode(code).value_or(0);
    return std::make_unique<CampaignSession>(std::move(db), campaign, m_clock);
}

bool AppController::fail(const QString& title, const QString& text, bool silent)
{
    m_lastError = text;
    spdlog::warn("{}", str(text));
    if (!m_quiet && !silent && m_window)
        QMessageBox::warning(m_window.get(), title, text);
    return false;
}

void AppController::install(std::unique_ptr<Storage> db)
{
    m_session = openSession(std::move(db));
    applyRuntimeSettings(*m_settings, m_session.get());
    m_window->setSession(m_session.get());
    m_settings->addRecentFile(m_session->database().location());
    m_settings->setLastDatabase(m_session->database().location());
    m_settings->sync();
    m_window->rebuildRecentMenu();
    m_window->showStatus(
        tr("Đã mở %1 · %2").arg(m_session->whereShown(), m_session->data().campaign.name));
}

bool AppController::switchTo(std::unique_ptr<Storage> db)
{
    // The old session's state and backup first, then its pages, then the session.
    m_window->saveSettings();
    m_window->writeAutomaticBackup();
    m_window->setSession(nullptr);
    m_session.reset();
    install(std::move(db));
    return true;
}

bool AppController::openDatabase(const QString& where, const QString& password)
{
    m_lastError.clear();
    if (!m_window->maybeLeaveAll())
        return false;
    std::unique_ptr<Storage> db;
    try {
        db = openStorage(where, password);
    } catch (const StorageError& e) {
        if (isServerAddress(where)) {
            // Perhaps a password is wanted, or the address was mistyped: ask again.
            if (!m_quiet)
                QTimer::singleShot(0, this,
                                   [this, where, why = e.message()] { chooseServer(where, why); });
            return fail(tr("Không kết nối được máy chủ"), e.message(), true);
        }
        if (!QFileInfo::exists(where))
            m_settings->removeRecentFile(where);
        return fail(tr("Không mở được cơ sở dữ liệu"),
                    e.message() + u"\n\n"_s + tr("Tệp đang mở vẫn được giữ nguyên."));
    }
    return switchTo(std::move(db));
}

void AppController::chooseServer(const QString& address, const QString& error)
{
    ConnectDialog dialog(m_window.get());
    dialog.setAddress(address.isEmpty() ? m_settings->lastServer() : address);
    dialog.setError(error);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openDatabase(dialog.address(), dialog.password());
}

bool AppController::createDatabase(const QString& path)
{
    m_lastError.clear();
    if (QFileInfo::exists(path))
        return fail(
            tr("Tạo cơ sở dữ liệu mới"),
            tr("Tệp %1 đã tồn tại; SignTally không ghi đè lên tệp có sẵn. Hãy chọn tên khác.")
                .arg(QDir::toNativeSeparators(path)));
    if (!m_window->maybeLeaveAll())
        return false;
    std::unique_ptr<Storage> db;
    try {
        db = Seeder::createSeeded(path, false);
    } catch (const StorageError& e) {
        return fail(tr("Tạo cơ sở dữ liệu mới"), e.message());
    }
    return switchTo(std::move(db));
}

bool AppController::restoreBackup(const QString& backupFile)
{
    m_lastError.clear();
    if (!m_window->maybeLeaveAll())
        return false;
    const QString target = m_session->database().location();
    // Backup::restore needs the file closed: close the session, restore, reopen.
    m_window->saveSettings();
    m_window->writeAutomaticBackup();
    m_window->setSession(nullptr);
    m_session.reset();
    QString error;
    QString kept;
    try {
        kept = Backup::restore(backupFile, target);
    } catch (const StorageError& e) {
        error = e.message();
    }
    try {
        install(Database::openExisting(target));
    } catch (const StorageError& e) {
        // Should not happen (restore checks the file); say so and leave the window empty.
        return fail(tr("Khôi phục"), e.message());
    }
    if (!error.isEmpty())
        return fail(tr("Khôi phục"),
                    tr("Không khôi phục được từ %1: %2\n\nTệp đang dùng không bị thay đổi.")
                        .arg(QDir::toNativeSeparators(backupFile), error));
    m_window->showStatus(
        tr("Đã khôi phục từ %1; tệp cũ được giữ ở %2.")
            .arg(QDir::toNativeSeparators(backupFile), QDir::toNativeSeparators(kept)),
        15000);
    return true;
}

QString AppController::currentFolder() const
{
    return m_session && !m_session->onServer()
               ? QFileInfo(m_session->database().location()).absolutePath()
               : AppPaths::dataDir();
}

void AppController::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window.get(), tr("Mở cơ sở dữ liệu"), currentFolder(), DatabaseOpener::fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void AppController::chooseNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window.get(), tr("Tạo cơ sở dữ liệu mới"),
        QDir(currentFolder()).filePath(tr("signtally-moi.sqlite")), DatabaseOpener::fileFilter(),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createDatabase(path);
}

void AppController::backupNow()
{
    if (!m_session)
        return;
    const QString folder = m_settings->backupFolder();
    QDir().mkpath(folder);
    const QString suggested = QDir(folder).filePath(
        u"signtally-%1.sqlite"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString target = QFileDialog::getSaveFileName(m_window.get(), tr("Sao lưu cơ sở dữ liệu"),
                                                        suggested, DatabaseOpener::fileFilter());
    if (target.isEmpty())
        return;
    try {
        Backup::write(m_session->database(), target);
        m_window->showStatus(tr("Đã sao lưu vào %1.").arg(QDir::toNativeSeparators(target)));
    } catch (const StorageError& e) {
        QMessageBox::warning(m_window.get(), tr("Sao lưu"), e.message());
    }
}

void AppController::chooseRestore()
{
    if (!m_session)
        return;
    const QString source =
        QFileDialog::getOpenFileName(m_window.get(), tr("Khôi phục từ bản sao lưu"),
                                     m_settings->backupFolder(), DatabaseOpener::fileFilter());
    if (source.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window.get(), tr("Khôi phục"),
        tr("Thay nội dung của %1 bằng bản sao lưu %2?\n\nTệp hiện tại được giữ lại bên cạnh "
           "(tên có đuôi .before-restore-…) để có thể quay lại.")
            .arg(m_session->whereShown(), QDir::toNativeSeparators(source)));
    if (answer == QMessageBox::Yes)
        restoreBackup(source);
}

} // namespace signtally
