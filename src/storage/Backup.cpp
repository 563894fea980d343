#include "storage/Backup.h"

#include "storage/Integrity.h"
#include "storage/Logging.h"
#include "storage/StagedFile.h"
#include "storage/Witness.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString stamp()
{
    return QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Replaces `to` with `from` in one step (rename; same folder).
void replaceWith(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), error);
    if (error)
        throw StorageError(StorageError::Kind::Sql,
                           Backup::tr("Không ghi được %1: %2")
                               .arg(native(to), QString::fromLocal8Bit(error.message())));
}

// <target>.before-restore-yyyyMMdd-HHmmss-zzz[-N].sqlite, created empty here
// so that no other restore, even in the same millisecond, can take the name.
QString reserveKeptName(const QString& target)
{
    const QString base = target + u".before-restore-%1"_s.arg(QDateTime::currentDateTime().toString(
                                      u"yyyyMMdd-HHmmss-zzz"_s));
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base + u".sqlite"_s : u"%1-%2.sqlite"_s.arg(base).arg(n);
        QFile f(name);
        if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return name;
        if (QFileInfo::exists(name))
            continue;
        throw StorageError(StorageError::Kind::Sql,
                           Backup::tr("Không ghi được %1: %2").arg(native(name), f.errorString()));
    }
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

void Backup::write(const Storage& db, const QString& target)
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        throw StorageError(StorageError::Kind::Sql,
                           tr("Không tạo được thư mục %1.").arg(info.absolutePath()));
    removeStrayTemporaries(info.absolutePath());
    const StagedFile temp(info.absolutePath(), u"backup"_s);
    db.copyTo(temp.path());
    // The witness beside the backup: what the copy holds (read from the copy).
    WitnessRecord witness;
    {
        auto copy = Database::openExisting(temp.path(), Database::Access::Snapshot);
        witness = Witness::current(*copy);
        witness.path = info.absoluteFilePath();
    }
    copyWhole(temp.path(), target);
    Witness::write(Witness::besideBackup(target), witness);
    spdlog::info("backup of {} written to {}", str(db.location()), str(target));
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
    for (qsizetype i = keep; i < all.size(); ++i) {
        QFile::remove(all[i]);
        QFile::remove(Witness::besideBackup(all[i]));
    }
    return target;
}

int Backup::removeStrayTemporaries(const QString& folder)
{
    static const QRegularExpression name(
        u"^\\.signtally-(backup|restore|copy)-[0-9a-f-]{36}\\.tmp$"_s);
    int removed = 0;
    const QDir dir(folder);
    for (const QString& f :
         dir.entryList({u".signtally-*.tmp"_s}, QDir::Files | QDir::Hidden | QDir::System)) {
        if (!name.match(f).hasMatch())
            continue;
        QLockFile lock(dir.filePath(f) + u".lock"_s);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its writer is still at work
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(dir.filePath(f) + QLatin1StringView(suffix));
        ++removed;
        spdlog::info("removed {} left by a backup or restore that did not finish",
                     str(dir.filePath(f)));
    }
    return removed;
}

QString Backup::restore(const QString& source, const QString& target)
{
    Database::inspect(source); // throws when it is not a SignTally file we can read
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()))
        throw StorageError(StorageError::Kind::Sql,
                           tr("Không tạo được thư mục %1.").arg(native(targetInfo.absolutePath())));
    removeStrayTemporaries(targetInfo.absolutePath());

    // 1. The backup, copied beside the target and checked there exactly as
    //    `signtally check` would (an older one is upgraded first, in the copy).
    const StagedFile staged(targetInfo.absolutePath(), u"restore"_s);
    copyWhole(source, staged.path());
    {
        auto db = Database::openExisting(staged.path());
        db->setWitnessed(false);
        const IntegrityReport report = Integrity::check(*db, {Witness::besideBackup(source)});
        if (!report.ok())
            throw StorageError(
                StorageError::Kind::Damaged,
                tr("Bản sao lưu %1 không qua được kiểm tra (như lệnh check): %2 "
                   "Không khôi phục; %3 vẫn như cũ.")
                    .arg(native(source), report.problems.join(u' '), native(target)));
        db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        db->exec(u"PRAGMA journal_mode = DELETE"_s);
    }
    QFile::remove(Witness::fileFor(staged.path()));

    // 2. The current file, kept under a name no other restore can take.
    QString keptCopy;
    if (QFileInfo::exists(target)) {
        keptCopy = reserveKeptName(target);
        try {
            // Fold the journal into the copy and empty it, so no stale -wal
            // file is applied to the restored database.
            auto current = Database::openExisting(target);
            write(*current, keptCopy);
            current->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            current->exec(u"PRAGMA journal_mode = DELETE"_s);
        } catch (const StorageError& e) {
            if (e.kind() == StorageError::Kind::Busy)
                throw;
            // A file SignTally cannot open (damaged, the reason to restore)
            // is kept byte for byte, with its journal.
            spdlog::info("restore: keeping {} as it is: {}", str(target), str(e.message()));
            copyWhole(target, keptCopy);
            for (const char* suffix : {"-wal", "-journal"})
                if (QFileInfo::exists(target + QLatin1StringView(suffix)))
                    copyWhole(target + QLatin1StringView(suffix),
                              keptCopy + QLatin1StringView(suffix));
        }
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1StringView(suffix));
    }

    // 3. The checked copy takes the target's place in one rename.
    replaceWith(staged.path(), target);
    // The restore rewinds on purpose: the file's witness starts again here.
    Witness::record(*Database::openExisting(target));
    spdlog::info("restored {} from {} (previous file kept as {})", str(target), str(source),
                 str(keptCopy));
    return keptCopy;
}

} // namespace signtally
