#include "storage/Backup.h"

#include "storage/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString stamp()
{
    return QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
}

// Copies a file into place through QSaveFile (temporary + rename).
void copyWhole(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::NotFound,
                           Backup::tr("Không đọc được %1: %2").arg(from, in.errorString()));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        throw StorageError(StorageError::Kind::Sql,
                           Backup::tr("Không ghi được %1: %2").arg(to, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (out.write(chunk) != chunk.size())
            throw StorageError(StorageError::Kind::Sql,
                               Backup::tr("Không ghi được %1: %2").arg(to, out.errorString()));
    }
    if (!out.commit())
        throw StorageError(StorageError::Kind::Sql,
                           Backup::tr("Không ghi được %1: %2").arg(to, out.errorString()));
}

} // namespace

void Backup::write(const Database& db, const QString& target)
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(StorageError::Kind::Sql,
                           tr("Không tạo được thư mục %1.").arg(info.absolutePath()));
    const QString temp = info.absolutePath() + u"/.signtally-backup-"_s +
                         QUuid::createUuid().toString(QUuid::WithoutBraces) + u".tmp"_s;
    try {
        db.copyTo(temp);
        copyWhole(temp, target);
    } catch (...) {
        QFile::remove(temp);
        throw;
    }
    QFile::remove(temp);
    spdlog::info("backup of {} written to {}", str(db.path()), str(target));
}

QStringList Backup::automaticBackups(const QString& folder)
{
    static const QRegularExpression name(u"^signtally-\\d{8}-\\d{6}\\.sqlite$"_s);
    QStringList files;
    for (const QString& f : QDir(folder).entryList({u"signtally-*.sqlite"_s}, QDir::Files,
                                                   QDir::Name | QDir::Reversed))
        if (name.match(f).hasMatch())
            files << QDir(folder).filePath(f);
    return files;
}

QString Backup::writeAutomatic(const Database& db, const QString& folder, int keep)
{
    QString target = QDir(folder).filePath(u"signtally-%1.sqlite"_s.arg(stamp()));
    write(db, target);
    const QStringList all = automaticBackups(folder);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all[i]);
    return target;
}

QString Backup::restore(const QString& source, const QString& target)
{
    Database::inspect(source); // throws when it is not a SignTally file we can read
    QString keptCopy;
    if (QFileInfo::exists(target)) {
        keptCopy = target + u".before-restore-%1.sqlite"_s.arg(stamp());
        {
            // Fold the journal into the copy and empty it, so no stale -wal
            // file is applied to the restored database.
            auto current = Database::openExisting(target);
            write(*current, keptCopy);
            current->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            current->exec(u"PRAGMA journal_mode = DELETE"_s);
        }
        QFile::remove(target + u"-wal"_s);
        QFile::remove(target + u"-shm"_s);
    }
    copyWhole(source, target);
    // Opening it once migrates an older file and proves it is usable.
    Database::openExisting(target);
    spdlog::info("restored {} from {} (previous file kept as {})", str(target), str(source),
                 str(keptCopy));
    return keptCopy;
}

} // namespace signtally
