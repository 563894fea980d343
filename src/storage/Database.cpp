#include "storage/Database.h"

#include "storage/Logging.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

[[noreturn]] void fail(StorageError::Kind kind, const QString& message)
{
    spdlog::info("storage: {}", str(message));
    throw StorageError(kind, message);
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Reads the 100-byte SQLite header to tell "not SQLite" and "truncated" apart
// before Qt's driver gets a chance to treat the file as something else.
void checkHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(StorageError::Kind::NotFound,
             Database::tr("Không đọc được tệp %1: %2").arg(nativePath(path), f.errorString()));
    const qint64 size = f.size();
    if (size == 0)
        fail(
            StorageError::Kind::NotADatabase,
            Database::tr("Tệp %1 rỗng, không phải cơ sở dữ liệu SignTally.").arg(nativePath(path)));
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        fail(StorageError::Kind::NotADatabase,
             Database::tr("Tệp %1 không phải là cơ sở dữ liệu SignTally (không phải tệp SQLite).")
                 .arg(nativePath(path)));
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        fail(StorageError::Kind::Damaged,
             Database::tr("Tệp %1 bị hỏng (phần đầu tệp SQLite không hợp lệ).")
                 .arg(nativePath(path)));
    if (changeCounter == validFor && qint64(pageCount) * pageSize > size)
        fail(StorageError::Kind::Damaged,
             Database::tr("Tệp %1 bị cắt cụt: thiếu %2 byte so với kích thước ghi trong tệp.")
                 .arg(nativePath(path))
                 .arg(qint64(pageCount) * pageSize - size));
}

} // namespace

Database::Database(QString path, bool readOnly)
    : m_path(std::move(path)),
      m_connectionName(u"signtally-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_readOnly(readOnly)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        fail(StorageError::Kind::NotFound,
             tr("Không tìm thấy cơ sở dữ liệu %1.").arg(nativePath(path)));
    if (!info.isFile())
        fail(StorageError::Kind::NotADatabase,
             tr("%1 không phải là một tệp.").arg(nativePath(path)));
    checkHeader(path);
    // Open read-only to read the identity without touching the file.
    Database probe(path, true);
    probe.open();
    probe.configure();
}

std::unique_ptr<Database> Database::openExisting(const QString& path, Access access)
{
    inspect(path);
    const QFileInfo info(path);
    const bool dirWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool readOnly = access == Access::ReadOnly || !info.isWritable() || !dirWritable;
    std::unique_ptr<Database> db(new Database(path, readOnly));
    db->open();
    db->configure();
    if (readOnly) {
        if (db->schemaVersion() < SqlDialect::latestVersion())
            fail(StorageError::Kind::ReadOnly,
                 tr("Tệp %1 cần được nâng cấp nhưng đang ở chế độ chỉ đọc.").arg(nativePath(path)));
    } else {
        db->migrate(false);
    }
    spdlog::info("opened {}{}", str(path), readOnly ? " (read-only)" : "");
    return db;
}

std::unique_ptr<Database> Database::createNew(const QString& path, int schemaVersion)
{
    const QFileInfo info(path);
    if (info.exists())
        fail(StorageError::Kind::AlreadyExists,
             tr("Tệp %1 đã tồn tại; SignTally không ghi đè lên tệp có sẵn.").arg(nativePath(path)));
    if (!QDir().mkpath(info.absolutePath()))
        fail(StorageError::Kind::NotFound,
             tr("Không tạo được thư mục %1.").arg(nativePath(info.absolutePath())));
    std::unique_ptr<Database> db(new Database(path, false));
    try {
        db->open();
        db->exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId));
        db->configure();
        db->migrate(true, schemaVersion);
    } catch (...) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        throw;
    }
    spdlog::info("created {}", str(path));
    return db;
}

void Database::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
    if (m_readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        fail(StorageError::Kind::Sql,
             tr("Không mở được %1: %2").arg(nativePath(m_path), db.lastError().text()));
}

