// Target groups in the weekly report (issue 15): after the whole population's
// figures, one section per group (its name, its goal rule, a table per unit
// and the group's total) in the official PDF, the summary PDF, the .odt, the
// CSV and the workbook, every figure from ProgressEngine::groupProgress. A
// campaign without groups has no group section (its golden files are unchanged).
#include "core/ProgressEngine.h"
#include "report/OfficialDocument.h"
#include "report/ReportExport.h"
#include "storage/CampaignStore.h"
#include "storage/Seeder.h"
#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

// The PDF's text with every run of white space as one space.
QString pdfWords(const QString& pdf)
{
    return test::toolOutput(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s})
        .replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

// The text from the last `from` up to the next `to` (or the end): a group's
// section in the appendix, after the body's sentence that names it too.
QString section(const QString& text, const QString& from, const QString& to = {})
{
    const qsizetype start = text.lastIndexOf(from);
    EXPECT_GE(start, 0) << "no " << from.toStdString();
    const qsizetype end = to.isEmpty() ? -1 : text.indexOf(to, start);
    return end < 0 ? text.mid(start) : text.mid(start, end - start);
}

// The Mỹ Hào template with populations, and group sizes and goals in a few
// units; counts for two groups and for the whole population, written through
// TallyStore as the window and the import write them.
class ReportGroupsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        CampaignFileContent t = test::readTemplate(u"my-hao-2023"_s);
        CampaignSetup& s = t.setup;
        ASSERT_EQ(s.units.size(), 13);
        // Officials known in Bần Yên Nhân (120) and Phan Đình Phùng (85);
        // high-school students at 65 %: 101 in Bần Yên Nhân, a goal of 66.
        test::fillMyHaoExample(s);
        // Heads of women's-union branches: a count typed per unit, in two communes.
        ASSERT_EQ(s.groups[5].code, u"women-branch-heads"_s);
        s.groups[5].goalPercentBp = std::nullopt;
        s.units[11].groups[u"women-branch-heads"_s].goal = 25;
        s.units[12].groups[u"women-branch-heads"_s].goal = 40;
        db = Database::createNew(dir.file(u"mh.sqlite"_s));
        db->writeTransaction([&] { id = SetupStore::createInTransaction(*db, s, u"lan"_s, {}); });

        data = CampaignStore(*db).load(id);
        ASSERT_EQ(data.groups.size(), 5);
        const QDate d1 = data.campaign.start;
        const qint64 viettel = data.providers[0].id, vnpt = data.providers[1].id;
        const qint64 u0 = data.units[0].id, u1 = data.units[1].id;
        // Officials: Bần Yên Nhân 30 + 45 in week 1; Phan Đình Phùng 17 in
        // week 1 and 9 on the second day of week 2.
        TallyStore(*db, id, data.groups[0].id, clock)
            .apply({{{u0, d1, viettel}, 30},
                    {{u0, d1.addDays(1), viettel}, 45},
                    {{u1, d1, vnpt}, 17},
                    {{u1, d1.addDays(8), vnpt}, 9}},
                   u"lan"_s);
        TallyStore(*db, id, data.groups[1].id, clock).apply({{{u0, d1, vnpt}, 33}}, u"lan"_s);
        // The whole population: its own counts, apart from the groups'.
        TallyStore(*db, id, clock)
            .apply({{{u0, d1, viettel}, 500}, {{u1, d1, vnpt}, 250}}, u"lan"_s);
        data = CampaignStore(*db).load(id);
    }

    WeeklyReport week(int w) const
    {
        ReportOptions o;
        o.madeOn = data.campaign.start.addDays(30);
        o.auditHash = u"0123456789abcdef0123"_s;
        return ReportBuilder::buildWeek(ProgressEngine(data, clock), w, o);
    }

    test::TempDir dir;
    FixedClock clock{QDate(2023, 11, 1)};
    std::unique_ptr<Database> db;
    qint64 id = 0;
    CampaignData data;
};

} // namespace

