#include "core/EntryRules.h"
#include "core/TextMatch.h"
#include "models/CampaignSession.h"
#include "models/EntryModel.h"
#include "storage/CampaignStore.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

EntryFacts facts(qint64 newDayTotal, QVector<qint64> others = {}, qint64 before = 0)
{
    EntryFacts f;
    f.unitName = u"Xã Ba Bể"_s;
    f.adults = 8912;
    f.quota = 1605;
    f.cumulativeBefore = before;
    qint64 sum = 0;
    for (qint64 v : others)
        sum += v;
    f.otherDaysTotal = sum;
    f.otherReportedTotals = others;
    f.newDayTotal = newDayTotal;
    f.campaignDays = 32;
    f.daysFromDate = 19; // 10/08/2025 to 28/08/2025
    return f;
}

// A seeded file (no demo tallies) open in a session dated inside the campaign.
struct EntryFixture : ::testing::Test
{
    test::TempDir dir;
    QString path = dir.file(u"entry.sqlite"_s);
    FixedClock clock{QDate(2025, 8, 10)};
    std::unique_ptr<CampaignSession> session;
    std::unique_ptr<EntryModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    void SetUp() override
    {
        Seeder::createSeeded(path, false).reset();
        open();
    }
    void open()
    {
        tester.reset();
        model.reset();
        session.reset();
        session = std::make_unique<CampaignSession>(Database::openExisting(path), clock);
        model = std::make_unique<EntryModel>(session.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    QModelIndex cell(int row, int provider) const
    {
        return model->index(row, model->providerColumn(provider));
    }
    const CampaignData& data() const { return session->data(); }
    // Saved tallies for a unit, written straight through the session.
    void seedDays(int row, const QVector<qint64>& totals, QDate first)
    {
        QVector<TallyChange> changes;
        for (int i = 0; i < totals.size(); ++i)
            changes.push_back(
                {{data().units[row].id, first.addDays(i), data().providers[0].id}, totals[i]});
        session->applyChanges(changes);
    }
};

} // namespace

TEST(EntryRules, MedianOfOddAndEvenCounts)
{
    EXPECT_EQ(EntryRules::median({}), 0);
    EXPECT_EQ(EntryRules::median({5, 1, 3}), 3);
    EXPECT_EQ(EntryRules::median({4, 1, 3, 10}), 3.5);
}

TEST(EntryRules, RejectsATotalAboveTheAdults)
{
    EXPECT_EQ(EntryRules::check(facts(8912)).kind, EntryVerdict::Kind::Warn); // > quota left
    const EntryVerdict v = EntryRules::check(facts(8000, {500, 413}));        // 8.913
    EXPECT_EQ(v.kind, EntryVerdict::Kind::Reject);
    EXPECT_TRUE(v.message.contains(u"8.913"_s)) << v.message.toStdString();
    EXPECT_TRUE(v.message.contains(u"8.912"_s));
    EXPECT_EQ(EntryRules::check(facts(7999, {500, 413})).kind, EntryVerdict::Kind::Warn);
}

namespace {

// One row of docs/entry.md's warning table, for Xã Ba Bể (quota 1.605: 51 a
// day planned over 32 days) on 10/08/2025 (19 days left with it).
struct RuleCase
{
    const char* name;
    qint64 newDayTotal;
    QVector<qint64> others; // the other reported days' totals
    qint64 before;          // cumulative before the date
    bool warns;
    const char* mentions; // in the message when it warns
};

void PrintTo(const RuleCase& c, std::ostream* os)
{
    *os << c.name;
}

class EntryRuleTable : public ::testing::TestWithParam<RuleCase>
{
};

} // namespace

TEST_P(EntryRuleTable, WarnsExactlyWhenTheDocumentedRuleSays)
{
    const RuleCase& c = GetParam();
    const EntryVerdict v = EntryRules::check(facts(c.newDayTotal, c.others, c.before));
    EXPECT_EQ(v.kind, c.warns ? EntryVerdict::Kind::Warn : EntryVerdict::Kind::Ok)
        << v.message.toStdString();
    if (c.warns) {
        EXPECT_TRUE(v.message.contains(QString::fromUtf8(c.mentions))) << v.message.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    EntryRules, EntryRuleTable,
    ::testing::Values(
        // Usual day: median of the non-zero days 100, 120, 140 = 120 (above
        // the planned 51): up to 5 × 120 = 600 passes.
        RuleCase{"UsualDayAtTheLimit", 600, {100, 120, 140}, 360, false, ""},
        RuleCase{"FarAboveUsualDay", 601, {100, 120, 140}, 360, true, "(120:"},
        // Many zero days: the median of every day is 0, of the non-zero days
        // 30; the usual day is at least the planned 51, so up to 255 passes.
        RuleCase{
            "ManyZeroDaysOrdinaryDay", 40, {0, 0, 0, 0, 0, 0, 30, 0, 25, 0, 35}, 90, false, ""},
        RuleCase{"ManyZeroDaysSlipOfTheFinger",
                 1205,
                 {0, 0, 0, 0, 0, 0, 30, 0, 25, 0, 35},
                 90,
                 true,
                 "1.205"},
        // A tiny median (3) does not make ordinary days look huge: floor 51.
        RuleCase{"SmallMedianUsesThePlannedRate", 255, {2, 3, 4}, 9, false, ""},
        RuleCase{"SmallMedianAboveFiveTimesThePlannedRate", 256, {2, 3, 4}, 9, true, "(51:"},
        // No history (fewer than 3 non-zero days): 1.605 − 30 left over 19
        // days needs 83 a day; 5 × 83 = 415.
        RuleCase{"NoHistoryAtTheLimit", 415, {10, 20}, 30, false, ""},
        RuleCase{"NoHistoryFarAboveTheNeededRate", 416, {10, 20}, 30, true, "83/ngày"},
        RuleCase{"NewCampaignTypo", 1605, {}, 0, true, "85/ngày"},
        // Remaining quota: 1.605 − 1.500 = 105 left.
        RuleCase{"RemainingQuotaExactly", 105, {400, 500, 600}, 1500, false, ""},
        RuleCase{"AboveTheRemainingQuota", 106, {400, 500, 600}, 1500, true, "(105)"},
        // Past the quota: no remaining-quota warning.
        RuleCase{"PastTheQuota", 300, {400, 500, 800}, 1700, false, ""}),
    [](const ::testing::TestParamInfo<RuleCase>& info) { return std::string(info.param.name); });

TEST_F(EntryFixture, ShowsTheDateWithProvidersAndFigures)
{
    EXPECT_EQ(model->date(), QDate(2025, 8, 10));
    EXPECT_EQ(model->rowCount(), 37);
    EXPECT_EQ(model->columnCount(), 1 + 3 + 3);
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), u"Viettel"_s);
    EXPECT_EQ(model->headerData(model->percentColumn(), Qt::Horizontal).toString(),
              u"% chỉ tiêu"_s);
    EXPECT_EQ(cell(0, 0).data().toString(), u"—"_s); // not reported
    EXPECT_EQ(model->reportedCount(), 0);
    EXPECT_EQ(model->unreportedRows().size(), 37);
    EXPECT_TRUE(model->flags(cell(0, 0)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->flags(model->index(0, model->dayTotalColumn())) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->setDate(QDate(2025, 9, 1)));
    EXPECT_EQ(model->date(), QDate(2025, 8, 10));
}

TEST_F(EntryFixture, EditSaveAndReopenShowsTheValuesAndTheAudit)
{
    QSignalSpy dirty(model.get(), &EntryModel::dirtyChanged);
    EXPECT_TRUE(model->setData(cell(0, 0), u"1.605"_s));
    EXPECT_TRUE(model->setData(cell(0, 1), u"0"_s));
    EXPECT_TRUE(model->setData(cell(1, 2), u"12"_s));
    EXPECT_EQ(dirty.count(), 1);
    EXPECT_TRUE(model->isDirty());
    EXPECT_EQ(model->editedCount(), 3);
    EXPECT_EQ(cell(0, 0).data().toString(), u"1.605"_s);
    EXPECT_EQ(cell(0, 1).data().toString(), u"0"_s); // reported zero, not "—"
    EXPECT_EQ(cell(0, 0).data(Qt::FontRole).value<QFont>().bold(), true);
    EXPECT_EQ(model->index(0, model->dayTotalColumn()).data().toString(), u"1.605"_s);
    EXPECT_EQ(model->index(0, model->percentColumn()).data().toString(), u"100,0%"_s);
    EXPECT_EQ(model->reportedCount(), 2);
    // Nothing is written before saving.
    EXPECT_FALSE(
        session->tallies().value({data().units[0].id, QDate(2025, 8, 10), data().providers[0].id}));

    QString error;
    ASSERT_TRUE(model->save(&error)) << error.toStdString();
    EXPECT_FALSE(model->isDirty());
    EXPECT_EQ(dirty.count(), 2);
    EXPECT_FALSE(cell(0, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(session->engine().snapshot(QDate(2025, 8, 10)).total.cumulative, 1617);

    open();
    EXPECT_EQ(model->value(0, 0), 1605);
    EXPECT_EQ(model->value(0, 1), 0);
    EXPECT_EQ(model->value(0, 2), std::nullopt);
    EXPECT_EQ(model->value(1, 2), 12);
    EXPECT_EQ(model->reportedCount(), 2);
    const QVector<EntryModel::HistoryRow> h = model->history(0);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[0].provider, u"VNPT"_s); // newest first
    EXPECT_EQ(h[0].change, u"— → 0"_s);
    EXPECT_EQ(h[1].change, u"— → 1.605"_s);
    EXPECT_EQ(h[1].actor, session->actor());
    EXPECT_EQ(h[1].source, u"Nhập tay"_s);
    EXPECT_EQ(h[1].when.size(), 16); // dd/MM/yyyy HH:mm
    EXPECT_EQ(h[1].when.mid(2, 1), u"/"_s);

    // Changing and clearing are audited as update and delete.
    EXPECT_TRUE(model->setData(cell(0, 0), u"1650"_s));
    EXPECT_TRUE(model->clearCells({cell(0, 1)}));
    ASSERT_TRUE(model->save());
    const QVector<AuditEntry> audit =
        session->tallies().history(data().units[0].id, QDate(2025, 8, 10));
    ASSERT_EQ(audit.size(), 4);
    EXPECT_EQ(audit[2].action, u"update"_s);
    EXPECT_EQ(audit[2].oldCount, 1605);
    EXPECT_EQ(audit[2].newCount, 1650);
    EXPECT_EQ(audit[3].action, u"delete"_s);
    EXPECT_EQ(model->history(0)[0].change, u"0 → —"_s);
}

TEST_F(EntryFixture, UndoAndRedoRestoreCells)
{
    QUndoStack* undo = model->undoStack();
    ASSERT_TRUE(model->setData(cell(3, 0), u"40"_s));
    ASSERT_TRUE(model->setData(cell(3, 0), u"45"_s));
    EXPECT_EQ(undo->count(), 2);
    undo->undo();
    EXPECT_EQ(model->value(3, 0), 40);
    undo->undo();
    EXPECT_EQ(model->value(3, 0), std::nullopt);
    EXPECT_FALSE(model->isDirty()); // back to what is saved
    undo->redo();
    EXPECT_EQ(model->value(3, 0), 40);
    EXPECT_TRUE(model->isDirty());
    ASSERT_TRUE(model->save());
    // Undo after saving brings the old value back as an unsaved edit.
    undo->undo();
    EXPECT_EQ(model->value(3, 0), std::nullopt);
    EXPECT_TRUE(model->isDirty());
    EXPECT_EQ(model->savedValue(3, 0), 40);
    // A new date starts a new history.
    model->discard();
    ASSERT_TRUE(model->setDate(QDate(2025, 8, 11)));
    EXPECT_EQ(undo->count(), 0);
}

TEST_F(EntryFixture, PasteFillsABlockFromTheCurrentCellAsOneStep)
{
    // As LibreOffice copies 3 rows × 2 columns: tabs, CRLF, a final newline;
    // an empty cell means "not reported".
    ASSERT_TRUE(model->setData(cell(2, 1), u"7"_s));
    ASSERT_TRUE(model->paste(cell(1, 0), u"1.605\t0\r\n12\t\r\n3\t4\r\n"_s))
        << model->lastMessage().toStdString();
    EXPECT_EQ(model->value(1, 0), 1605);
    EXPECT_EQ(model->value(1, 1), 0);
    EXPECT_EQ(model->value(2, 0), 12);
    EXPECT_EQ(model->value(2, 1), std::nullopt); // cleared by the empty cell
    EXPECT_EQ(model->value(3, 0), 3);
    EXPECT_EQ(model->value(3, 1), 4);
    EXPECT_EQ(model->value(1, 2), std::nullopt); // outside the block
    EXPECT_EQ(model->undoStack()->count(), 2);
    model->undoStack()->undo();
    EXPECT_EQ(model->value(1, 0), std::nullopt);
    EXPECT_EQ(model->value(2, 1), 7);
    EXPECT_EQ(model->value(3, 1), std::nullopt);

    // The rows follow the visible (filtered) order the view passes.
    ASSERT_TRUE(model->paste(QList<int>{5, 9}, model->providerColumn(2), u"8\n9"_s));
    EXPECT_EQ(model->value(5, 2), 8);
    EXPECT_EQ(model->value(9, 2), 9);
    EXPECT_EQ(model->value(6, 2), std::nullopt);
}

TEST_F(EntryFixture, BadPastesChangeNothingAndSayWhere)
{
    EXPECT_FALSE(model->paste(cell(0, 0), u"5\tabc\n6\t7"_s));
    EXPECT_EQ(model->value(0, 0), std::nullopt);
    EXPECT_FALSE(model->cellError(0, 1).isEmpty());
    EXPECT_TRUE(model->lastMessage().contains(u"Dòng 1, cột 2"_s))
        << model->lastMessage().toStdString();
    EXPECT_TRUE(model->lastMessage().contains(u"abc"_s));
    // Too wide (4 columns from Viettel, only 3 providers) or too long.
    EXPECT_FALSE(model->paste(cell(0, 0), u"1\t2\t3\t4"_s));
    EXPECT_TRUE(model->lastMessage().contains(u"4 cột"_s));
    EXPECT_FALSE(model->paste(cell(36, 0), u"1\n2"_s));
    EXPECT_TRUE(model->lastMessage().contains(u"2 dòng"_s));
    EXPECT_FALSE(model->paste(model->index(0, EntryModel::UnitColumn), u"1"_s));
    EXPECT_FALSE(model->isDirty());
    EXPECT_EQ(model->undoStack()->count(), 0);
}

TEST_F(EntryFixture, RejectsNonNumbersNegativesAndTotalsAboveTheAdults)
{
    EXPECT_FALSE(model->setData(cell(0, 0), u"12a"_s));
    EXPECT_EQ(cell(0, 0).data(EntryModel::CellStatusRole).toInt(),
              int(EntryModel::CellStatus::Error));
    EXPECT_TRUE(cell(0, 0).data(Qt::ToolTipRole).toString().contains(u"12a"_s));
    EXPECT_FALSE(model->setData(cell(0, 0), u"1.5"_s));
    EXPECT_FALSE(model->setData(cell(0, 0), u"-5"_s));
    EXPECT_TRUE(model->lastMessage().contains(u"âm"_s)) << model->lastMessage().toStdString();
    EXPECT_FALSE(model->setCount(0, 0, -5));
    EXPECT_EQ(model->value(0, 0), std::nullopt);
    EXPECT_FALSE(model->isDirty());

    // Xã Ba Bể has 8.912 adults: 8.000 saved on 09/08, then 913 more is one too many.
    seedDays(0, {8000}, QDate(2025, 8, 9));
    int warnings = 0;
    model->setWarningHandler([&](const QString&) { return ++warnings, true; });
    ASSERT_TRUE(model->setData(cell(0, 0), u"900"_s));
    EXPECT_FALSE(model->setData(cell(0, 1), u"13"_s));
    EXPECT_TRUE(model->lastMessage().contains(u"8.913"_s)) << model->lastMessage().toStdString();
    EXPECT_TRUE(model->cellError(0, 1).contains(u"dân số"_s));
    EXPECT_EQ(model->value(0, 1), std::nullopt);
    EXPECT_TRUE(model->setData(cell(0, 1), u"12"_s)); // exactly the adults
    // A good value clears the cell's error.
    EXPECT_TRUE(model->cellError(0, 1).isEmpty());
}

TEST_F(EntryFixture, UnusualCountsNeedConfirmation)
{
    // Ba Bể reported 100, 120 and 140 on 01–03/08: its usual day is the
    // median, 120 (more than the planned 51), so a day above 600 is unusual.
    seedDays(0, {100, 120, 140}, QDate(2025, 8, 1));
    seedDays(1, {336, 336, 336}, QDate(2025, 8, 1));
    QStringList asked;
    bool answer = false;
    model->setWarningHandler([&](const QString& text) {
        asked << text;
        return answer;
    });
    EXPECT_TRUE(model->setData(cell(0, 0), u"600"_s));
    EXPECT_TRUE(asked.isEmpty());
    EXPECT_FALSE(model->setData(cell(0, 1), u"1"_s)); // day total 601: declined
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].contains(u"601"_s)) << asked[0].toStdString();
    EXPECT_EQ(model->value(0, 1), std::nullopt);
    answer = true;
    EXPECT_TRUE(model->setData(cell(0, 1), u"1"_s));
    EXPECT_EQ(model->value(0, 1), 1);
    EXPECT_TRUE(cell(0, 1).data(Qt::ToolTipRole).toString().contains(u"trung vị"_s));

