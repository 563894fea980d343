#include "storage/pg/PgStorage.h"

#include "storage/Logging.h"
#include "storage/Schema.h"
#include "storage/StorageCopy.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/PgSql.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace signtally {

std::unique_ptr<PgStorage> PgStorage::open(const PgTarget& target)
{
    const QString name = u"signtally-pg-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    target.open(name); // throws, naming the server, when it cannot connect
    std::unique_ptr<PgStorage> s(new PgStorage(target, name));
    const int version = s->schemaVersion();
    if (version == 0)
        throw StorageError(StorageError::Kind::ForeignApplication,
                           tr("Cơ sở dữ liệu %1 chưa được thiết lập cho SignTally. Người quản trị "
                              "chạy: signtally server init --db %1")
                               .arg(target.url()));
    if (const int latest = SqlDialect::latestVersion(); version != latest) {
        const bool newer = version > latest;
        const QString text =
            newer ? tr("Cơ sở dữ liệu %1 có lược đồ phiên bản %2, mới hơn phiên bản %3 mà bản "
                       "SignTally này hiểu. Hãy cập nhật SignTally.")
                  : tr("Cơ sở dữ liệu %1 có lược đồ phiên bản %2, cũ hơn phiên bản %3 của bản "
                       "SignTally này; máy chủ chưa được nâng cấp.");
        throw StorageError(newer ? StorageError::Kind::TooNew : StorageError::Kind::Sql,
                           text.arg(target.url()).arg(version).arg(latest));
    }
    s->m_readOnly = !s->scalar(u"SELECT has_table_privilege('tally', 'INSERT')"_s).toBool();
    s->m_actor = s->scalar(u"SELECT current_user"_s).toString();
    // (Each login reads its own app_user row; only a commune's names a unit.)
    s->m_readsOnlyUnit = s->scalar(u"SELECT u.name FROM app_user a JOIN unit u ON u.id = "
                                   "a.unit_id WHERE a.login = current_user"_s)
                             .toString();
    s->m_reported = s->changeCount();
    spdlog::info("opened {} (schema {}{})", str(target.url()), version,
                 s->m_readOnly ? ", read-only" : "");
    return s;
}

PgStorage::PgStorage(PgTarget target, QString connectionName)
    : m_target(std::move(target)), m_connectionName(std::move(connectionName))
{}

PgStorage::~PgStorage()
{
    dropStatements();
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PgStorage::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int PgStorage::schemaVersion() const
{
    return PgSchema::version(connection());
}

QString PgStorage::engineVersion() const
{
    return u"PostgreSQL "_s + scalar(u"SELECT current_setting('server_version')"_s).toString();
}

StorageError PgStorage::classify(const QSqlError& error) const
{
    return PgSql::classify(error, location());
}

void PgStorage::writeTransaction(const std::function<void()>& body)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        throw classify(db.lastError());
    try {
        // One writer at a time extends the audit's chain: the lock is held
        // until this transaction commits or rolls back.
        QSqlQuery& lock = statement(u"SELECT pg_advisory_xact_lock(?)"_s);
        lock.addBindValue(ChainLock);
        exec(lock);
        lock.finish();
        m_announced.reset();
        body();
        // The change count (changeCount()) delivered to the other clients
        // when (and only if) this commits.
        qint64 count = 0;
        if (m_announced) {
            count = *m_announced;
        } else {
            QSqlQuery& notify = statement(
                u"SELECT n, pg_notify(?, n::text) FROM (SELECT (SELECT coalesce(max(id), 0) FROM "
                "audit_batch) + (SELECT coalesce(max(id), 0) FROM week_lock_event) AS n) AS c"_s);
            notify.addBindValue(QString::fromLatin1(ChangeChannel));
            exec(notify);
            count = notify.next() ? notify.value(0).toLongLong() : 0;
            notify.finish();
        }
        if (!db.commit())
            throw classify(db.lastError());
        m_afterOwnWrite = count;
    } catch (...) {
        db.rollback();
        throw;
    }
}

void PgStorage::bulkWriteTransaction(qsizetype, const std::function<void()>& body)
{
    writeTransaction(body);
}

qint64 PgStorage::changeCount() const
{
    return scalar(u"SELECT (SELECT coalesce(max(id), 0) FROM audit_batch) + "
                  "(SELECT coalesce(max(id), 0) FROM week_lock_event)"_s)
        .toLongLong();
}

QString PgStorage::changeChannel() const
{
    return QString::fromLatin1(ChangeChannel);
}

qint64 PgStorage::outsideChangeCounter() const
{
    const qint64 now = changeCount();
    if (m_afterOwnWrite && now == *m_afterOwnWrite)
        return m_reported; // nothing since this connection's own write
    m_afterOwnWrite.reset();
    m_reported = now;
    return now;
}

QStringList PgStorage::structureProblems() const
{
    return {};
}

std::optional<Storage::ForeignKeyViolation> PgStorage::foreignKeyViolation() const
{
    return std::nullopt;
}

std::unique_ptr<Storage> PgStorage::reopen() const
{
    return open(m_target);
}

bool PgStorage::connectionLost() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return true;
    QSqlQuery probe(db);
    return !probe.exec(u"SELECT 1"_s);
}

void PgStorage::reconnect()
{
    dropStatements(); // prepared on the old connection: gone with it
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        throw StorageError(StorageError::Kind::Sql,
                           tr("Không kết nối lại được máy chủ PostgreSQL %1: %2")
                               .arg(m_target.url(), db.lastError().databaseText().trimmed()));
    m_afterOwnWrite.reset();
    spdlog::info("reconnected to {}", str(m_target.url()));
}

std::function<bool()> PgStorage::reachability() const
{
    return [target = m_target] {
        const QString name = u"signtally-probe-"_s + QUuid::createUuid().toString();
        try {
            target.open(name).close();
        } catch (const StorageError&) {
            return false; // open() removed the connection
        }
        QSqlDatabase::removeDatabase(name);
        return true;
    };
}

void PgStorage::copyTo(const QString& target) const
{
    StorageCopy::copyToNewFile(*this, target);
}

} // namespace signtally
