// The units sheet of a campaign's set-up: written and read back as it was
// (the 37 units of the built-in campaign, the Mỹ Hào template), read in other
// spellings and encodings, and refused whole with every bad row named.
#include "core/CampaignFile.h"
#include "core/Language.h"
#include "import/UnitsSheet.h"
#include "import/XlsxReader.h"
#include "storage/Seeder.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QVariant>
#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

class UnitsSheetTest : public ::testing::Test
{
protected:
    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    struct Cell
    {
        int row;
        int column;
        QVariant value; // a string, or a number
    };
    QString writeWorkbook(const QString& name, const QVector<Cell>& cells) const
    {
        const QString path = dir.file(name);
        lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        for (const Cell& c : cells) {
            if (c.value.typeId() == QMetaType::QString)
                worksheet_write_string(ws, lxw_row_t(c.row), lxw_col_t(c.column),
                                       c.value.toString().toUtf8().constData(), nullptr);
            else
                worksheet_write_number(ws, lxw_row_t(c.row), lxw_col_t(c.column),
                                       c.value.toDouble(), nullptr);
        }
        EXPECT_EQ(workbook_close(wb), LXW_NO_ERROR);
        return path;
    }
    UnitsSheetResult readCsv(const QString& text, const QByteArray& prefix = "\xEF\xBB\xBF") const
    {
        return UnitsSheet::read(write(u"units.csv"_s, prefix + text.toUtf8()));
    }
    test::TempDir dir;
};

// What the sheet carries of a unit: no id, groups or hidden flag, and a quota
// only when it was typed by hand.
QVector<SetupUnit> asWritten(QVector<SetupUnit> units)
{
    for (SetupUnit& u : units) {
        u.id = 0;
        u.hidden = false;
        u.groups.clear();
        if (!u.quotaManual)
            u.quota.reset();
    }
    return units;
}

std::string joined(const QStringList& problems)
{
    return problems.join(u'\n').toStdString();
}

SetupUnit unit(const QString& name, UnitKind kind, std::optional<qint64> population,
               std::optional<qint64> quota = std::nullopt, const QStringList& aliases = {})
{
    SetupUnit u;
    u.name = name;
    u.kind = kind;
    u.population = population;
    u.quota = quota;
    u.quotaManual = quota.has_value();
    u.aliases = aliases;
    return u;
}

} // namespace

TEST_F(UnitsSheetTest, TheBuiltInCampaignRoundTripsThroughAnXlsxFile)
{
    const CampaignFileContent file = CampaignFile::fromJson(Seeder::defaultCampaign());
    ASSERT_TRUE(file.problems.isEmpty()) << joined(file.problems);
    QVector<SetupUnit> units = file.setup.units;
    ASSERT_EQ(units.size(), 37);
    // Some quotas typed by hand: those are written; the others are left to apportion.
    for (int i = 0; i < units.size(); i += 5)
        units[i].quotaManual = true;
    units[1].hidden = true;

    const QString path = dir.file(u"units.xlsx"_s);
    UnitsSheet::writeXlsx(path, units, file.setup.populationLabel);
    const UnitsSheetResult read = UnitsSheet::read(path);
    ASSERT_TRUE(read.ok()) << joined(read.problems);
    EXPECT_EQ(read.units, asWritten(units));

    // As the user sees it: the titles, and figures stored as numbers.
    const QVector<SheetRow> rows = XlsxReader(path).readSheet(0);
    ASSERT_EQ(rows.size(), 38);
    QStringList titles;
    for (int c = 0; c < rows[0].cellCount; ++c)
        titles << rows[0].cells[c].text;
    EXPECT_EQ(titles, (QStringList{u"TT"_s, u"Tên đơn vị"_s, u"Loại"_s, u"Dân số"_s, u"Chỉ tiêu"_s,
                                   u"Tên khác"_s}));
    EXPECT_EQ(rows[1].text(1), units[0].name);
    EXPECT_TRUE(rows[1].cells[3].numeric);
    EXPECT_EQ(qint64(rows[1].cells[3].number), *units[0].population);
    EXPECT_TRUE(rows[1].cells[4].numeric);  // typed by hand
    EXPECT_TRUE(rows[2].text(4).isEmpty()); // apportioned
}

