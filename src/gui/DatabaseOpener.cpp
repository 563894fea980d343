#include "gui/DatabaseOpener.h"

#include "gui/shell/ConnectDialog.h"
#include "storage/Backup.h"
#include "storage/Logging.h"
#include "storage/OpenStorage.h"
#include "storage/Seeder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace signtally {

QString DatabaseOpener::fileFilter()
{
    return tr("Cơ sở dữ liệu SignTally (*.sqlite *.db);;Tất cả các tệp (*)");
}

std::unique_ptr<Storage> DatabaseOpener::open(QString path, bool createIfMissing, QWidget* parent)
{
    QString password;
    while (isServerAddress(path)) {
        try {
            return openStorage(path, password);
        } catch (const StorageError& e) {
            spdlog::warn("cannot connect to {}: {}", str(path), str(e.message()));
            ConnectDialog dialog(parent);
            dialog.setAddress(path);
            dialog.setError(e.message());
            if (dialog.exec() != QDialog::Accepted)
                return nullptr;
            path = dialog.address();
            password = dialog.password();
        }
    }
    for (;;) {
        try {
            Backup::removeStrayTemporaries(QFileInfo(path).absolutePath());
            if (createIfMissing && !QFileInfo::exists(path))
                return Seeder::createSeeded(path, false);
            return Database::openExisting(path);
        } catch (const StorageError& e) {
            spdlog::warn("cannot open {}: {}", str(path), str(e.message()));
            QMessageBox box(QMessageBox::Warning, tr("Không mở được cơ sở dữ liệu"), e.message(),
                            QMessageBox::NoButton, parent);
            box.setInformativeText(
                tr("Tệp này không bị thay đổi. Bạn có thể mở một tệp khác hoặc tạo "
                   "một cơ sở dữ liệu mới."));
            QPushButton* other = box.addButton(tr("Mở tệp khác…"), QMessageBox::AcceptRole);
            QPushButton* create = box.addButton(tr("Tạo tệp mới…"), QMessageBox::ActionRole);
            box.addButton(tr("Thoát"), QMessageBox::RejectRole);
            box.setDefaultButton(other);
            box.exec();
            const QString folder = QFileInfo(path).absolutePath();
            if (box.clickedButton() == other) {
                const QString chosen = QFileDialog::getOpenFileName(parent, tr("Mở cơ sở dữ liệu"),
                                                                    folder, fileFilter());
                if (!chosen.isEmpty()) {
                    path = chosen;
                    createIfMissing = false;
                }
            } else if (box.clickedButton() == create) {
                const QString chosen = QFileDialog::getSaveFileName(
                    parent, tr("Tạo cơ sở dữ liệu mới"),
                    QDir(folder).filePath(tr("signtally-moi.sqlite")), fileFilter(), nullptr,
                    QFileDialog::DontConfirmOverwrite);
                if (!chosen.isEmpty()) {
                    // createSeeded refuses an existing file; the loop then says so.
                    path = chosen;
                    createIfMissing = true;
                }
            } else {
                return nullptr;
            }
        }
    }
}

} // namespace signtally
