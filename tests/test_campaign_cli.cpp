// `signtally campaign …` as an office would use it, through the real binary.

#include "core/CampaignFile.h"
#include "core/ProgressEngine.h"
#include "core/VnFormat.h"
#include "import/UnitsSheet.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Integrity.h"
#include "storage/SetupStore.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

const QStringList Today = {u"SIGNTALLY_TODAY=2026-12-07"_s};

} // namespace

TEST(CampaignCli, AMyHaoShapedDriveMadeOnlyWithCommands)
{
    test::TempDir dir;
    const QString db = dir.file(u"office.sqlite"_s);
    ASSERT_EQ(test::runSigntally({u"init"_s, u"--db"_s, db}, {}, Today).exitCode, 0);

    // The template cannot start as it is: it says which populations are missing.
    const QByteArray before = test::fileHash(db);
    test::ProcessResult r =
        test::runSigntally({u"campaign"_s, u"new"_s, u"--db"_s, db, u"--template"_s,
                            u"my-hao-2023"_s, u"--code"_s, u"mh-2027"_s},
                           {}, Today);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"Chưa có dân số của 13 đơn vị: Phường Bần Yên Nhân (dòng 1)"_s))
        << r.err.toStdString();
    EXPECT_EQ(test::fileHash(db), before);

    // Export it, fill the populations, import it under a new code and dates.
    const QString file = dir.file(u"mh.json"_s);
    r = test::runSigntally(
        {u"campaign"_s, u"export"_s, u"--template"_s, u"my-hao-2023"_s, u"--out"_s, file}, {},
        Today);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonObject doc = readJson(file);
    QJsonArray units = doc[u"units"_s].toArray();
    ASSERT_EQ(units.size(), 13);
    for (qsizetype i = 0; i < units.size(); ++i) {
        QJsonObject u = units[i].toObject();
        u[u"adults"_s] = 10000 + 1000 * i; // 13 units, 208.000 people
        units[i] = u;
    }
    doc[u"units"_s] = units;
    QJsonObject c = doc[u"campaign"_s].toObject();
    c[u"start"_s] = u"2027-01-04"_s;
    c[u"end"_s] = u"2027-05-31"_s;
    doc[u"campaign"_s] = c;
    writeJson(file, doc);
    r = test::runSigntally(
        {u"campaign"_s, u"import"_s, file, u"--db"_s, db, u"--code"_s, u"mh-2027"_s}, {}, Today);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Again with the same code: refused, nothing changed.
    const QByteArray imported = test::fileHash(db);
    r = test::runSigntally(
        {u"campaign"_s, u"import"_s, file, u"--db"_s, db, u"--code"_s, u"mh-2027"_s}, {}, Today);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"mh-2027"_s));
    EXPECT_EQ(test::fileHash(db), imported);

    // Edit: a goal of 70 % and one population, by the name people use.
    r = test::runSigntally({u"campaign"_s, u"edit"_s, u"--db"_s, db, u"--campaign"_s, u"mh-2027"_s,
                            u"--goal"_s, u"70%"_s, u"--population"_s, u"Dị Sử=15.000"_s},
                           {}, Today);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Phường Dị Sử: dân số"_s)) << r.out.toStdString();
    {
        auto d = Database::openExisting(db, Database::Access::ReadOnly);
        qint64 id = 0;
        for (const CampaignInfo& info : CampaignStore(*d).campaigns())
            if (info.code == u"mh-2027"_s)
                id = info.id;
        const CampaignSetup s = SetupStore(*d).load(id);
        // 210.000 people (Dị Sử 13.000 → 15.000); 70 % = 147.000, apportioned exactly.
        EXPECT_EQ(s.totalPopulation(), 210000);
        EXPECT_EQ(s.goalCount(), 147000);
        qint64 quotas = 0;
        for (const SetupUnit& u : s.units)
            quotas += *u.quota;
        EXPECT_EQ(quotas, 147000);
        EXPECT_EQ(*s.units[3].quota, 10500); // 15.000 × 70 %
        EXPECT_EQ(s.groups.size(), 6);
        // Audited: who changed the goal, from what to what.
        const QVector<SetupAuditEntry> h = SetupStore(*d).history(id);
        const auto goal = std::find_if(h.cbegin(), h.cend(), [](const SetupAuditEntry& e) {
            return e.item == u"campaign.goal_value"_s;
        });
        ASSERT_NE(goal, h.cend());
        EXPECT_EQ(goal->oldValue, u"6500"_s);
        EXPECT_EQ(goal->newValue, u"7000"_s);
        EXPECT_TRUE(Integrity::check(*d).ok())
            << Integrity::check(*d).problems.join(u'\n').toStdString();
    }

    // Enter: a provider's sheet for the new drive goes into it, and only it.
    const QStringList inJanuary = {u"SIGNTALLY_TODAY=2027-01-20"_s};
    const QString sheet = dir.file(u"viettel.csv"_s);
    {
        QFile f(sheet);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(u"Đơn vị,Ngày,Nhà mạng,Số lượng\n"
                "Phường Dị Sử,04/01/2027,Viettel,120\n"
                "Dị Sử,05/01/2027,Viettel,80\n"
                "Xã Hưng Long,05/01/2027,VNPT,41\n"_s.toUtf8());
    }
    r = test::runSigntally({u"import"_s, sheet, u"--db"_s, db, u"--campaign"_s, u"mh-2027"_s}, {},
                           inJanuary);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    r = test::runSigntally(
        {u"summary"_s, u"--db"_s, db, u"--campaign"_s, u"mh-2027"_s, u"--format"_s, u"csv"_s}, {},
        inJanuary);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Phường Dị Sử"_s));
    // Report: week 1 of the drive, made with its second set-up (the edit).
    const QString pdf = dir.file(u"tuan1.pdf"_s);
    r = test::runSigntally({u"report"_s, u"--db"_s, db, u"--campaign"_s, u"mh-2027"_s, u"--week"_s,
                            u"1"_s, u"--out"_s, pdf, u"--layout"_s, u"summary"_s},
                           {}, inJanuary);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString pages = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(pages.contains(u"Thiết lập lần 2"_s)) << pages.toStdString();
    EXPECT_TRUE(pages.contains(u"Phường Dị Sử"_s));
    EXPECT_TRUE(pages.contains(u"Xã Hưng Long"_s));
    EXPECT_FALSE(pages.contains(u"Xã Ba Bể"_s)); // the other campaign's units stay out
    EXPECT_TRUE(pages.contains(u"241"_s)) << pages.toStdString(); // 120 + 80 + 41

    // show and list say it in Vietnamese figures.
    r = test::runSigntally({u"campaign"_s, u"show"_s, u"--db"_s, db, u"--campaign"_s, u"mh-2027"_s},
                           {}, Today);
    EXPECT_TRUE(r.out.contains(u"Mục tiêu: 70% của 210.000 người = 147.000 người"_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Thời gian: 04/01/2027 – 31/05/2027 (148 ngày)"_s));
    r = test::runSigntally({u"campaign"_s, u"list"_s, u"--db"_s, db}, {}, Today);
    EXPECT_TRUE(r.out.contains(u"mh-2027  04/01/2027 – 31/05/2027  13 đơn vị  mục tiêu 147.000  "
                               "chưa bắt đầu"_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"tn-2025-30ngay  28/07/2025 – 28/08/2025  37 đơn vị  mục tiêu "
                               "50.000  đã kết thúc"_s));

    // export → import under another code gives the same set-up.
    const QString again = dir.file(u"again.json"_s);
    ASSERT_EQ(test::runSigntally({u"campaign"_s, u"export"_s, u"--db"_s, db, u"--campaign"_s,
                                  u"mh-2027"_s, u"--out"_s, again},
                                 {}, Today)
                  .exitCode,
              0);
    ASSERT_EQ(test::runSigntally(
                  {u"campaign"_s, u"import"_s, again, u"--db"_s, db, u"--code"_s, u"mh-2027-b"_s},
                  {}, Today)
                  .exitCode,
              0);
    {
        auto d = Database::openExisting(db, Database::Access::ReadOnly);
        QHash<QString, qint64> ids;
        for (const CampaignInfo& info : CampaignStore(*d).campaigns())
            ids.insert(info.code, info.id);
        CampaignSetup a = SetupStore(*d).load(ids[u"mh-2027"_s]);
        CampaignSetup b = SetupStore(*d).load(ids[u"mh-2027-b"_s]);
        EXPECT_EQ(a.units.size(), b.units.size());
        for (int i = 0; i < a.units.size(); ++i) {
            EXPECT_EQ(a.units[i].id, b.units[i].id); // the same units, shared
            EXPECT_EQ(a.units[i].quota, b.units[i].quota);
            EXPECT_EQ(a.units[i].population, b.units[i].population);
        }
    }
}

TEST(CampaignCli, BadInputIsRefusedNamingThePlaceAndChangesNothing)
{
    test::TempDir dir;
    const QString db = dir.file(u"office.sqlite"_s);
    ASSERT_EQ(test::runSigntally({u"init"_s, u"--db"_s, db}, {}, Today).exitCode, 0);
    const QByteArray before = test::fileHash(db);
    struct Case
    {
        QStringList args;
        int exit;
        QString says;
    };
    const QString bad = dir.file(u"bad.json"_s);
    QFile source(QStringLiteral(SIGNTALLY_SOURCE_DIR) + u"/data/thai-nguyen-2025.json"_s);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray units = doc[u"units"_s].toArray();
    QJsonObject dup = units[6].toObject();
    dup[u"name"_s] = u"Xã Ba Bể"_s;
    units[6] = dup;
    doc[u"units"_s] = units;
    QJsonObject c = doc[u"campaign"_s].toObject();
    c[u"code"_s] = u"tn-dup"_s;
    doc[u"campaign"_s] = c;
    writeJson(bad, doc);
    const QList<Case> cases = {
        {{u"campaign"_s, u"new"_s, u"--template"_s, u"ha-noi"_s, u"--code"_s, u"x"_s},
         2,
         u"Không có mẫu “ha-noi”"_s},
        {{u"campaign"_s, u"edit"_s, u"--population"_s, u"Xã Ba Bể=-5"_s}, 2, u"Xã Ba Bể=-5"_s},
        {{u"campaign"_s, u"edit"_s, u"--population"_s, u"Xã Hà Nội=500"_s},
         2,
         u"không có đơn vị “Xã Hà Nội”"_s},
        {{u"campaign"_s, u"edit"_s, u"--goal"_s, u"150%"_s}, 2, u"--goal “150%”"_s},
        {{u"campaign"_s, u"edit"_s, u"--campaign"_s, u"khong-co"_s, u"--goal"_s, u"1000"_s},
         2,
         u"tn-2025-30ngay"_s},
        {{u"campaign"_s, u"edit"_s, u"--end"_s, u"01/07/2025"_s},
         2,
         u"Ngày kết thúc (01/07/2025) trước ngày bắt đầu (28/07/2025)"_s},
        {{u"campaign"_s, u"import"_s, bad}, 2, u"Đơn vị dòng 7 (Xã Ba Bể)"_s},
        {{u"campaign"_s, u"import"_s, bad}, 2, u"trùng với đơn vị dòng 1"_s},
        {{u"campaign"_s, u"fly"_s}, 1, u"Không có việc “fly”"_s},
    };
    for (const Case& k : cases) {
        const test::ProcessResult r =
            test::runSigntally(k.args + QStringList{u"--db"_s, db}, {}, Today);
        EXPECT_EQ(r.exitCode, k.exit) << k.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(k.says))
            << k.args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(test::fileHash(db), before) << k.args.join(u' ').toStdString();
    }
}

