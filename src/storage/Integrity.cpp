#include "storage/Integrity.h"

#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "storage/Witness.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

struct CellNames
{
    QHash<qint64, QString> units;
    QHash<qint64, QString> providers;
    QString describe(qint64 unit, QDate date, qint64 provider) const
    {
        return Integrity::tr("%1, ngày %2, %3")
            .arg(units.value(unit, QString::number(unit)), date.toString(u"dd/MM/yyyy"_s),
                 providers.value(provider, QString::number(provider)));
    }
};

QString valueText(std::optional<qint64> v)
{
    return v ? QString::number(*v) : Integrity::tr("(chưa báo cáo)");
}

// A cell, and the last value the audit recorded for it.
struct CellKey
{
    qint64 campaign;
    qint64 unit;
    QDate date;
    qint64 provider;
    qint64 group;
    friend bool operator==(const CellKey&, const CellKey&) = default;
};
size_t qHash(const CellKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.campaign, k.unit, k.date.toJulianDay(), k.provider, k.group);
}
struct LastValue
{
    std::optional<qint64> value;
    bool present = false; // the tally table has the cell
};

// SHA-256 over every row of the tables, in a canonical order; a table this
// file does not have counts as empty.
QString hashTables(const Storage& db, std::initializer_list<const char*> tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : tables) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        hash.addData(QByteArrayView(table));
        hash.addData(QByteArrayView("\x1d"));
        if (!q.exec(u"SELECT * FROM "_s + QLatin1StringView(table)))
            continue;
        QStringList rows;
        while (q.next()) {
            QString row;
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                row += (v.isNull() ? u"\x01"_s : v.toString()) + u'\x1f';
            }
            rows << row;
        }
        rows.sort();
        for (const QString& row : std::as_const(rows)) {
            hash.addData(row.toUtf8());
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString latestBatchHash(const Storage& db)
{
    const QVariant h = db.scalar(u"SELECT batch_hash FROM audit_batch ORDER BY id DESC LIMIT 1"_s);
    return h.isValid() ? h.toString() : AuditBatch::Genesis;
}

// type:name → the SQL that made it, with spacing and quoting evened out.
using SchemaMap = QHash<QString, QString>;
SchemaMap schemaOf(const Database& db)
{
    SchemaMap out;
    QSqlQuery q = db.exec(u"SELECT type, name, sql FROM sqlite_master "
                          "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s);
    while (q.next())
        out.insert(q.value(0).toString() + u' ' + q.value(1).toString(),
                   q.value(2).toString().simplified().remove(u'"'));
    return out;
}

// The schema this build creates: a new file's, made once per process.
const SchemaMap& referenceSchema()
{
    static const SchemaMap reference = [] {
        QTemporaryDir dir;
        auto db = Database::createNew(dir.filePath(u"reference.sqlite"_s), -1, false);
        return schemaOf(*db);
    }();
    return reference;
}

} // namespace

QString Integrity::setupHash(const Storage& db)
{
    return hashTables(db,
                      {"campaign", "unit", "unit_alias", "campaign_unit", "provider",
                       "provider_alias", "campaign_provider", "target_group", "unit_group_target"});
}

QString Integrity::locksHash(const Storage& db)
{
    return hashTables(db, {"week_lock"});
}

QString Integrity::fingerprint(const QString& chainHead, const QString& setupHash)
{
    return QString::fromLatin1(QCryptographicHash::hash((chainHead + u':' + setupHash).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

QString Integrity::fingerprint(const Storage& db)
{
    return fingerprint(latestBatchHash(db), setupHash(db));
}

IntegrityReport Integrity::check(const Storage& db, const QStringList& moreWitnesses)
{
    IntegrityReport r;
    const QStringList structure = db.structureProblems();
    if (!structure.isEmpty()) {
        r.sqliteOk = false;
        r.problems << tr("SQLite báo tệp bị hỏng: %1").arg(structure.mid(0, 3).join(u"; "_s));
    }
    if (const auto fk = db.foreignKeyViolation()) {
        r.foreignKeysOk = false;
        r.problems << tr("Khóa ngoại bị vi phạm: bảng %1, dòng %2 trỏ tới %3 không tồn tại.")
                          .arg(fk->table, QString::number(fk->row), fk->parent);
    }

    // A file's schema against this build's (a server's is PgSchema's, and
    // only its administrator can change it).
    const auto* file = dynamic_cast<const Database*>(&db);
    if (file) {
        const SchemaMap& reference = referenceSchema();
        const SchemaMap actual = schemaOf(*file);
        QStringList missing, changed, extra;
        for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
            const auto found = actual.constFind(it.key());
            if (found == actual.cend())
                missing << it.key();
            else if (*found != *it)
                changed << it.key();
        }
        for (auto it = actual.cbegin(); it != actual.cend(); ++it)
            if (!reference.contains(it.key()))
                extra << it.key();
        if (!missing.isEmpty() || !changed.isEmpty() || !extra.isEmpty()) {
            r.schemaOk = false;
            missing.sort();
            changed.sort();
            extra.sort();
            QStringList parts;
            if (!missing.isEmpty())
                parts << tr("thiếu %1").arg(missing.join(u", "_s));
            if (!changed.isEmpty())
                parts << tr("bị sửa %1").arg(changed.join(u", "_s));
            if (!extra.isEmpty())
                parts << tr("thêm %1").arg(extra.join(u", "_s));
            r.problems << tr("Lược đồ (bảng, trigger, chỉ mục) khác với định nghĩa của bản "
                             "SignTally này: %1.")
                              .arg(parts.join(u"; "_s));
        }
    }

    CellNames names;
    {
        QSqlQuery q = db.exec(u"SELECT id, name FROM unit"_s);
        while (q.next())
            names.units.insert(q.value(0).toLongLong(), q.value(1).toString());
        QSqlQuery p = db.exec(u"SELECT id, name FROM provider"_s);
        while (p.next())
            names.providers.insert(p.value(0).toLongLong(), p.value(1).toString());
    }

    // The chain, change set by change set, and the last recorded value of
    // every cell. Rows and change sets are read side by side in id order.
    QHash<CellKey, LastValue> lastValue;
    lastValue.reserve(
        db.scalar(u"SELECT coalesce(sum(row_count), 0) FROM audit_batch"_s).toLongLong());
    {
        // Streamed on SQLite; QPSQL streams a forward-only query row by row
        // and loses its rows when another query runs on the connection, so
        // on a server the three are read whole.
        const bool stream = db.backend() == Storage::Backend::Sqlite;
        QSqlQuery batches(db.connection());
        batches.setForwardOnly(stream);
        batches.prepare(u"SELECT "_s + AuditBatch::Columns + u" FROM audit_batch ORDER BY id"_s);
        db.exec(batches);
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(stream);
        rows.prepare(u"SELECT a.id, a.batch_id, '', '', a.action, a.campaign_id, a.unit_id, "
                     "a.tally_date, a.provider_id, a.group_id, a.old_count, a.new_count, '' "
                     "FROM tally_audit a ORDER BY a.id"_s);
        db.exec(rows);
        bool haveRow = rows.next();
        QSqlQuery setupRows(db.connection());
        setupRows.setForwardOnly(stream);
        setupRows.prepare(u"SELECT "_s + SetupAuditEntry::Columns +
                          u" FROM setup_audit s JOIN audit_batch b ON b.id = s.batch_id "
                          "ORDER BY s.id"_s);
        db.exec(setupRows);
        bool haveSetupRow = setupRows.next();
        qint64 nextSetupRow = 1;

        QString prev = AuditBatch::Genesis;
        qint64 nextRow = 1;
        qint64 prevBatch = 0;
        auto fail = [&](const QString& problem) {
            if (!r.auditChainOk)
                return;
            r.auditChainOk = false;
            r.problems << problem;
        };
        auto broken = [&](const AuditBatch& b, const QString& why) {
            const QDateTime at = QDateTime::fromString(b.changedAt, Qt::ISODateWithMs);
            fail(tr("Nhật ký thay đổi bị phá vỡ ở lần ghi %1 (%2, lúc %3): %4")
                     .arg(b.id)
                     .arg(b.actor, at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s), why));
        };
        while (batches.next()) {
            const AuditBatch b = AuditBatch::fromRow(batches);
            if (b.id != prevBatch + 1)
                broken(b,
                       tr("thiếu lần ghi %1 đến %2 (đã bị xóa)").arg(prevBatch + 1).arg(b.id - 1));
            else if (b.prevHash != prev)
                broken(b, tr("không nối với lần ghi trước (prev_hash khác)"));
            else if (b.firstRow != (b.kind == AuditBatch::Kind::Setup ? nextSetupRow : nextRow))
                broken(b, tr("thiếu dòng %1 đến %2 (đã bị xóa)")
                              .arg(b.kind == AuditBatch::Kind::Setup ? nextSetupRow : nextRow)
                              .arg(b.firstRow - 1));
            AuditHash hash(b);
            qint64 seen = 0;
            QString gap;
            const bool setup = b.kind == AuditBatch::Kind::Setup;
            if (setup) {
                for (; haveSetupRow && seen < b.rowCount; haveSetupRow = setupRows.next()) {
                    const SetupAuditEntry e = SetupAuditEntry::fromRow(setupRows);
                    if (e.id != b.firstRow + seen || e.batchId != b.id)
                        break;
                    hash.addRow(e);
                    ++seen;
                }
            } else {
                for (; haveRow && seen < b.rowCount; haveRow = rows.next()) {
                    const AuditEntry e = AuditEntry::fromRow(rows);
                    const qint64 expected = b.firstRow + seen;
                    if (e.id != expected || e.batchId != b.id) {
                        if (e.batchId == b.id && e.id > expected)
                            gap = e.id - 1 == expected
                                      ? tr("thiếu dòng %1 (đã bị xóa)").arg(expected)
                                      : tr("thiếu dòng %1 đến %2 (đã bị xóa)")
                                            .arg(expected)
                                            .arg(e.id - 1);
                        break;
                    }
                    hash.addRow(e);
                    ++seen;
                    ++r.auditRows;
                    lastValue.insert({e.campaignId, e.unitId, e.date, e.providerId, e.groupId},
                                     {e.newCount, false});
                }
            }
            if (!gap.isEmpty())
                broken(b, gap);
            else if (seen != b.rowCount)
                broken(b, (setup ? tr("có %1 dòng thiết lập thay vì %2 (dòng đã bị xóa hoặc thêm)")
                                 : tr("có %1 dòng thay vì %2 (dòng đã bị xóa hoặc thêm)"))
                              .arg(seen)
                              .arg(b.rowCount));
            else if (hash.finish(b.rowCount) != b.hash)
                broken(b, tr("nội dung đã bị sửa sau khi ghi (hash không khớp)"));
            prev = b.hash;
            prevBatch = b.id;
            (setup ? nextSetupRow : nextRow) = b.firstRow + b.rowCount;
            r.latestHash = b.hash;
        }
        if (haveRow) {
            const AuditEntry e = AuditEntry::fromRow(rows);
            fail(tr("Nhật ký thay đổi có dòng %1 (%2) không thuộc lần ghi nào: đã được thêm ngoài "
                    "ứng dụng.")
                     .arg(e.id)
                     .arg(names.describe(e.unitId, e.date, e.providerId)));
        }
        if (haveSetupRow) {
            const SetupAuditEntry e = SetupAuditEntry::fromRow(setupRows);
            fail(tr("Nhật ký thiết lập có dòng %1 (%2) không thuộc lần ghi nào: đã được thêm "
                    "ngoài ứng dụng.")
                     .arg(e.id)
                     .arg(e.item));
        }
    }
    if (r.latestHash.isEmpty())
        r.latestHash = AuditBatch::Genesis;
    // The set-up against its audit: a quota, a date or a population changed
    // with plain SQL shows here.
    if (r.auditChainOk) {
        const QStringList setup = SetupStore::differencesFromAudit(db);
        if (!setup.isEmpty()) {
            r.setupMatchesAudit = false;
            r.problems << tr("Thiết lập đợt bị sửa ngoài ứng dụng (%1 mục): %2")
                              .arg(setup.size())
                              .arg(setup.mid(0, 3).join(u" "_s));
        }
    }
    r.setupHash = setupHash(db);
    r.fingerprint = fingerprint(r.latestHash, r.setupHash);

    // Week locks against their append-only log: the last event of each week.
    {
        QHash<QPair<qint64, int>, QString> last;
        QSqlQuery events(db.connection());
        events.setForwardOnly(true);
        if (events.exec(u"SELECT campaign_id, week, action FROM week_lock_event ORDER BY id"_s)) {
            while (events.next())
                last.insert({events.value(0).toLongLong(), events.value(1).toInt()},
                            events.value(2).toString());
            QSqlQuery locks = db.exec(u"SELECT campaign_id, week FROM week_lock"_s);
            while (locks.next()) {
                const QPair<qint64, int> key{locks.value(0).toLongLong(), locks.value(1).toInt()};
                if (last.take(key) != u"lock"_s && r.locksMatchLog) {
                    r.locksMatchLog = false;
                    r.problems << tr("Tuần %1 đang khóa nhưng nhật ký khóa không ghi lần khóa đó: "
                                     "khóa đã được thêm ngoài ứng dụng.")
                                      .arg(key.second);
                }
            }
            for (auto it = last.cbegin(); it != last.cend() && r.locksMatchLog; ++it)
                if (*it == u"lock"_s) {
                    r.locksMatchLog = false;
                    r.problems << tr("Tuần %1 đã khóa theo nhật ký khóa nhưng khóa không còn: đã "
                                     "bị xóa ngoài ứng dụng.")
                                      .arg(it.key().second);
                }
        }
    }

    // What a file's witnesses saw (a server keeps its own history).
    QStringList files;
    if (file)
        files = QStringList{Witness::fileFor(file->path()), Witness::besideBackup(file->path())} +
                moreWitnesses;
    for (const QString& witness : std::as_const(files)) {
        const auto w = Witness::read(witness);
        if (!w)
            continue;
        r.witnesses << witness;
        const QStringList problems = Witness::verify(*file, *w, witness);
        if (!problems.isEmpty()) {
            r.witnessOk = false;
            r.problems += problems;
        }
    }

    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
            u"SELECT campaign_id, unit_id, tally_date, provider_id, group_id, count FROM tally "
            "ORDER BY campaign_id, group_id, unit_id, tally_date, provider_id"_s);
        db.exec(q);
        while (q.next()) {
            ++r.tallyRows;
            const QDate date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const qint64 count = q.value(5).toLongLong();
            const auto it =
                lastValue.find(CellKey{q.value(0).toLongLong(), q.value(1).toLongLong(), date,
                                       q.value(3).toLongLong(), q.value(4).toLongLong()});
            std::optional<qint64> audited;
            if (it != lastValue.end()) {
                it->present = true;
                audited = it->value;
            }
            if (r.talliesMatchAudit && audited != count) {
                r.talliesMatchAudit = false;
                r.problems
                    << tr("Số liệu %1 là %2 nhưng nhật ký ghi giá trị cuối là %3: đã bị sửa ngoài "
                          "ứng dụng.")
                           .arg(names.describe(q.value(1).toLongLong(), date,
                                               q.value(3).toLongLong()),
                                QString::number(count), valueText(audited));
            }
        }
        if (r.talliesMatchAudit) {
            for (auto it = lastValue.constBegin(); it != lastValue.constEnd(); ++it) {
                if (it->value && !it->present) {
                    r.talliesMatchAudit = false;
                    r.problems << tr("Số liệu %1 đã bị xóa ngoài ứng dụng (nhật ký ghi %2).")
                                      .arg(names.describe(it.key().unit, it.key().date,
                                                          it.key().provider),
                                           valueText(it->value));
                    break;
                }
            }
        }
    }
    return r;
}