TEST_F(UnitsSheetTest, ATemplateWithUnknownPopulationsAndItsOwnLabelRoundTrips)
{
    QFile json(QStringLiteral(SIGNTALLY_SOURCE_DIR "/data/templates/my-hao-2023.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const CampaignFileContent file = CampaignFile::fromBytes(json.readAll());
    ASSERT_TRUE(file.problems.isEmpty()) << joined(file.problems);
    QVector<SetupUnit> units = file.setup.units;
    ASSERT_EQ(units.size(), 13);
    units[0].aliases = {u"Bần"_s, u"P. Bần Yên Nhân"_s};
    units[2].kind = UnitKind::Town;

    const QString path = dir.file(u"my-hao.xlsx"_s);
    UnitsSheet::writeXlsx(path, units, file.setup.populationLabel);
    const UnitsSheetResult read = UnitsSheet::read(path);
    ASSERT_TRUE(read.ok()) << joined(read.problems);
    EXPECT_EQ(read.units, asWritten(units));
    EXPECT_FALSE(read.units[0].population.has_value());
    EXPECT_EQ(read.units[2].kind, UnitKind::Town);

    // A label that does not say "Dân số" is titled so that it is read back.
    EXPECT_EQ(UnitsSheet::populationTitle(u"Người dân từ 16 tuổi trở lên"_s),
              u"Dân số (Người dân từ 16 tuổi trở lên)"_s);
    EXPECT_EQ(UnitsSheet::populationTitle(u"Dân số trưởng thành"_s), u"Dân số trưởng thành"_s);
    EXPECT_EQ(UnitsSheet::populationTitle({}), u"Dân số"_s);
}

TEST_F(UnitsSheetTest, BadRowsAreAllNamedAndNothingIsReturned)
{
    const UnitsSheetResult r = readCsv(u"TT,Tên đơn vị,Loại,Dân số\r\n"
                                       "1,Xã Ba Bể,xã,1200\r\n"
                                       "2,Phường Đức Xuân,phường,-5\r\n"
                                       "3,Làng Nủa,làng,300\r\n"
                                       "4,Ba Bể,xã,400\r\n"
                                       "5,Xã Chợ Rã,xã,700\r\n"_s);
    EXPECT_TRUE(r.units.isEmpty());
    EXPECT_EQ(r.problems,
              (QStringList{u"Dòng 3 (Phường Đức Xuân): dân số âm (-5)."_s,
                           u"Dòng 4 (Làng Nủa): loại “làng” không phải xã, phường hoặc thị trấn."_s,
                           u"Dòng 5 (Ba Bể): tên trùng với dòng 2."_s}));
}

TEST_F(UnitsSheetTest, ProblemsInAWorkbookNameTheirCells)
{
    // Row and column 0-based, as libxlsxwriter counts; the sheet shows row + 1.
    const QString path = writeWorkbook(u"bad.xlsx"_s, {{0, 0, u"DANH SÁCH ĐƠN VỊ"_s},
                                                       {2, 0, u"STT"_s},
                                                       {2, 1, u"Tên"_s},
                                                       {2, 2, u"Dân số trưởng thành"_s},
                                                       {2, 3, u"Chỉ tiêu"_s},
                                                       {2, 4, u"Tên khác"_s},
                                                       {3, 1, u"Xã Ba Bể"_s},
                                                       {3, 2, u"12,5"_s},
                                                       {4, 1, u"Xã Chợ Rã"_s},
                                                       {4, 2, 900},
                                                       {4, 3, 10.5},
                                                       {5, 2, 300}, // figures without a name
                                                       {6, 1, u"Xã Bằng Vân"_s},
                                                       {6, 2, 500},
                                                       {6, 4, u"Chợ Rã"_s}});

    const UnitsSheetResult r = UnitsSheet::read(path);
    EXPECT_TRUE(r.units.isEmpty());
    EXPECT_EQ(
        r.problems,
        (QStringList{u"Dòng 4 (Xã Ba Bể), ô C4: dân số “12,5” không phải là số nguyên."_s,
                     u"Dòng 5 (Xã Chợ Rã), ô D5: chỉ tiêu “10.5” không phải là số nguyên."_s,
                     u"Dòng 6, ô B6: có số liệu nhưng không có tên đơn vị."_s,
                     u"Dòng 7 (Xã Bằng Vân), ô E7: tên khác “Chợ Rã” trùng với tên ở dòng 5."_s}))
        << joined(r.problems);
}

TEST_F(UnitsSheetTest, OtherTitlesTotalsBlankRowsKindsFromNamesAndEmptyPopulations)
{
    const UnitsSheetResult r = readCsv(u"Danh sách xã, phường;;;\r\n"
                                       "\r\n"
                                       "STT;Xã, phường;Dân số từ 16 tuổi trở lên;Quota;Aliases\r\n"
                                       "1;Thị trấn Chợ Rã;12.345;;\"Chợ Rã; TT Chợ Rã\"\r\n"
                                       ";;;;\r\n"
                                       "2;Phường Đức Xuân;;;\r\n"
                                       "3;Bằng Vân;800;200;\r\n"
                                       ";Tổng cộng;13.145;200;\r\n"_s);
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.units, (QVector<SetupUnit>{
                           unit(u"Thị trấn Chợ Rã"_s, UnitKind::Town, 12345, std::nullopt,
                                {u"Chợ Rã"_s, u"TT Chợ Rã"_s}),
                           unit(u"Phường Đức Xuân"_s, UnitKind::Ward, std::nullopt),
                           unit(u"Bằng Vân"_s, UnitKind::Commune, 800, 200),
                       }));
}

TEST_F(UnitsSheetTest, KindColumnsInEitherLanguageAndTheOrderOfTT)
{
    const UnitsSheetResult r = readCsv(u"No.,Name,Kind,Population\r\n"
                                       "3,Chợ Rã,thị trấn,10\r\n"
                                       "1,Đức Xuân,Ward,20\r\n"
                                       "2,Ba Bể,XÃ,30\r\n"
                                       "Total,,,60\r\n"_s);
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.units, (QVector<SetupUnit>{unit(u"Đức Xuân"_s, UnitKind::Ward, 20),
                                           unit(u"Ba Bể"_s, UnitKind::Commune, 30),
                                           unit(u"Chợ Rã"_s, UnitKind::Town, 10)}));
}

