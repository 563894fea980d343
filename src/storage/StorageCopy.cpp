#include "storage/StorageCopy.h"

#include "core/VnFormat.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Logging.h"
#include "storage/Schema.h"
#include "storage/StagedFile.h"
#include "storage/Witness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlRecord>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// Rows per INSERT: one statement per chunk (a round trip to a server each).
constexpr qsizetype ChunkRows = 256;

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Runs sql as it is, without preparing it (QPSQL prepares only SELECT,
// INSERT, UPDATE, DELETE and VALUES).
void run(const Storage& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw db.classify(q.lastError());
}

// The source read as one consistent snapshot: a read transaction for as long
// as this lives (a server's at REPEATABLE READ, so concurrent writers do not
// show halfway).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Storage& db) : m_db(db)
    {
        run(db, db.backend() == Storage::Backend::Postgres
                    ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                    : u"BEGIN"_s);
    }
    ~ReadSnapshot() { QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_s); }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    const Storage& m_db;
};

// A value as the target stores it: dates as ISO text (a server gives them
// back as QDate; a file keeps text, and the audit's hashes cover that text).
QVariant portable(const QVariant& v)
{
    if (!v.isNull() && v.metaType().id() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return v;
}

// Copies every row of one table, ChunkRows rows per INSERT.
qint64 copyTable(const Storage& from, const Storage& to, const QString& table)
{
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT * FROM "_s + table))
        throw from.classify(read.lastError());
    const QSqlRecord record = read.record();
    const int columns = record.count();
    QStringList names;
    for (int i = 0; i < columns; ++i)
        names << record.fieldName(i);
    const QString head = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, names.join(u", "_s));
    const QString oneRow = u'(' + QStringList(columns, u"?"_s).join(u", "_s) + u')';
    auto statement = [&](qsizetype rows) {
        return to.prepare(head + QStringList(rows, oneRow).join(u", "_s));
    };
    std::optional<QSqlQuery> full;
    QVariantList values;
    values.reserve(ChunkRows * columns);
    qint64 copied = 0;
    auto flush = [&] {
        const qsizetype rows = values.size() / columns;
        if (rows == 0)
            return;
        std::optional<QSqlQuery> partial;
        if (rows < ChunkRows)
            partial = statement(rows);
        else if (!full)
            full = statement(ChunkRows);
        QSqlQuery& q = partial ? *partial : *full;
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values[i]);
        to.exec(q);
        copied += rows;
        values.clear();
    };
    while (read.next()) {
        for (int i = 0; i < columns; ++i)
            values << portable(read.value(i));
        if (values.size() == ChunkRows * columns)
            flush();
    }
    flush();
    return copied;
}

// A server numbers new rows from identity sequences: each is moved past the
// ids the copy kept, so the next row the app adds does not collide.
void moveSequencesPastCopiedIds(const Storage& target)
{
    for (const QString& table : StorageCopy::tables()) {
        QSqlQuery columns(target.connection());
        if (!columns.exec(u"SELECT * FROM %1 LIMIT 0"_s.arg(table)))
            throw target.classify(columns.lastError());
        if (!columns.record().contains(u"id"_s))
            continue;
        // (setval of no sequence, a table whose id is not an identity, is NULL.)
        target.scalar(u"SELECT setval(pg_get_serial_sequence(?, 'id'), "
                      "coalesce((SELECT max(id) FROM %1), 0) + 1, false)"_s.arg(table),
                      {table});
    }
}

[[noreturn]] void refuseChecked(const QString& what, const IntegrityReport& report)
{
    throw StorageError(StorageError::Kind::Damaged,
                       StorageCopy::tr("%1 không qua được kiểm tra (như lệnh check): %2")
                           .arg(what, report.problems.join(u' ')));
}

// PRAGMA user_version of a file Database::inspect has found to be
// SignTally's, read without opening it for the app (which would upgrade it).
int fileSchemaVersion(const QString& path)
{
    sqlite3* raw = nullptr;
    int version = 0;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(raw);
    return version;
}

} // namespace

std::unique_ptr<Database> StorageCopy::openSourceFile(const QString& path)
{
    Database::inspect(path); // not there, not SignTally's, damaged, newer: refused here
    const int version = fileSchemaVersion(path);
    if (const int latest = SqlDialect::latestVersion(); version < latest)
        throw StorageError(StorageError::Kind::Rejected,
                           tr("Tệp %1 có lược đồ phiên bản %2, cũ hơn phiên bản %3 của bản "
                              "SignTally này. Hãy mở nó một lần bằng SignTally (signtally --db "
                              "%1) để nâng cấp (tệp cũ được giữ lại bên cạnh, %1.v%2.bak), rồi "
                              "sao chép. Không thay đổi gì.")
                               .arg(native(path))
                               .arg(version)
                               .arg(latest));
    return Database::openExisting(path, Database::Access::ReadOnly);
}