    // Chợ Rã (quota 2.015) reported 336 on three days: 1.007 remain.
    // Keying them is fine (its usual day is 336), one more is more than the
    // quota left.
    asked.clear();
    const qint64 quota = data().units[1].quota - 3 * 336;
    EXPECT_TRUE(model->setCount(1, 0, quota));
    EXPECT_TRUE(asked.isEmpty());
    EXPECT_TRUE(model->setCount(1, 1, 1));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].contains(u"chỉ tiêu còn lại"_s)) << asked[0].toStdString();
}

TEST_F(EntryFixture, LockedWeeksRefuseEditsAndUnlockNeedsAReason)
{
    // 10/08/2025 is in week 2 (04/08–10/08).
    ASSERT_TRUE(model->setData(cell(0, 0), u"5"_s));
    EXPECT_EQ(model->week(), 2);
    EXPECT_FALSE(model->lockWeek(u"Đã gửi báo cáo"_s)); // unsaved edits first
    ASSERT_TRUE(model->save());
    QSignalSpy lock(model.get(), &EntryModel::lockChanged);
    ASSERT_TRUE(model->lockWeek(u"Đã gửi báo cáo tuần 2"_s));
    EXPECT_EQ(lock.count(), 1);
    EXPECT_TRUE(model->isLocked());
    EXPECT_FALSE(model->flags(cell(0, 0)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model->readOnlyReason().contains(u"Tuần 2"_s));
    EXPECT_FALSE(model->setData(cell(0, 0), u"6"_s));
    EXPECT_TRUE(model->lastMessage().contains(u"khóa"_s));
    EXPECT_FALSE(model->paste(cell(0, 0), u"7"_s));
    EXPECT_FALSE(model->clearCells({cell(0, 0)}));
    EXPECT_EQ(model->value(0, 0), 5);
    EXPECT_TRUE(cell(0, 0).data(Qt::ToolTipRole).toString().contains(u"khóa"_s));

    // Another week is open; coming back, the lock is still there (from the file).
    ASSERT_TRUE(model->setDate(QDate(2025, 8, 11)));
    EXPECT_FALSE(model->isLocked());
    ASSERT_TRUE(model->setDate(QDate(2025, 8, 4)));
    EXPECT_TRUE(model->isLocked());

    QString error;
    EXPECT_FALSE(model->unlockWeek(u"  "_s, &error));
    EXPECT_TRUE(error.contains(u"lý do"_s)) << error.toStdString();
    EXPECT_TRUE(model->isLocked());
    ASSERT_TRUE(model->unlockWeek(u"Sửa số liệu Viettel gửi lại"_s, &error));
    EXPECT_FALSE(model->isLocked());
    EXPECT_EQ(session->database()
                  .scalar(u"SELECT reason FROM week_lock_event WHERE action = 'unlock'"_s)
                  .toString(),
              u"Sửa số liệu Viettel gửi lại"_s);
    EXPECT_TRUE(model->setData(cell(0, 0), u"6"_s));
}

// Locking and unlocking a week are the session's writes too: a session whose
// only writes were a lock and an unlock still backs up when it closes.
TEST_F(EntryFixture, ASessionWhoseOnlyWritesWereLocksBacksUpOnClose)
{
    const QString folder = dir.file(u"backups"_s);
    EXPECT_FALSE(session->changedSinceOpen());
    ASSERT_TRUE(model->lockWeek(u"Đã gửi báo cáo tuần 2"_s));
    EXPECT_TRUE(session->changedSinceOpen());
    const QString first = session->backupIfChanged(folder);
    ASSERT_FALSE(first.isEmpty());
    auto copy = Database::openExisting(first, Database::Access::ReadOnly);
    EXPECT_EQ(copy->scalar(u"SELECT count(*) FROM week_lock"_s).toInt(), 1);
    copy.reset();

    EXPECT_FALSE(session->changedSinceOpen()); // backed up once
    ASSERT_TRUE(model->unlockWeek(u"Sửa số liệu gửi muộn"_s));
    EXPECT_TRUE(session->changedSinceOpen());
    EXPECT_FALSE(session->backupIfChanged(folder).isEmpty());
}

TEST_F(EntryFixture, SaveIntoAWeekLockedElsewhereIsRefusedAndKeepsTheEdits)
{
    ASSERT_TRUE(model->setData(cell(0, 0), u"5"_s));
    // Another window locks the week meanwhile, on its own connection.
    {
        auto other = Database::openExisting(session->database().location());
        TallyStore(*other, data().campaign.id).lockWeek(2, u"other"_s, u"Báo cáo"_s);
    }
    QString error;
    EXPECT_FALSE(model->save(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(model->isDirty());
    EXPECT_TRUE(model->isLocked()); // the grid now shows the lock
    EXPECT_FALSE(
        session->tallies().value({data().units[0].id, QDate(2025, 8, 10), data().providers[0].id}));
}

TEST_F(EntryFixture, TheFilterIgnoresCaseAndDiacritics)
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model.get());
    proxy.setFilterRole(EntryModel::SearchKeyRole);
    proxy.setFilterFixedString(searchKey(u"cho ra"_s));
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), u"Xã Chợ Rã"_s);
    proxy.setFilterFixedString(searchKey(u"THUONG QUAN"_s));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setFilterFixedString(searchKey(u""_s));
    EXPECT_EQ(proxy.rowCount(), 37);
}

