#include "storage/Database.h"

#include "storage/AppPaths.h"
#include "storage/Logging.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"
#include "storage/Witness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QUrl>
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

QString sideFile(const QString& path, const char* suffix)
{
    return path + QLatin1StringView(suffix);
}

qint64 sizeOf(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

// The file and its folder may be written by this user (so SQLite may create
// -wal/-shm and recover an interrupted write).
bool mayWrite(const QString& path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

// Lets SQLite finish what a killed writer left: it rolls a hot journal back,
// and rebuilds the WAL index (and, closing, checkpoints the WAL into the
// file). This is SQLite's own recovery, the one any connection would run; it
// needs write access. Done before the checks, so they see the file as SQLite
// will. Nothing to do when no -journal or -wal holds anything.
void recoverInterruptedWrite(const QString& path)
{
    const bool hotJournal = sizeOf(sideFile(path, "-journal")) > 0;
    const bool walPending = sizeOf(sideFile(path, "-wal")) > 0;
    if (!hotJournal && !walPending)
        return;
    if (!mayWrite(path)) {
        if (hotJournal)
            fail(StorageError::Kind::ReadOnly,
                 Database::tr("Tệp %1 có một lần ghi bị gián đoạn (tệp -journal bên cạnh) cần "
                              "SQLite khôi phục, nhưng tài khoản này không có quyền ghi tệp hoặc "
                              "thư mục. Hãy mở nó bằng tài khoản có quyền ghi.")
                     .arg(nativePath(path)));
        return; // a pending WAL is read through the owner's -shm
    }
    sqlite3* raw = nullptr;
    int rc =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(raw, 10000);
        rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    const QString reason = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString();
    sqlite3_close_v2(raw);
    if (rc != SQLITE_OK) {
        const StorageError e = StorageError::fromSqlite(rc, reason, nativePath(path));
        fail(e.kind(), e.message());
    }
    spdlog::info("recovered an interrupted write in {}", str(path));
}

// Reads the 100-byte SQLite header to tell "not SQLite" and "truncated" apart
// before Qt's driver gets a chance to treat the file as something else. A
// file whose WAL still holds pages is as long as the WAL says, not the header:
// its size is SQLite's to check.
void checkHeader(const QString& path, bool magicOnly)
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
    if (magicOnly)
        return;
    if (sizeOf(sideFile(path, "-wal")) > 0)
        return;
    if (changeCounter == validFor && qint64(pageCount) * pageSize > size)
        fail(StorageError::Kind::Damaged,
             Database::tr("Tệp %1 bị cắt cụt: thiếu %2 byte so với kích thước ghi trong tệp.")
                 .arg(nativePath(path))
                 .arg(qint64(pageCount) * pageSize - size));
}

} // namespace