TEST(CampaignCli, AUnitsSheetFillsATemplatesPopulationsAndComesBackOut)
{
    test::TempDir dir;
    const QString db = dir.file(u"office.sqlite"_s);
    ASSERT_EQ(test::runSigntally({u"init"_s, u"--db"_s, db}, {}, Today).exitCode, 0);
    // The office's sheet: names as it writes them (no "Phường"), populations.
    const QString sheet = dir.file(u"units.csv"_s);
    {
        QFile f(sheet);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("TT,T\xc3\xaan \xc4\x91\xc6\xa1n v\xe1\xbb\x8b,D\xc3\xa2n s\xe1\xbb\x91\n");
        const QStringList names = {u"Phường Bần Yên Nhân"_s,
                                   u"Phường Phan Đình Phùng"_s,
                                   u"Phường Nhân Hòa"_s,
                                   u"Phường Dị Sử"_s,
                                   u"Phường Bạch Sam"_s,
                                   u"Phường Minh Đức"_s,
                                   u"Phường Phùng Chí Kiên"_s,
                                   u"Xã Xuân Dục"_s,
                                   u"Xã Ngọc Lâm"_s,
                                   u"Xã Hòa Phong"_s,
                                   u"Xã Cẩm Xá"_s,
                                   u"Xã Dương Quang"_s,
                                   u"Xã Hưng Long"_s};
        for (int i = 0; i < names.size(); ++i)
            f.write(u"%1,%2,\"%3\"\n"_s.arg(i + 1)
                        .arg(names[i])
                        .arg(Format().count(12000 + 731 * i))
                        .toUtf8());
    }
    test::ProcessResult r =
        test::runSigntally({u"campaign"_s, u"new"_s, u"--db"_s, db, u"--template"_s,
                            u"my-hao-2023"_s, u"--code"_s, u"mh-2028"_s, u"--start"_s,
                            u"01/01/2028"_s, u"--end"_s, u"30/06/2028"_s, u"--units"_s, sheet},
                           {}, Today);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // 13 × 12.000 + 731 × 78 = 213.018 people; 65 % rounded up = 138.462.
    EXPECT_TRUE(r.out.contains(u"mục tiêu 138.462 người"_s)) << r.out.toStdString();

    // Out as an Excel units table, and read back the same.
    const QString xlsx = dir.file(u"back.xlsx"_s);
    ASSERT_EQ(test::runSigntally({u"campaign"_s, u"export"_s, u"--db"_s, db, u"--campaign"_s,
                                  u"mh-2028"_s, u"--out"_s, xlsx},
                                 {}, Today)
                  .exitCode,
              0);
    const UnitsSheetResult back = UnitsSheet::read(xlsx);
    ASSERT_TRUE(back.ok()) << back.problems.join(u'\n').toStdString();
    ASSERT_EQ(back.units.size(), 13);
    EXPECT_EQ(back.units[3].name, u"Phường Dị Sử"_s);
    EXPECT_EQ(back.units[3].kind, UnitKind::Ward);
    EXPECT_EQ(back.units[3].population, 12000 + 731 * 3);

    // A sheet with a bad row changes nothing and names the row.
    const QString bad = dir.file(u"bad.csv"_s);
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("T\xc3\xaan,D\xc3\xa2n s\xe1\xbb\x91\nX\xc3\xa3 Ng\xe1\xbb\x8d"
                "c L\xc3\xa2m,100\nX\xc3\xa3 C\xe1\xba\xa9m X\xc3\xa1,-3\n");
    }
    const QByteArray before = test::fileHash(db);
    r = test::runSigntally(
        {u"campaign"_s, u"edit"_s, u"--db"_s, db, u"--campaign"_s, u"mh-2028"_s, u"--units"_s, bad},
        {}, Today);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"Dòng 3 (Xã Cẩm Xá): dân số âm (-3)"_s)) << r.err.toStdString();
    EXPECT_EQ(test::fileHash(db), before);
}