TEST_F(EntryFixture, FindsAUnitAsPeopleTypeIt)
{
    EXPECT_EQ(model->findUnit(u"Xã Chợ Đồn"_s), 13);
    EXPECT_EQ(model->findUnit(u"Chợ Đồn"_s), 13);
    EXPECT_EQ(model->findUnit(u"cho don"_s), 13);
    EXPECT_EQ(model->findUnit(u"Thượng Quan"_s), 27); // an alias: the plan's spelling
    EXPECT_EQ(model->findUnit(u"Hà Nội"_s), -1);
    EXPECT_EQ(model->findUnit(u""_s), -1);
}

TEST_F(EntryFixture, TalliesWrittenElsewhereReloadAndKeepUnsavedEdits)
{
    ASSERT_TRUE(model->setData(cell(4, 0), u"9"_s));
    // An import writes another cell of the same day.
    session->applyChanges({{{data().units[5].id, QDate(2025, 8, 10), data().providers[1].id}, 3}},
                          u"viettel.csv"_s);
    EXPECT_EQ(model->value(5, 1), 3);
    EXPECT_EQ(model->value(4, 0), 9);
    EXPECT_TRUE(model->isEdited(4, 0));
    EXPECT_EQ(model->history(5)[0].source, u"viettel.csv"_s);
    EXPECT_EQ(model->reportedCount(), 2);
    EXPECT_EQ(model->unreportedRows().size(), 35);
}