Database::Database(QString path, bool readOnly, bool snapshot)
    : m_path(std::move(path)),
      m_connectionName(u"signtally-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_readOnly(readOnly || snapshot), m_snapshot(snapshot)
{}

Database::Access Database::readAccessFor(bool mayWrite, bool sideFilesExist)
{
    return mayWrite || sideFilesExist ? Access::ReadOnly : Access::Snapshot;
}

Database::Access Database::readAccessFor(const QString& path)
{
    return readAccessFor(mayWrite(path), QFileInfo::exists(sideFile(path, "-wal")) ||
                                             QFileInfo::exists(sideFile(path, "-shm")));
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::inspect(const QString& path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        fail(StorageError::Kind::NotFound,
             tr("Không tìm thấy cơ sở dữ liệu %1.").arg(nativePath(path)));
    if (!info.isFile())
        fail(StorageError::Kind::NotADatabase,
             tr("%1 không phải là một tệp.").arg(nativePath(path)));
    checkHeader(path, true);
    recoverInterruptedWrite(path);
    checkHeader(path, false);
    // Open read-only to read the identity without touching the file.
    Database probe(path, true,
                   access == Access::Snapshot || readAccessFor(path) == Access::Snapshot);
    probe.open();
    probe.configure(false);
}

std::unique_ptr<Database> Database::openExisting(const QString& path, Access access)
{
    inspect(path, access);
    const bool snapshot = access == Access::Snapshot || readAccessFor(path) == Access::Snapshot;
    const bool readOnly = access != Access::ReadWrite || !mayWrite(path);
    std::unique_ptr<Database> db(new Database(path, readOnly, snapshot));
    db->open();
    db->configure(false);
    if (readOnly) {
        if (db->schemaVersion() < SqlDialect::latestVersion())
            fail(StorageError::Kind::ReadOnly,
                 tr("Tệp %1 cần được nâng cấp nhưng đang ở chế độ chỉ đọc.").arg(nativePath(path)));
    } else {
        db->migrate(false);
        // A file first opened by this version gets its witness now.
        if (db->m_witnessed && db->schemaVersion() >= 3 &&
            !QFileInfo::exists(Witness::fileFor(path)))
            Witness::record(*db);
    }
    spdlog::info("opened {}{}", str(path), readOnly ? " (read-only)" : "");
    return db;
}

std::unique_ptr<Database> Database::createNew(const QString& path, int schemaVersion,
                                              bool witnessed)
{
    const QFileInfo info(path);
    if (info.exists())
        fail(StorageError::Kind::AlreadyExists,
             tr("Tệp %1 đã tồn tại; SignTally không ghi đè lên tệp có sẵn.").arg(nativePath(path)));
    if (!QDir().mkpath(info.absolutePath()))
        fail(StorageError::Kind::NotFound,
             tr("Không tạo được thư mục %1.").arg(nativePath(info.absolutePath())));
    std::unique_ptr<Database> db(new Database(path, false));
    db->setWitnessed(witnessed);
    try {
        db->open();
        db->exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId));
        db->configure(true);
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
    QString options = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
    if (m_readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    if (m_snapshot) {
        // immutable: SQLite neither locks nor creates -wal/-shm.
        QUrl url = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
        url.setQuery(u"mode=ro&immutable=1"_s);
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        options += u";QSQLITE_OPEN_URI"_s;
    } else {
        db.setDatabaseName(m_path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const StorageError e = StorageError::fromSqlite(db.lastError().nativeErrorCode().toInt(),
                                                        db.lastError().databaseText(), m_path);
        fail(e.kind(), e.message());
    }
}

void Database::configure(bool isNew)
{
    // Reading the schema is the first thing that fails on a damaged file.
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table'"_s)) {
        const StorageError e = StorageError::fromSqlite(q.lastError().nativeErrorCode().toInt(),
                                                        q.lastError().databaseText(), m_path);
        fail(e.kind() == StorageError::Kind::Sql ? StorageError::Kind::Damaged : e.kind(),
             e.message());
    }
    const qint64 tables = q.next() ? q.value(0).toLongLong() : 0;
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
    if (!isNew && (version < 1 || tables == 0))
        fail(StorageError::Kind::Damaged,
             tr("Tệp %1 mang dấu của SignTally nhưng không có dữ liệu SignTally (không có bảng "
                "hoặc phiên bản lược đồ 0): tệp hỏng hoặc không phải của SignTally; không mở.")
                 .arg(nativePath(m_path)));
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

qint64 Database::outsideChangeCounter() const
{
    return scalar(u"PRAGMA data_version"_s).toLongLong();
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
    // As SQLite's own recipe for changing a table has it: foreign keys off
    // while tables are rebuilt (a dropped parent table must not cascade),
    // and checked before each step commits.
    exec(u"PRAGMA foreign_keys = OFF"_s);
    const auto foreignKeysBackOn = qScopeGuard([&] { exec(u"PRAGMA foreign_keys = ON"_s); });
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
            if (const auto fk = foreignKeyViolation())
                throw StorageError(StorageError::Kind::Damaged,
                                   tr("Nâng cấp tệp %1 lên lược đồ %2 để lại khóa ngoại sai: bảng "
                                      "%3, dòng %4.")
                                       .arg(m_path)
                                       .arg(step.version)
                                       .arg(fk->table)
                                       .arg(fk->row));
            exec(u"PRAGMA user_version = %1"_s.arg(step.version));
        });
        spdlog::info("migrated {} to schema {}", str(m_path), step.version);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::actor() const
{
    return AppPaths::loginName();
}

StorageError Database::classify(const QSqlError& error) const
{
    return StorageError::fromSqlite(error.nativeErrorCode().toInt(), error.databaseText(), m_path);
}

QStringList Database::structureProblems() const
{
    QSqlQuery q = exec(u"PRAGMA integrity_check"_s);
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines == QStringList{u"ok"_s} ? QStringList() : lines;
}

std::optional<Storage::ForeignKeyViolation> Database::foreignKeyViolation() const
{
    QSqlQuery q = exec(u"PRAGMA foreign_key_check"_s);
    if (!q.next())
        return std::nullopt;
    return ForeignKeyViolation{q.value(0).toString(), q.value(1).toLongLong(),
                               q.value(2).toString()};
}

void Database::writeTransaction(const std::function<void()>& body)
{
    if (m_readOnly)
        fail(
            StorageError::Kind::ReadOnly,
            tr("Tệp %1 đang mở ở chế độ chỉ đọc; không thể lưu thay đổi.").arg(nativePath(m_path)));
    exec(u"BEGIN IMMEDIATE"_s);
    bool witnessHolds = false;
    try {
        // The witness is checked before this change and moved after it, so
        // a change made behind the app's back stays visible to `check`.
        witnessHolds = m_witnessed && schemaVersion() >= 3 && Witness::holds(*this);
        body();
        exec(u"COMMIT"_s);
    } catch (...) {
        QSqlQuery rollback(connection());
        rollback.exec(u"ROLLBACK"_s);
        throw;
    }
    if (witnessHolds)
        Witness::record(*this);
}

void Database::bulkWriteTransaction(qsizetype rows, const std::function<void()>& body)
{
    if (rows <= 10000) {
        writeTransaction(body);
        return;
    }
    const QVariant cacheSize = scalar(u"PRAGMA cache_size"_s);
    exec(u"PRAGMA cache_size = -262144"_s); // 256 MiB
    struct RestoreCache
    {
        Database& db;
        QVariant size;
        ~RestoreCache()
        {
            try {
                db.exec(u"PRAGMA cache_size = %1"_s.arg(size.toLongLong()));
            } catch (const StorageError&) {
            }
        }
    } restore{*this, cacheSize};
    writeTransaction(body);
}

QString Database::engineVersion() const
{
    return u"SQLite "_s + scalar(u"SELECT sqlite_version()"_s).toString();
}

std::unique_ptr<Storage> Database::reopen() const
{
    auto db = openExisting(m_path, m_snapshot   ? Access::Snapshot
                                   : m_readOnly ? Access::ReadOnly
                                                : Access::ReadWrite);
    db->setWitnessed(m_witnessed);
    return db;
}

void Database::copyTo(const QString& target) const
{
    exec(u"VACUUM INTO ?"_s, {target});
}

} // namespace signtally
