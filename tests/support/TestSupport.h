#pragma once

#include "core/Campaign.h"
#include "core/CampaignFile.h"

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

// Standard output of a tool a reader would use (pdftotext, pdfinfo, unzip),
// failing the test when it does not run to a clean exit.
QString toolOutput(const QString& program, const QStringList& args);

// A built-in campaign template ("my-hao-2023") as the set-up editor reads it.
CampaignFileContent readTemplate(const QString& code);
// The Mỹ Hào worked example of docs/progress.md ("Target groups"): unit i has
// 10.000 + 1.000 × i people; officials (100 %) known in two wards, Bần Yên
// Nhân 120 and Phan Đình Phùng 85; high-school students at 65 %, 101 in Bần
// Yên Nhân (a goal of ⌈65,65⌉ = 66); quotas apportioned.
void fillMyHaoExample(CampaignSetup& setup);

ProcessResult runSigntally(const QStringList& args, const QByteArray& input = {},
                           const QStringList& extraEnv = {});

} // namespace signtally::test