TEST(EntryModelDemo, EveryDayAgreesWithTheEngine)
{
    test::TempDir dir;
    FixedClock clock(QDate(2025, 7, 28));
    CampaignSession session(Seeder::createSeeded(dir.file(u"demo.sqlite"_s), true), clock);
    EntryModel model(&session);
    const CampaignData& d = session.data();
    const ProgressEngine engine = session.engine();
    for (QDate date = d.campaign.start; date <= d.campaign.end; date = date.addDays(1)) {
        ASSERT_TRUE(model.setDate(date));
        const ProgressSnapshot s = engine.snapshot(date);
        EXPECT_EQ(model.reportedCount(), s.unitsReportedOnAsOf) << date.toString().toStdString();
        const int day = int(d.campaign.start.daysTo(date));
        for (int u = 0; u < model.rowCount(); ++u) {
            EXPECT_EQ(model.cumulative(u), s.units[u].cumulative);
            for (int p = 0; p < model.providerCount(); ++p) {
                const std::optional<qint32> v = d.tallies.value(u, day, p);
                EXPECT_EQ(model.value(u, p), v ? std::optional<qint64>(*v) : std::nullopt);
            }
        }
    }
}

namespace {
// Another window or process writing the same file.
void writeFromElsewhere(const QString& path, int row, int provider, QDate date, qint64 value)
{
    auto other = Database::openExisting(path);
    const CampaignData d = CampaignStore(*other).loadDefault();
    TallyStore(*other, d.campaign.id)
        .apply({{{d.units[row].id, date, d.providers[provider].id}, value}}, u"minh"_s);
}
} // namespace