void Database::configure()
{
    // Reading the schema is the first thing that fails on a damaged file.
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
        fail(StorageError::Kind::Damaged,
             tr("Tệp %1 bị hỏng hoặc không phải cơ sở dữ liệu: %2")
                 .arg(nativePath(m_path), q.lastError().databaseText()));
    q.finish();
    const qint64 appId = scalar(u"PRAGMA application_id"_s).toLongLong();
    if (appId != ApplicationId)
        fail(StorageError::Kind::ForeignApplication,
             tr("Tệp %1 là cơ sở dữ liệu SQLite của một ứng dụng khác, không phải của SignTally.")
                 .arg(nativePath(m_path)));
    const int version = schemaVersion();
    if (version > SqlDialect::latestVersion())
        fail(StorageError::Kind::TooNew,
             tr("Tệp %1 được tạo bởi phiên bản SignTally mới hơn (lược đồ %2, phiên bản này hiểu "
                "đến %3). Hãy cập nhật SignTally.")
                 .arg(nativePath(m_path))
                 .arg(version)
                 .arg(SqlDialect::latestVersion()));
    exec(u"PRAGMA foreign_keys = ON"_s);
    if (!m_readOnly) {
        exec(u"PRAGMA journal_mode = WAL"_s);
        exec(u"PRAGMA synchronous = FULL"_s);
    }
}

int Database::schemaVersion() const
{
    return scalar(u"PRAGMA user_version"_s).toInt();
}

void Database::migrate(bool isNew, int targetVersion)
{
    const int current = schemaVersion();
    const int target = targetVersion > 0 ? targetVersion : SqlDialect::latestVersion();
    if (current >= target)
        return;
    if (!isNew && current > 0) {
        // Keep the file as it was before touching its schema.
        QString backup = u"%1.v%2.bak"_s.arg(m_path).arg(current);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = u"%1.v%2-%3.bak"_s.arg(m_path).arg(current).arg(n);
        copyTo(backup);
        spdlog::info("backed up {} before migration to {}", str(m_path), str(backup));
    }
    for (const MigrationStep& step : SqlDialect::migrations(SqlDialect::Kind::Sqlite)) {
        if (step.version <= current || step.version > target)
            continue;
        writeTransaction([&] {
            for (const QString& sql : step.statements)
                exec(sql);
            if (step.transform)
                step.transform(*this);
            for (const QString& sql : step.after)
                exec(sql);
            exec(u"PRAGMA user_version = %1"_s.arg(step.version));
        });
        spdlog::info("migrated {} to schema {}", str(m_path), step.version);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        fail(StorageError::Kind::Sql, tr("Lỗi cơ sở dữ liệu: %1").arg(q.lastError().text()));
    return q;
}

void Database::exec(QSqlQuery& query)
{
    if (query.exec())
        return;
    const StorageError error = StorageError::fromDatabase(query.lastError().databaseText());
    fail(error.kind(), error.message());
}

QSqlQuery Database::exec(const QString& sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery q = prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    exec(q);
    return q;
}

QVariant Database::scalar(const QString& sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery q = exec(sql, values);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

void Database::writeTransaction(const std::function<void()>& body)
{
    if (m_readOnly)
        fail(
            StorageError::Kind::ReadOnly,
            tr("Tệp %1 đang mở ở chế độ chỉ đọc; không thể lưu thay đổi.").arg(nativePath(m_path)));
    exec(u"BEGIN IMMEDIATE"_s);
    try {
        body();
        exec(u"COMMIT"_s);
    } catch (...) {
        QSqlQuery rollback(connection());
        rollback.exec(u"ROLLBACK"_s);
        throw;
    }
}

void Database::copyTo(const QString& target) const
{
    exec(u"VACUUM INTO ?"_s, {target});
}

} // namespace signtally
