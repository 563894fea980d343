#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QUuid>

namespace signtally {

// A hidden temporary file in `folder`, .signtally-KIND-UUID.tmp, for a
// database being written before it takes its name (a backup, a restore, a
// copy). A lock file holds it for as long as this object lives:
// Backup::removeStrayTemporaries leaves it alone while its writer runs and
// removes it once the writer is gone (killed). The file and its -wal, -shm
// and -journal are removed when this goes (after a rename, nothing is left
// to remove).
class StagedFile
{
    Q_DECLARE_TR_FUNCTIONS(StagedFile)
public:
    StagedFile(const QString& folder, const QString& kind)
        : m_path(folder + QStringLiteral("/.signtally-") + kind + u'-' +
                 QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".tmp")),
          m_lock(m_path + QStringLiteral(".lock"))
    {
        m_lock.setStaleLockTime(0);
        if (!m_lock.tryLock(0))
            throw StorageError(
                StorageError::Kind::Sql,
                tr("Không ghi được vào thư mục %1.").arg(QDir::toNativeSeparators(folder)));
    }
    ~StagedFile()
    {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1StringView(suffix));
    }
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace signtally