TEST_F(EntryFixture, ACellSavedElsewhereSinceLoadingIsAConflictAndKeepMineWrites)
{
    ASSERT_TRUE(model->setData(cell(4, 1), u"12"_s));
    ASSERT_TRUE(model->setData(cell(5, 1), u"7"_s));
    writeFromElsewhere(path, 4, 1, QDate(2025, 8, 10), 15);
    QString error;
    EXPECT_FALSE(model->save(&error));
    EXPECT_FALSE(error.isEmpty());
    ASSERT_EQ(model->conflicts().size(), 1);
    EXPECT_EQ(model->conflicts()[0].row, 4);
    EXPECT_EQ(model->conflicts()[0].mine, 12);
    EXPECT_EQ(model->conflicts()[0].theirs, 15);
    // Nothing was written, and my edits are still there.
    auto reader = Database::openExisting(path); // what the file holds
    TallyStore store(*reader, data().campaign.id);
    EXPECT_EQ(store.value({data().units[4].id, QDate(2025, 8, 10), data().providers[1].id}), 15);
    EXPECT_EQ(store.value({data().units[5].id, QDate(2025, 8, 10), data().providers[1].id}),
              std::nullopt);
    EXPECT_TRUE(model->isDirty());
    EXPECT_EQ(model->editedCount(), 2);

    EXPECT_TRUE(model->resolveConflicts(true));
    EXPECT_FALSE(model->isDirty());
    EXPECT_EQ(store.value({data().units[4].id, QDate(2025, 8, 10), data().providers[1].id}), 12);
    EXPECT_EQ(store.value({data().units[5].id, QDate(2025, 8, 10), data().providers[1].id}), 7);
}