TEST_F(UnitsSheetTest, ReadsWindows1258)
{
    // "Tên,Dân số" / "Xã Bằng Vân,1200" in Vietnamese Windows' code page: ê, â,
    // ô + combining acute, a + combining tilde, ă + combining grave.
    const QString path = write(u"units.csv"_s, "T\xEAn,D\xE2n s\xF4\xEC\r\n"
                                               "X\x61\xDE B\xE3\xCCng V\xE2n,1200\r\n");
    const UnitsSheetResult r = UnitsSheet::read(path);
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    EXPECT_EQ(r.units, (QVector<SetupUnit>{unit(u"Xã Bằng Vân"_s, UnitKind::Commune, 1200)}));
}

TEST_F(UnitsSheetTest, ASheetWithoutTheNeededColumnsIsOneProblem)
{
    const UnitsSheetResult noName = readCsv(u"Mã,Dân số\r\n1,200\r\n"_s);
    EXPECT_TRUE(noName.units.isEmpty());
    ASSERT_EQ(noName.problems.size(), 1);
    EXPECT_TRUE(noName.problems[0].startsWith(u"Không tìm thấy dòng tiêu đề"_s))
        << joined(noName.problems);

    const UnitsSheetResult noPopulation = readCsv(u"Tên đơn vị,Loại\r\nXã Ba Bể,xã\r\n"_s);
    EXPECT_TRUE(noPopulation.units.isEmpty());
    EXPECT_EQ(noPopulation.problems,
              QStringList{u"Dòng tiêu đề 1 không có cột dân số (tiêu đề “Dân số” hoặc bắt đầu "
                          "bằng “Dân số”)."_s});

    const UnitsSheetResult missing = UnitsSheet::read(dir.file(u"none.csv"_s));
    EXPECT_EQ(missing.problems.size(), 1);
}

TEST_F(UnitsSheetTest, ASheetWrittenInEnglishIsReadBack)
{
    QCoreApplication& app = *QCoreApplication::instance();
    ASSERT_TRUE(Language::apply(app, Language::english()));
    const QVector<SetupUnit> units = {
        unit(u"Xã Ba Bể"_s, UnitKind::Commune, 1200, 300, {u"Ba Be"_s}),
        unit(u"Phường Đức Xuân"_s, UnitKind::Ward, std::nullopt),
        unit(u"Thị trấn Chợ Rã"_s, UnitKind::Town, 12345)};
    const QString path = dir.file(u"english.xlsx"_s);
    UnitsSheet::writeXlsx(path, units, u"Người dân từ 16 tuổi trở lên"_s);
    const QVector<SheetRow> rows = XlsxReader(path).readSheet(0);
    ASSERT_TRUE(Language::apply(app, Language::vietnamese()));

    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].text(1), u"Unit name"_s);
    EXPECT_EQ(rows[0].text(3), u"Population (Người dân từ 16 tuổi trở lên)"_s);
    EXPECT_EQ(rows[3].text(2), u"town"_s);
    const UnitsSheetResult read = UnitsSheet::read(path);
    ASSERT_TRUE(read.ok()) << joined(read.problems);
    EXPECT_EQ(read.units, units);
}

TEST_F(UnitsSheetTest, TwoColumnsOfOneMeaningAndTooManyProblems)
{
    const UnitsSheetResult doubled =
        readCsv(u"Tên đơn vị,Dân số,Dân số trưởng thành\r\nXã Ba Bể,1,2\r\n"_s);
    EXPECT_TRUE(doubled.units.isEmpty());
    EXPECT_EQ(doubled.problems,
              QStringList{u"Dòng tiêu đề 1: hai cột “Dân số” và “Dân số trưởng thành” cùng một "
                          "nghĩa; hãy giữ một cột."_s});

    QString text = u"Tên,Dân số\r\n"_s;
    for (int i = 1; i <= UnitsSheet::MaxProblems + 50; ++i)
        text += u"Xã %1,-%1\r\n"_s.arg(i);
    const UnitsSheetResult many = readCsv(text);
    EXPECT_TRUE(many.units.isEmpty());
    ASSERT_EQ(many.problems.size(), UnitsSheet::MaxProblems + 1);
    EXPECT_EQ(many.problems[0], u"Dòng 2 (Xã 1): dân số âm (-1)."_s);
    EXPECT_EQ(many.problems.last(), u"… và 50 lỗi khác."_s);
}