TEST_F(ReportGroupsTest, TheOfficialPdfHasASectionPerGroupWithHandComputedFigures)
{
    const QString pdf = dir.file(u"w1.pdf"_s);
    ReportExport::write(week(1), ReportFormat::Pdf, pdf);
    const QString text = pdfWords(pdf);

    // The body, after the whole population's figures: a sentence per group.
    EXPECT_TRUE(text.contains(u"Kết quả theo nhóm đối tượng, lũy kế đến hết ngày 07/10/2023"_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"(mục tiêu 100% quy mô nhóm): đã cấp 92/205 (44,9% mục tiêu). "
                              "11/13 đơn vị chưa có mục tiêu của nhóm."_s))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"(mục tiêu 65% quy mô nhóm): đã cấp 33/66 (50,0% mục tiêu)."_s));

    // Officials, as of 07/10/2023 (the 9 on 09/10 is later), by hand:
    // Bần Yên Nhân 75 of 120 = 62,5 %; Phan Đình Phùng 17 of 85 = 20,0 %;
    // the others unknown; the group 92 of 205 = 44,878… %.
    const QString officials = section(text, u"Nhóm đối tượng 1:"_s, u"Nhóm đối tượng 2:"_s);
    EXPECT_TRUE(officials.contains(u"Cán bộ, công chức, viên chức các phòng, ban, ngành"_s))
        << officials.toStdString();
    EXPECT_TRUE(officials.contains(u"Mục tiêu 100% quy mô nhóm; lũy kế đến hết ngày "
                                   "07/10/2023."_s))
        << officials.toStdString();
    for (const QString& row :
         {u"TT Đơn vị Quy mô nhóm Mục tiêu nhóm Lũy kế % mục tiêu"_s,
          u"1 Phường Bần Yên Nhân 120 120 75 62,5%"_s, u"2 Phường Phan Đình Phùng 85 85 17 20,0%"_s,
          u"3 Phường Nhân Hòa chưa có chưa có 0 chưa có"_s,
          u"13 Xã Hưng Long chưa có chưa có 0 chưa có"_s, u"Tổng cộng 205 205 92 44,9%"_s,
          u"11/13 đơn vị chưa có mục tiêu của nhóm"_s})
        EXPECT_TRUE(officials.contains(row)) << row.toStdString() << "\n"
                                             << officials.toStdString();

    // High-school students at 65 %: 101 → 66; 33 counted = 50 %.
    const QString highSchool = section(text, u"Nhóm đối tượng 2:"_s, u"Nhóm đối tượng 3:"_s);
    EXPECT_TRUE(highSchool.contains(u"Học sinh Trung học phổ thông từ lớp 11 trở lên"_s));
    EXPECT_TRUE(highSchool.contains(u"1 Phường Bần Yên Nhân 101 66 33 50,0%"_s))
        << highSchool.toStdString();
    EXPECT_TRUE(highSchool.contains(u"Tổng cộng 101 66 33 50,0%"_s)) << highSchool.toStdString();
    EXPECT_TRUE(highSchool.contains(u"12/13 đơn vị chưa có mục tiêu của nhóm"_s));

    // University students: nothing known and nothing counted.
    const QString university = section(text, u"Nhóm đối tượng 3:"_s, u"Nhóm đối tượng 4:"_s);
    EXPECT_TRUE(university.contains(u"Tổng cộng chưa có chưa có 0 chưa có"_s))
        << university.toStdString();
    EXPECT_TRUE(university.contains(u"Chưa đơn vị nào có mục tiêu của nhóm"_s));

    // Women's-union branch heads: a count per unit (25 + 40). No size was
    // typed; the store keeps a unit with a goal alone as size 0, and the
    // report prints what the engine gives.
    const QString heads = section(text, u"Nhóm đối tượng 5:"_s);
    EXPECT_TRUE(heads.contains(u"Chi hội trưởng phụ nữ"_s));
    EXPECT_TRUE(heads.contains(u"Mục tiêu là số lượng giao cho từng đơn vị; lũy kế"_s));
    EXPECT_TRUE(heads.contains(u"12 Xã Dương Quang 0 25 0 0,0%"_s)) << heads.toStdString();
    EXPECT_TRUE(heads.contains(u"13 Xã Hưng Long 0 40 0 0,0%"_s));
    EXPECT_TRUE(heads.contains(u"Tổng cộng 0 65 0 0,0%"_s));
    EXPECT_TRUE(heads.contains(u"11/13 đơn vị chưa có mục tiêu của nhóm"_s));
}

