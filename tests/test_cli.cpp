#include "cli/Cli.h"
#include "core/ProgressEngine.h"
#include "core/StatusText.h"
#include "core/VnFormat.h"
#include "storage/CampaignStore.h"
#include "storage/Seeder.h"
#include "support/TestSupport.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int code;
    QString out;
    QString err;
};

CliRun cli(const QStringList& args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = Cli().run(QStringList{u"signtally"_s} + args, o, e);
    return {code, out, err};
}

} // namespace

TEST(Cli, SummaryCsvEqualsTheEngine)
{
    test::TempDir dir;
    const QString path = dir.file(u"demo.sqlite"_s);
    ASSERT_EQ(cli({u"demo"_s, u"--db"_s, path}).code, 0);
    for (const QString& asOf : {u"10/08/2025"_s, u"2025-08-28"_s, u"28/07/2025"_s}) {
        const CliRun r =
            cli({u"summary"_s, u"--db"_s, path, u"--as-of"_s, asOf, u"--format"_s, u"csv"_s});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        auto db = Database::openExisting(path);
        const CampaignData data = CampaignStore(*db).loadDefault();
        const ProgressSnapshot s = ProgressEngine(data).snapshot(*DateParser::parse(asOf));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        ASSERT_EQ(lines.size(), 1 + 37 + 1);
        EXPECT_EQ(lines[0], u"no,unit,adults,quota,cumulative,percent_of_quota,status"_s);
        for (int i = 0; i < 37; ++i) {
            const QStringList f = lines[i + 1].split(u',');
            const UnitProgress& u = s.units[i];
            EXPECT_EQ(f[1], data.units[i].name);
            EXPECT_EQ(f[2].toLongLong(), data.units[i].adults);
            EXPECT_EQ(f[3].toLongLong(), data.units[i].quota);
            EXPECT_EQ(f[4].toLongLong(), u.cumulative);
            EXPECT_EQ(f[5], QString::number(u.percentOfTarget, 'f', 2));
            EXPECT_EQ(f[6], StatusText::code(u.status));
        }
        const QStringList total = lines.last().split(u',');
        EXPECT_EQ(total[2].toLongLong(), 277566);
        EXPECT_EQ(total[3].toLongLong(), 50000);
        EXPECT_EQ(total[4].toLongLong(), s.total.cumulative);
    }
}

TEST(Cli, SummaryTextIsVietnamese)
{
    test::TempDir dir;
    const QString path = dir.file(u"demo.sqlite"_s);
    ASSERT_EQ(cli({u"demo"_s, u"--db"_s, path}).code, 0);
    const CliRun r = cli({u"summary"_s, u"--db"_s, path, u"--as-of"_s, u"28/08/2025"_s});
    ASSERT_EQ(r.code, 0);
    auto db = Database::openExisting(path);
    const CampaignData data = CampaignStore(*db).loadDefault();
    const ProgressSnapshot s = ProgressEngine(data).snapshot(QDate(2025, 8, 28));
    const Format fmt;
    EXPECT_TRUE(r.out.contains(u"277.566"_s));
    EXPECT_TRUE(r.out.contains(u"50.000"_s));
    EXPECT_TRUE(r.out.contains(u"28/08/2025"_s));
    EXPECT_TRUE(r.out.contains(fmt.count(s.total.cumulative)));
    for (const Unit& u : data.units)
        EXPECT_TRUE(r.out.contains(u.name)) << u.name.toStdString();
    // Xã Ba Bể's row carries its own figures.
    const QString row = r.out.split(u'\n').filter(u"Xã Ba Bể"_s).value(0);
    EXPECT_TRUE(row.contains(u"8.912"_s));
    EXPECT_TRUE(row.contains(u"1.605"_s));
    EXPECT_TRUE(row.contains(fmt.count(s.units[0].cumulative)));
    EXPECT_TRUE(row.contains(fmt.percent(s.units[0].percentOfTarget)));
}

