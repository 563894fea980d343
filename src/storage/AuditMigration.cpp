#include "storage/AuditMigration.h"

#include "storage/Audit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace signtally {

QString AuditMigration::legacyRowHash(const QStringList& fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

void AuditMigration::toChangeSets(Database& db)
{
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    rows.prepare(u"SELECT id, changed_at, actor, action, campaign_id, unit_id, tally_date, "
                 "provider_id, group_id, old_count, new_count, source, prev_hash, row_hash "
                 "FROM tally_audit ORDER BY id"_s);
    db.exec(rows);
    QSqlQuery insertRow = db.prepare(
        u"INSERT INTO tally_audit_v3 (id, batch_id, action, campaign_id, unit_id, tally_date, "
        "provider_id, group_id, old_count, new_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insertBatch =
        db.prepare(u"INSERT INTO audit_batch (id, changed_at, actor, source, first_row, row_count, "
                   "prev_hash, batch_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);

    const QString genesis = AuditBatch::Genesis;
    QString previousRowHash = genesis;
    AuditBatch batch;
    batch.prevHash = genesis;
    std::optional<AuditHash> hash;
    auto closeBatch = [&] {
        if (!hash)
            return;
        batch.hash = hash->finish(batch.rowCount);
        for (const QVariant& v :
             {QVariant(batch.id), QVariant(batch.changedAt), QVariant(batch.actor),
              QVariant(batch.source), QVariant(batch.firstRow), QVariant(batch.rowCount),
              QVariant(batch.prevHash), QVariant(batch.hash)})
            insertBatch.addBindValue(v);
        db.exec(insertBatch);
        hash.reset();
        batch.prevHash = batch.hash;
    };

    qint64 expectedId = 1;
    while (rows.next()) {
        QStringList fields;
        for (int c = 0; c < 12; ++c)
            fields << (rows.value(c).isNull() ? QString() : rows.value(c).toString());
        const qint64 id = rows.value(0).toLongLong();
        const QString prevHash = rows.value(12).toString();
        const QString rowHash = rows.value(13).toString();
        if (id != expectedId || prevHash != previousRowHash ||
            legacyRowHash(QStringList{prevHash} + fields) != rowHash)
            throw StorageError(
                StorageError::Kind::Damaged,
                tr("Nhật ký thay đổi của tệp %1 bị phá vỡ tại dòng %2 (đã bị sửa hoặc xóa ngoài "
                   "ứng dụng) nên không nâng cấp được; tệp được giữ nguyên. Hãy khôi phục từ bản "
                   "sao lưu.")
                    .arg(QDir::toNativeSeparators(db.path()))
                    .arg(std::min(id, expectedId)));
        previousRowHash = rowHash;
        ++expectedId;

        const QString at = fields[1], actor = fields[2], source = fields[11];
        if (!hash || at != batch.changedAt || actor != batch.actor || source != batch.source) {
            closeBatch();
            batch.id += 1;
            batch.changedAt = at;
            batch.actor = actor;
            batch.source = source;
            batch.firstRow = id;
            batch.rowCount = 0;
            hash.emplace(batch);
        }
        ++batch.rowCount;
        std::optional<qint64> oldCount, newCount;
        if (!rows.value(9).isNull())
            oldCount = rows.value(9).toLongLong();
        if (!rows.value(10).isNull())
            newCount = rows.value(10).toLongLong();
        insertRow.addBindValue(rows.value(0));
        insertRow.addBindValue(batch.id);
        for (int c = 3; c <= 10; ++c)
            insertRow.addBindValue(rows.value(c));
        db.exec(insertRow);
        hash->addRow(id, fields[3].toLatin1(), rows.value(4).toLongLong(),
                     rows.value(5).toLongLong(), fields[6].toLatin1(), rows.value(7).toLongLong(),
                     rows.value(8).toLongLong(), oldCount, newCount);
    }
    closeBatch();
}

} // namespace signtally
