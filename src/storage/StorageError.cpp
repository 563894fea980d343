#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <sqlite3.h>

namespace signtally {

namespace {
// A named context lupdate can see (a free tr() would be filed under "signtally").
struct StorageErrorText
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)
};
} // namespace

StorageError StorageError::fromSqlite(int resultCode, const QString& reason, const QString& path)
{
    const QString file =
        path.isEmpty() ? StorageErrorText::tr("cơ sở dữ liệu") : QDir::toNativeSeparators(path);
    switch (resultCode & 0xff) {
    case SQLITE_CONSTRAINT:
        return StorageError(Kind::Rejected, reason);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError(
            Kind::Busy,
            StorageErrorText::tr("Tệp %1 đang được một chương trình khác dùng (đang ghi hoặc giữ "
                                 "khóa); đã chờ 10 giây mà chưa xong. Hãy đóng chương trình kia "
                                 "hoặc thử lại sau.")
                .arg(file));
    case SQLITE_READONLY:
        return StorageError(
            Kind::ReadOnly,
            StorageErrorText::tr(
                "Không ghi được vào tệp %1: tệp, thư mục chứa nó hoặc tệp -wal/-shm "
                "bên cạnh chỉ cho đọc với tài khoản này (%2).")
                .arg(file, reason));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageError(Kind::Damaged,
                            StorageErrorText::tr("Tệp %1 bị hỏng: %2").arg(file, reason));
    case SQLITE_FULL:
        return StorageError(
            Kind::Sql, StorageErrorText::tr("Không ghi được vào tệp %1: đĩa đã đầy.").arg(file));
    case SQLITE_IOERR:
        return StorageError(Kind::Sql,
                            StorageErrorText::tr("Lỗi đọc/ghi đĩa ở tệp %1: %2").arg(file, reason));
    case SQLITE_CANTOPEN:
        return StorageError(Kind::Sql,
                            StorageErrorText::tr("Không mở được tệp %1: %2").arg(file, reason));
    default:
        return StorageError(
            Kind::Sql, StorageErrorText::tr("Lỗi cơ sở dữ liệu ở tệp %1: %2").arg(file, reason));
    }
}

} // namespace signtally