void StorageCopy::refuseUnlessEmpty(const Storage& target)
{
    if (const QStringList found = existingData(target); !found.isEmpty())
        throw StorageError(StorageError::Kind::Rejected,
                           tr("%1 đã có dữ liệu (%2); chỉ sao chép vào một cơ sở dữ liệu trống. "
                              "Không thay đổi gì.")
                               .arg(target.location(), found.mid(0, 5).join(u", "_s)));
}

QStringList StorageCopy::tables()
{
    // Parents before children (foreign keys); the campaign before its
    // tallies (their dates must lie inside it); tallies before the week locks
    // (a locked week refuses new tallies); the audit as it is, append-only.
    return {u"campaign"_s,          u"unit"_s,
            u"unit_alias"_s,        u"campaign_unit"_s,
            u"provider"_s,          u"provider_alias"_s,
            u"campaign_provider"_s, u"target_group"_s,
            u"unit_group_target"_s, u"tally"_s,
            u"audit_batch"_s,       u"tally_audit"_s,
            u"setup_audit"_s,       u"week_lock_event"_s,
            u"week_lock"_s,         u"report_settings"_s,
            u"report_narrative"_s};
}

QStringList StorageCopy::existingData(const Storage& target)
{
    QStringList found;
    QSqlQuery campaigns = target.exec(u"SELECT code FROM campaign ORDER BY id"_s);
    while (campaigns.next())
        found << tr("đợt %1").arg(campaigns.value(0).toString());
    const Format fmt;
    for (const QString& table : tables()) {
        if (table == u"campaign"_s)
            continue;
        const qint64 rows = target.scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
        if (rows > 0)
            found << tr("bảng %1: %2 dòng").arg(table, fmt.count(rows));
    }
    return found;
}

CopyResult StorageCopy::copyInto(const Storage& source, Storage& target)
{
    CopyResult result;
    const ReadSnapshot snapshot(source);
    // A source that does not pass its own check is not copied: the copy
    // would carry its damage (or, once its witnesses are left behind, hide it).
    if (const IntegrityReport report = Integrity::check(source); !report.ok())
        refuseChecked(tr("Nguồn %1").arg(source.location()), report);
    qint64 expected = 0;
    for (const QString& table : tables())
        expected += source.scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
    target.bulkWriteTransaction(expected, [&] {
        refuseUnlessEmpty(target);
        for (const QString& table : tables())
            result.rows.insert(table, copyTable(source, target, table));
        if (target.backend() == Storage::Backend::Postgres)
            moveSequencesPastCopiedIds(target);
        result.target = Integrity::check(target);
        if (!result.target.ok())
            refuseChecked(tr("Bản sao trên %1").arg(target.location()), result.target);
    });
    spdlog::info("copied {} into {}", str(source.location()), str(target.location()));
    return result;
}

CopyResult StorageCopy::copyToNewFile(const Storage& source, const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        throw StorageError(StorageError::Kind::Rejected,
                           tr("Tệp %1 đã tồn tại; chỉ sao chép vào một tệp mới. Không thay đổi gì.")
                               .arg(native(path)));
    const QString folder = info.absolutePath();
    const bool newFolder = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        throw StorageError(StorageError::Kind::NotFound,
                           tr("Không tạo được thư mục %1.").arg(native(folder)));
    try {
        Backup::removeStrayTemporaries(folder);
        CopyResult result;
        {
            const StagedFile staged(folder, u"copy"_s);
            {
                auto file = Database::createNew(staged.path(), -1, false);
                result = copyInto(source, *file);
                // One file, no journal beside it, before it takes its name.
                file->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
                file->exec(u"PRAGMA journal_mode = DELETE"_s);
            }
            // QFile::rename never replaces a file: one that appeared meanwhile stays.
            if (!QFile::rename(staged.path(), path))
                throw StorageError(StorageError::Kind::Rejected,
                                   tr("Không đặt được bản sao vào %1 (tệp đã có ở đó hoặc không "
                                      "ghi được thư mục). Không thay đổi gì.")
                                       .arg(native(path)));
        }
        // The new file's witness starts here (one left by an earlier file of
        // that name is replaced).
        Witness::record(*Database::openExisting(path));
        spdlog::info("copied {} into the new file {}", str(source.location()), str(path));
        return result;
    } catch (...) {
        if (newFolder)
            QDir().rmdir(folder); // the folder made for it, when it is empty again
        throw;
    }
}

} // namespace signtally