HashLookup Integrity::findHash(const Storage& db, const QString& hashPrefix)
{
    HashLookup h;
    const QString prefix = hashPrefix.trimmed().toLower();
    if (prefix.isEmpty())
        return h;
    // Fingerprints (chain head + today's set-up), newest first.
    const QString setup = setupHash(db);
    struct Head
    {
        QString hash;
        qint64 lastRow; // the last tally audit row so far
        qint64 batchId;
    };
    QVector<Head> heads = {{AuditBatch::Genesis, 0, 0}};
    {
        QSqlQuery q = db.exec(u"SELECT batch_hash, first_row + row_count - 1, kind, id "
                              "FROM audit_batch ORDER BY id"_s);
        qint64 lastRow = 0;
        while (q.next()) {
            if (q.value(2).toString() == u"tally"_s)
                lastRow = q.value(1).toLongLong();
            heads.push_back({q.value(0).toString(), lastRow, q.value(3).toLongLong()});
        }
    }
    QVector<qsizetype> matches;
    for (qsizetype i = heads.size() - 1; i >= 0 && matches.size() < 2; --i)
        if (fingerprint(heads[i].hash, setup).startsWith(prefix))
            matches << i;
    // A change set's bare hash, as reports printed before.
    if (matches.isEmpty())
        for (qsizetype i = heads.size() - 1; i >= 1 && matches.size() < 2; --i)
            if (heads[i].hash.startsWith(prefix))
                matches << i;
    if (matches.isEmpty() && heads.size() == 1 && AuditBatch::Genesis.startsWith(prefix))
        matches << 0;
    if (matches.isEmpty())
        return h;
    if (matches.size() > 1) {
        h.kind = HashLookup::Kind::Ambiguous;
        return h;
    }
    h.auditId = heads[matches.first()].lastRow;
    h.changesSince =
        db.scalar(u"SELECT coalesce(sum(row_count), 0) FROM audit_batch WHERE id > ?"_s,
                  {heads[matches.first()].batchId})
            .toLongLong();
    h.kind =
        matches.first() == heads.size() - 1 ? HashLookup::Kind::Latest : HashLookup::Kind::Older;
    return h;
}

} // namespace signtally