TEST(Cli, InitCreatesAnEmptySeededFileAndRefusesAnExistingOne)
{
    test::TempDir dir;
    const QString path = dir.file(u"new.sqlite"_s);
    const CliRun r = cli({u"init"_s, u"--db"_s, path});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    {
        auto db = Database::openExisting(path);
        EXPECT_EQ(db->scalar(u"SELECT count(*) FROM campaign_unit"_s).toInt(), 37);
        EXPECT_EQ(db->scalar(u"SELECT count(*) FROM tally"_s).toInt(), 0);
    }
    const QString other = dir.file(u"notes.txt"_s);
    {
        QFile f(other);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("do not touch");
    }
    for (const QString& cmd : {u"init"_s, u"demo"_s}) {
        const CliRun again = cli({cmd, u"--db"_s, other});
        EXPECT_EQ(again.code, 2);
        EXPECT_FALSE(again.err.isEmpty());
        QFile f(other);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), QByteArray("do not touch"));
    }
    EXPECT_EQ(cli({u"init"_s}).code, 1); // --db is required
}

namespace {

// A command line that goes wrong (or asks for help) and its exit code; {db} is
// a database made with `init`, {missing} a file that does not exist.
struct ExitCase
{
    const char* name;
    QStringList args;
    int code;
    QString says = {};  // in what it prints (empty: not checked)
    bool onOut = false; // `says` on stdout (help), not stderr
};

void PrintTo(const ExitCase& c, std::ostream* os)
{
    *os << c.name;
}

class ExitCodes : public ::testing::TestWithParam<ExitCase>
{
protected:
    void SetUp() override { ASSERT_EQ(cli({u"init"_s, u"--db"_s, path}).code, 0); }
    test::TempDir dir;
    const QString path = dir.file(u"ok.sqlite"_s);
    const QString missing = dir.file(u"missing.sqlite"_s);
};

} // namespace

TEST_P(ExitCodes, ErrorsHaveTheirExitCodes)
{
    const ExitCase& c = GetParam();
    QStringList args = c.args;
    args.replaceInStrings(u"{db}"_s, path).replaceInStrings(u"{missing}"_s, missing);
    const CliRun r = cli(args);
    EXPECT_EQ(r.code, c.code) << r.err.toStdString();
    if (!c.says.isEmpty()) {
        const QString& printed = c.onOut ? r.out : r.err;
        EXPECT_TRUE(printed.contains(c.says)) << printed.toStdString();
    }
    // Nothing asked to read a missing file creates it.
    EXPECT_FALSE(QFile::exists(missing));
}

INSTANTIATE_TEST_SUITE_P(
    Cli, ExitCodes,
    ::testing::Values(
        ExitCase{
            "MissingDatabase", {u"summary"_s, u"--db"_s, u"{missing}"_s}, 3, u"missing.sqlite"_s},
        ExitCase{"ImpossibleDate",
                 {u"summary"_s, u"--db"_s, u"{db}"_s, u"--as-of"_s, u"31/02/2025"_s},
                 2},
        ExitCase{"UnknownFormat", {u"summary"_s, u"--db"_s, u"{db}"_s, u"--format"_s, u"xml"_s}, 1},
        ExitCase{"UnknownOption", {u"summary"_s, u"--db"_s, u"{db}"_s, u"--bogus"_s}, 1},
        ExitCase{"UnknownCommand", {u"frobnicate"_s}, 1}, ExitCase{"Help", {u"help"_s}, 0},
        ExitCase{"CommandHelp", {u"summary"_s, u"--help"_s}, 0, u"--as-of"_s, true}),
    [](const ::testing::TestParamInfo<ExitCase>& info) { return std::string(info.param.name); });

TEST(Cli, TheRealBinaryPrintsTheSummary)
{
    test::TempDir dir;
    const QString path = dir.file(u"demo.sqlite"_s);
    const test::ProcessResult made = test::runSigntally({u"demo"_s, u"--db"_s, path});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const test::ProcessResult r =
        test::runSigntally({u"summary"_s, u"--db"_s, path}, {}, {u"SIGNTALLY_TODAY=2025-08-10"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"10/08/2025"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Phường Đức Xuân"_s));
    // "As of" defaults to today, clamped to the campaign: long after it, the last day.
    const test::ProcessResult late =
        test::runSigntally({u"summary"_s, u"--db"_s, path}, {}, {u"SIGNTALLY_TODAY=2026-11-23"_s});
    EXPECT_TRUE(late.out.contains(u"28/08/2025"_s));
    const test::ProcessResult bad =
        test::runSigntally({u"summary"_s, u"--db"_s, dir.file(u"nope"_s)});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_EQ(bad.err.trimmed().count(u'\n'), 0) << bad.err.toStdString(); // one sentence
}