TEST(CampaignCli, ATargetGroupsCountsGoInWithGroupAndStayApart)
{
    test::TempDir dir;
    const QString db = dir.file(u"office.sqlite"_s);
    ASSERT_EQ(test::runSigntally({u"init"_s, u"--db"_s, db}, {}, Today).exitCode, 0);
    const QString file = dir.file(u"mh.json"_s);
    ASSERT_EQ(test::runSigntally(
                  {u"campaign"_s, u"export"_s, u"--template"_s, u"my-hao-2023"_s, u"--out"_s, file},
                  {}, Today)
                  .exitCode,
              0);
    QJsonObject doc = readJson(file);
    QJsonArray units = doc[u"units"_s].toArray();
    for (qsizetype i = 0; i < units.size(); ++i) {
        QJsonObject u = units[i].toObject();
        u[u"adults"_s] = 10000;
        QJsonObject groups = u[u"groups"_s].toObject();
        groups[u"officials"_s] = QJsonObject{{u"size"_s, 100 + i}};
        u[u"groups"_s] = groups;
        units[i] = u;
    }
    doc[u"units"_s] = units;
    writeJson(file, doc);
    ASSERT_EQ(
        test::runSigntally({u"campaign"_s, u"import"_s, file, u"--db"_s, db}, {}, Today).exitCode,
        0);
    const QStringList inTheDrive = {u"SIGNTALLY_TODAY=2023-10-20"_s};
    const QString sheet = dir.file(u"officials.csv"_s);
    {
        QFile f(sheet);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(u"Đơn vị,Ngày,Nhà mạng,Số lượng\n"
                "Bần Yên Nhân,02/10/2023,VNPT,40\n"
                "Xã Hưng Long,03/10/2023,Viettel,12\n"_s.toUtf8());
    }
    // An unknown group: refused, naming the file's groups, nothing written.
    const QByteArray before = test::fileHash(db);
    test::ProcessResult r = test::runSigntally({u"import"_s, sheet, u"--db"_s, db, u"--campaign"_s,
                                                u"mh-2023-cts"_s, u"--group"_s, u"farmers"_s},
                                               {}, inTheDrive);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"officials"_s)) << r.err.toStdString();
    EXPECT_EQ(test::fileHash(db), before);

    r = test::runSigntally({u"import"_s, sheet, u"--db"_s, db, u"--campaign"_s, u"mh-2023-cts"_s,
                            u"--group"_s, u"officials"_s},
                           {}, inTheDrive);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString() << r.out.toStdString();
    auto d = Database::openExisting(db, Database::Access::ReadOnly);
    const qint64 id = *CampaignStore(*d).campaignIdByCode(u"mh-2023-cts"_s);
    const CampaignData data = CampaignStore(*d).load(id);
    const FixedClock day(QDate(2023, 10, 20));
    const ProgressEngine engine(data, day);
    EXPECT_EQ(engine.snapshot(QDate(2023, 10, 20)).total.cumulative, 0); // the population's
    const GroupProgress officials = engine.groupProgress(0, QDate(2023, 10, 20));
    EXPECT_EQ(officials.cumulative, 52);
    EXPECT_EQ(officials.units[0].cumulative, 40);
    EXPECT_EQ(officials.units[0].goal, 100);
    EXPECT_EQ(officials.units[12].cumulative, 12);
    EXPECT_EQ(officials.units[12].goal, 112);
    EXPECT_TRUE(Integrity::check(*d).ok())
        << Integrity::check(*d).problems.join(u'\n').toStdString();
}
