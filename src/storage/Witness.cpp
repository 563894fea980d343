#include "storage/Witness.h"

#include "storage/AppPaths.h"
#include "storage/Audit.h"
#include "storage/Database.h"
#include "storage/Integrity.h"
#include "storage/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace signtally {

QString Witness::fileFor(const QString& databasePath)
{
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    const QByteArray key =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(AppPaths::dataDir())
        .filePath(u"witness/"_s + QString::fromLatin1(key) + u".json"_s);
}

WitnessRecord Witness::current(const Database& db)
{
    WitnessRecord r;
    QSqlQuery q = db.exec(u"SELECT id, batch_hash FROM audit_batch ORDER BY id DESC LIMIT 1"_s);
    if (q.next()) {
        r.batchId = q.value(0).toLongLong();
        r.batchHash = q.value(1).toString();
    } else {
        r.batchHash = AuditBatch::Genesis;
    }
    q.finish();
    r.setupHash = Integrity::setupHash(db);
    r.locksHash = Integrity::locksHash(db);
    r.witnessedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    r.path = QFileInfo(db.path()).absoluteFilePath();
    return r;
}

std::optional<WitnessRecord> Witness::read(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    WitnessRecord r;
    r.batchId = o.value(u"batch_id"_s).toInteger();
    r.batchHash = o.value(u"batch_hash"_s).toString();
    r.setupHash = o.value(u"setup_hash"_s).toString();
    r.locksHash = o.value(u"locks_hash"_s).toString();
    r.witnessedAt = o.value(u"witnessed_at"_s).toString();
    r.path = o.value(u"database"_s).toString();
    return r;
}

void Witness::write(const QString& file, const WitnessRecord& r)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    const QJsonObject o{{u"database"_s, r.path},        {u"batch_id"_s, r.batchId},
                        {u"batch_hash"_s, r.batchHash}, {u"setup_hash"_s, r.setupHash},
                        {u"locks_hash"_s, r.locksHash}, {u"witnessed_at"_s, r.witnessedAt}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson()) < 0 ||
        !out.commit())
        spdlog::warn("could not write the witness {}: {}", str(file), str(out.errorString()));
}

bool Witness::holds(const Database& db)
{
    try {
        const QString file = fileFor(db.path());
        const auto old = read(file);
        if (!old || verify(db, *old, file).isEmpty())
            return true;
        spdlog::warn("{} no longer holds what {} witnessed; the witness is kept as evidence",
                     str(db.path()), str(file));
    } catch (const std::exception& e) {
        spdlog::warn("cannot read the witness of {}: {}", str(db.path()), e.what());
    }
    return false;
}

void Witness::record(const Database& db)
{
    try {
        write(fileFor(db.path()), current(db));
    } catch (const std::exception& e) {
        spdlog::warn("no witness for {}: {}", str(db.path()), e.what());
    }
}

QStringList Witness::verify(const Database& db, const WitnessRecord& w, const QString& witnessFile)
{
    QStringList problems;
    const QDateTime at = QDateTime::fromString(w.witnessedAt, Qt::ISODateWithMs);
    const QString when = at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s);
    const QString where = QDir::toNativeSeparators(witnessFile);
    if (w.batchId > 0) {
        const QVariant hash =
            db.scalar(u"SELECT batch_hash FROM audit_batch WHERE id = ?"_s, {w.batchId});
        if (!hash.isValid())
            problems << tr("Nhật ký đã bị quay lui: lần ghi %1, đã được chứng thực lúc %2 (%3), "
                           "không còn trong tệp.")
                            .arg(w.batchId)
                            .arg(when, where);
        else if (hash.toString() != w.batchHash)
            problems << tr("Nhật ký đã bị viết lại: lần ghi %1 có mã băm khác với lúc được chứng "
                           "thực %2 (%3).")
                            .arg(w.batchId)
                            .arg(when, where);
    }
    const WitnessRecord now = current(db);
    // Every change the app makes is witnessed at its commit; others are not.
    {
        if (!w.setupHash.isEmpty() && now.setupHash != w.setupHash)
            problems << tr("Thiết lập đợt (mục tiêu, chỉ tiêu, dân số, ngưỡng, ngày, đơn vị, nhà "
                           "mạng) đã bị sửa ngoài ứng dụng sau khi được chứng thực lúc %1 (%2).")
                            .arg(when, where);
        if (!w.locksHash.isEmpty() && now.locksHash != w.locksHash)
            problems
                << tr("Khóa tuần đã bị sửa ngoài ứng dụng sau khi được chứng thực lúc %1 (%2).")
                       .arg(when, where);
    }
    return problems;
}

} // namespace signtally