TEST_F(ReportGroupsTest, AGroupIsCountedUpToThePeriodsEnd)
{
    // Week 2 takes in the 9 of 09/10: Phan Đình Phùng 26 of 85 = 30,588… %,
    // the group 101 of 205 = 49,268… %.
    const WeeklyReport r = week(2);
    ASSERT_EQ(r.groups.size(), 5);
    EXPECT_EQ(r.groups[0].cumulative, 101);
    EXPECT_EQ(r.groups[4].units[11].size, 0); // a goal typed alone is stored with size 0
    const QString pdf = dir.file(u"w2.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf);
    const QString officials =
        section(pdfWords(pdf), u"Nhóm đối tượng 1:"_s, u"Nhóm đối tượng 2:"_s);
    EXPECT_TRUE(officials.contains(u"2 Phường Phan Đình Phùng 85 85 26 30,6%"_s))
        << officials.toStdString();
    EXPECT_TRUE(officials.contains(u"Tổng cộng 205 205 101 49,3%"_s));
}

TEST_F(ReportGroupsTest, TheSummaryPdfAndTheOdtCarryTheGroupsToo)
{
    const WeeklyReport r = week(1);
    const QString pdf = dir.file(u"summary.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf, ReportLayout::Summary);
    const QString text = pdfWords(pdf);
    const QString officials = section(text, u"Nhóm đối tượng 1:"_s, u"Nhóm đối tượng 2:"_s);
    EXPECT_TRUE(officials.contains(u"Cán bộ, công chức"_s)) << officials.toStdString();
    EXPECT_TRUE(officials.contains(u"1 Phường Bần Yên Nhân 120 120 75 62,5%"_s))
        << officials.toStdString();
    EXPECT_TRUE(officials.contains(u"Tổng cộng 205 205 92 44,9%"_s));
    // After the whole population's table, before the units behind.
    EXPECT_LT(text.indexOf(u"II. Kết quả theo đơn vị"_s), text.indexOf(u"Nhóm đối tượng 1:"_s));
    EXPECT_GT(text.indexOf(u"III. Các đơn vị"_s), text.indexOf(u"Nhóm đối tượng 5:"_s));

    const QString odt = dir.file(u"w1.odt"_s);
    ReportExport::write(r, ReportFormat::Odt, odt);
    const QString content = test::toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
    for (const QString& s : {u"Nhóm đối tượng 1: Cán bộ, công chức"_s, u"Phường Bần Yên Nhân"_s,
                             u"62,5%"_s, u"44,9%"_s, u"Nhóm đối tượng 5: Chi hội trưởng phụ nữ"_s,
                             u"mục tiêu là số lượng giao cho từng đơn vị"_s})
        EXPECT_TRUE(content.contains(s)) << s.toStdString();
}

TEST_F(ReportGroupsTest, TheCsvHasABlockAndTheWorkbookASheetPerGroup)
{
    const WeeklyReport r = week(1);
    const QString csv = QString::fromUtf8(ReportExport::csv(r).mid(3));
    const QString block = section(csv, u"Nhóm đối tượng 1:"_s, u"Nhóm đối tượng 2:"_s);
    for (const QString& line :
         {u"TT,Đơn vị,Quy mô nhóm,Mục tiêu nhóm,Lũy kế,% mục tiêu\n"_s,
          u"\n1,Phường Bần Yên Nhân,120,120,75,62.50\n"_s,
          u"\n2,Phường Phan Đình Phùng,85,85,17,20.00\n"_s, u"\n3,Phường Nhân Hòa,,,0,\n"_s,
          u"\n,Tổng cộng,205,205,92,44.88\n"_s})
        EXPECT_TRUE(block.contains(line)) << line.toStdString() << block.toStdString();
    // The whole population's rows come first, then a blank line.
    EXPECT_TRUE(csv.contains(u"\n\n\"Nhóm đối tượng 1: Cán bộ, công chức"_s));
    EXPECT_TRUE(csv.contains(u"\n,Tổng cộng,0,65,0,0.00\n"_s)); // branch heads

    const QString xlsx = dir.file(u"w1.xlsx"_s);
    ReportExport::write(r, ReportFormat::Xlsx, xlsx);
    const QString workbook = test::toolOutput(u"unzip"_s, {u"-p"_s, xlsx, u"xl/workbook.xml"_s});
    for (int g = 1; g <= 5; ++g)
        EXPECT_TRUE(workbook.contains(u"name=\"Nhóm %1\""_s.arg(g))) << workbook.toStdString();
    const QString sheet2 =
        test::toolOutput(u"unzip"_s, {u"-p"_s, xlsx, u"xl/worksheets/sheet2.xml"_s});
    // Row 6: Bần Yên Nhân's size, goal and count as numbers, % as a fraction.
    for (const QString& cell :
         {u"<c r=\"C6\" s=\"\\d+\"><v>120</v>"_s, u"<c r=\"E6\" s=\"\\d+\"><v>75</v>"_s,
          u"<c r=\"F6\" s=\"\\d+\"><v>0.625</v>"_s})
        EXPECT_TRUE(sheet2.contains(QRegularExpression(cell))) << cell.toStdString();
}

TEST_F(ReportGroupsTest, GroupsCountedBeforeTheWholePopulationGetAnAppendixOfTheirOwn)
{
    // The whole population has nothing yet; the officials have 92.
    CampaignData d = data;
    d.tallies = TallyMatrix(int(d.units.size()), d.campaign.days(), int(d.providers.size()));
    ReportOptions o;
    o.madeOn = d.campaign.start.addDays(30);
    const WeeklyReport r = ReportBuilder::buildWeek(ProgressEngine(d, clock), 1, o);
    ASSERT_TRUE(r.campaignEmpty);
    EXPECT_TRUE(OfficialDocument::hasAppendix(r));
    const QString pdf = dir.file(u"groups-only.pdf"_s);
    ReportExport::write(r, ReportFormat::Pdf, pdf);
    const QString text = pdfWords(pdf);
    EXPECT_TRUE(text.contains(u"Phụ lục"_s));
    EXPECT_TRUE(section(text, u"Nhóm đối tượng 1:"_s, u"Nhóm đối tượng 2:"_s)
                    .contains(u"Tổng cộng 205 205 92 44,9%"_s));
    // No table of zeros for the whole population, no charts.
    EXPECT_FALSE(text.contains(u"Số chữ ký số trong kỳ"_s));
    EXPECT_FALSE(text.contains(u"Biểu đồ"_s));
}

TEST(ReportGroups, ACampaignWithoutGroupsHasNoGroupSection)
{
    test::TempDir dir;
    const QString path = dir.file(u"tn.sqlite"_s);
    Seeder::createSeeded(path, true);
    auto db = Database::openExisting(path);
    const CampaignData data = CampaignStore(*db).loadDefault();
    ASSERT_TRUE(data.groups.isEmpty());
    ReportOptions o;
    o.madeOn = QDate(2025, 8, 11);
    const WeeklyReport r = ReportBuilder::buildWeek(ProgressEngine(data), 2, o);
    EXPECT_TRUE(r.groups.isEmpty());
    for (ReportLayout layout : {ReportLayout::Official, ReportLayout::Summary}) {
        const QString pdf = dir.file(u"w2.pdf"_s);
        ReportExport::write(r, ReportFormat::Pdf, pdf, layout);
        const QString text = pdfWords(pdf);
        EXPECT_TRUE(text.contains(u"Xã Ba Bể"_s));
        EXPECT_FALSE(text.contains(u"Nhóm đối tượng"_s));
        EXPECT_FALSE(text.contains(u"Quy mô nhóm"_s));
    }
    EXPECT_FALSE(QString::fromUtf8(ReportExport::csv(r)).contains(u"Nhóm"_s));
    EXPECT_TRUE(OfficialDocument::groupParagraphs(r).isEmpty());
}

TEST(ReportGroups, TheTotalNoteCountsUnitsTheVietnameseWay)
{
    // At national size: 3.321 units, not "3321".
    GroupProgress g;
    g.units.resize(3321);
    EXPECT_EQ(ReportBuilder::groupTotalNote(g),
              u"Tổng cộng: quy mô, mục tiêu và lũy kế cộng trên cả 3.321 đơn vị."_s);
    g.unitsWithoutGoal = 1200;
    EXPECT_TRUE(ReportBuilder::groupTotalNote(g).startsWith(u"1.200/3.321 đơn vị chưa có"_s))
        << ReportBuilder::groupTotalNote(g).toStdString();
    EXPECT_TRUE(ReportBuilder::groupTotalNote(g).endsWith(u"trên cả 3.321 đơn vị."_s));
    g.unitsWithoutGoal = 3321;
    EXPECT_TRUE(ReportBuilder::groupTotalNote(g).endsWith(u"trên cả 3.321 đơn vị."_s));
}