TEST_F(EntryFixture, TakingTheirsKeepsTheFilesValueAndSavesMyOtherEdits)
{
    ASSERT_TRUE(model->setData(cell(4, 1), u"12"_s));
    ASSERT_TRUE(model->setData(cell(5, 1), u"7"_s));
    writeFromElsewhere(path, 4, 1, QDate(2025, 8, 10), 15);
    EXPECT_FALSE(model->save());
    EXPECT_TRUE(model->resolveConflicts(false));
    EXPECT_FALSE(model->isDirty());
    auto reader = Database::openExisting(path); // what the file holds
    TallyStore store(*reader, data().campaign.id);
    EXPECT_EQ(store.value({data().units[4].id, QDate(2025, 8, 10), data().providers[1].id}), 15);
    EXPECT_EQ(store.value({data().units[5].id, QDate(2025, 8, 10), data().providers[1].id}), 7);
    EXPECT_EQ(cell(4, 1).data().toString(), u"15"_s);
}

TEST_F(EntryFixture, ACountForADayAfterTodayIsRefusedByTheGrid)
{
    // Today is 10/08/2025: 11/08 can be looked at, not filled in.
    ASSERT_TRUE(model->setDate(QDate(2025, 8, 11)));
    EXPECT_TRUE(model->isFuture());
    EXPECT_FALSE(model->isEditable());
    EXPECT_FALSE(model->flags(cell(0, 0)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->setData(cell(0, 0), u"5"_s));
    EXPECT_TRUE(model->lastMessage().contains(u"11/08/2025"_s))
        << model->lastMessage().toStdString();
    EXPECT_TRUE(model->lastMessage().contains(u"chưa đến"_s));
    EXPECT_FALSE(model->paste(cell(0, 0), u"7\t8"_s));
    EXPECT_FALSE(model->isDirty());
    EXPECT_EQ(model->value(0, 0), std::nullopt);
    // Today itself is open.
    ASSERT_TRUE(model->setDate(QDate(2025, 8, 10)));
    EXPECT_TRUE(model->isEditable());
    EXPECT_TRUE(model->setData(cell(0, 0), u"5"_s));
}
