#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace signtally::test {

TempDir::TempDir()
{
    EXPECT_TRUE(m_dir.isValid());
}

QString TempDir::file(const QString& name) const
{
    return m_dir.filePath(name);
}

QString toolOutput(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ": "
                               << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

CampaignFileContent readTemplate(const QString& code)
{
    for (const CampaignFile::Template& t : CampaignFile::templates())
        if (t.code == code) {
            QFile f(t.resource);
            EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << t.resource.toStdString();
            return CampaignFile::fromBytes(f.readAll());
        }
    ADD_FAILURE() << "no template " << code.toStdString();
    return {};
}

void fillMyHaoExample(CampaignSetup& s)
{
    for (int i = 0; i < s.units.size(); ++i)
        s.units[i].population = 10000 + 1000 * i;
    // Officials (100 % of the size): known in two wards only.
    EXPECT_EQ(s.groups.value(1).code, u"officials"_s);
    s.units[0].groups[u"officials"_s].size = 120;
    s.units[1].groups[u"officials"_s].size = 85;
    // High-school students, for the rounding: 65 % of 101 is 65,65, so 66.
    EXPECT_EQ(s.groups.value(2).code, u"high-school"_s);
    s.groups[2].goalPercentBp = 6500;
    s.units[0].groups[u"high-school"_s].size = 101;
    s.completeQuotas();
}

CampaignData makeCampaign(QDate start, int days, const QVector<qint64>& quotas, int providers)
{
    CampaignData d;
    d.campaign.id = 1;
    d.campaign.name = u"Test"_s;
    d.campaign.start = start;
    d.campaign.end = start.addDays(days - 1);
    qint64 goal = 0;
    for (int i = 0; i < quotas.size(); ++i) {
        Unit u;
        u.id = i + 1;
        u.number = i + 1;
        u.name = u"Unit %1"_s.arg(i + 1);
        u.quota = quotas[i];
        u.adults = quotas[i] * 10;
        goal += quotas[i];
        d.units.push_back(u);
    }
    d.campaign.goalValue = goal;
    for (int p = 0; p < providers; ++p)
        d.providers.push_back({p + 1, u"p%1"_s.arg(p), u"P%1"_s.arg(p), {}});
    d.tallies = TallyMatrix(int(quotas.size()), days, providers);
    return d;
}

ProcessResult runSigntally(const QStringList& args, const QByteArray& input,
                           const QStringList& extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"SIGNTALLY_LANG"_s, u"vi"_s); // tests expect Vietnamese whatever the user chose
    for (const QString& kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(QString::fromUtf8(SIGNTALLY_BINARY), args);
    EXPECT_TRUE(p.waitForStarted());
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace signtally::test
