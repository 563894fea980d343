#pragma once

#include "core/Campaign.h"

#include <QString>
#include <QTemporaryDir>

namespace signtally::test {

// A temporary folder that lives as long as the test; path() + name for files.
class TempDir
{
public:
    TempDir();
    QString file(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

// A small campaign for hand-computed cases: days [start, start+days), units
// with the given quotas (adults = 10 × quota), providers A and B.
CampaignData makeCampaign(QDate start, int days, const QVector<qint64>& quotas, int providers = 2);

// Runs the real signtally binary; returns exit code, stdout and stderr.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// SHA-256 of a file's bytes: to show that a refused command changed nothing.
QByteArray fileHash(const QString& path);

ProcessResult runSigntally(const QStringList& args, const QByteArray& input = {},
                           const QStringList& extraEnv = {});

} // namespace signtally::test
