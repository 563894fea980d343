// A window's session follows what another connection writes (issue 16,
// "Live"), on a SQLite file and on a PostgreSQL server (TEST_P): tallies of
// the whole population and of a target group, a cleared cell, a week lock
// and a set-up change. After each re-read the session holds exactly what a
// fresh read of the database gives, and its notice names what changed. On a
// server the session reads only the audit rows after the last change set it
// has (CampaignStore::changesSince); on a file it reads the campaign again.
// A machine without PostgreSQL fails the server half; it never skips it.
#include "core/CampaignFile.h"
#include "models/CampaignSession.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/OpenStorage.h"
#include "storage/SetupStore.h"
#include "storage/TallyStore.h"
#include "storage/pg/PgSchema.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

class SessionFollows : public ::testing::TestWithParam<Storage::Backend>
{
protected:
    void SetUp() override
    {
        if (GetParam() == Storage::Backend::Sqlite) {
            location = dir.file(u"t.sqlite"_s);
            Database::createNew(location);
        } else {
            const test::PgConnection conn = test::PgCluster::shared().createDatabase();
            test::PgSession owner(conn);
            PgSchema::init(owner.db());
            location = conn.url();
        }
        other = openStorage(location);
        CampaignSetup s = test::readTemplate(u"my-hao-2023"_s).setup;
        test::fillMyHaoExample(s);
        other->writeTransaction(
            [&] { campaign = SetupStore::createInTransaction(*other, s, other->actor(), {}); });
    }

    // What a fresh read of the database holds for the whole population
    // (group 0) or a group.
    TallyMatrix stored(const CampaignData& shape, qint64 group = 0) const
    {
        return CampaignStore(*other).groupTallies(shape, group);
    }

    test::TempDir dir;
    QString location;
    std::unique_ptr<Storage> other; // another client of the same database
    qint64 campaign = 0;
};

TEST_P(SessionFollows, AnotherClientsTalliesLocksAndSetUpAreReadAsTheDatabaseHasThem)
{
    const CampaignData shape = CampaignStore(*other).load(campaign);
    const FixedClock clock(shape.campaign.end);
    CampaignSession session(openStorage(location), campaign, clock);
    session.setOutsideChangeInterval(0);
    ASSERT_EQ(session.onServer(), GetParam() != Storage::Backend::Sqlite);
    ASSERT_GE(shape.groups.size(), 2);
    const QDate start = shape.campaign.start;
    auto key = [&](int unit, int day, int provider) {
        return TallyKey{shape.units[unit].id, start.addDays(day), shape.providers[provider].id};
    };

    // Another client saves three whole-population cells and one of a group.
    TallyStore population(*other, campaign, clock);
    TallyStore group(*other, campaign, shape.groups[1].id, clock);
    population.apply({{key(0, 2, 0), 15}, {key(4, 9, 1), 7}, {key(12, 30, 0), 1234}}, u"b"_s);
    group.apply({{key(4, 9, 1), 3}}, u"b"_s);
    ChangeNotice n = session.reloadFromFile();
    EXPECT_EQ(session.data().tallies, stored(shape));
    EXPECT_EQ(session.data().tallies.value(12, 30, 0), 1234);
    ASSERT_TRUE(n.touches(ChangeNotice::Tallies));
    EXPECT_EQ(n.units, (QSet<int>{0, 4, 12}));
    EXPECT_EQ(n.from, start.addDays(2));
    EXPECT_EQ(n.to, start.addDays(30));
    EXPECT_EQ(n.origin, ChangeNotice::Origin::OtherConnection);

    // Nothing new: nothing to tell.
    EXPECT_TRUE(session.reloadFromFile().isEmpty());

    // While the window shows the group: the other client changes the group's
    // cell, clears a population cell and changes another twice.
    session.viewGroup(1);
    ASSERT_EQ(session.data().tallies, stored(shape, shape.groups[1].id));
    group.apply({{key(4, 9, 1), 5}, {key(5, 1, 2), 2}}, u"b"_s);
    population.apply({{key(0, 2, 0), std::nullopt}}, u"b"_s);
    population.apply({{key(12, 30, 0), 1000}}, u"b"_s);
    population.apply({{key(12, 30, 0), 1001}}, u"b"_s);
    n = session.reloadFromFile();
    EXPECT_EQ(session.data().tallies, stored(shape, shape.groups[1].id));
    EXPECT_EQ(session.data().tallies.value(4, 9, 1), 5);
    EXPECT_EQ(session.wholeData().tallies, stored(shape));
    EXPECT_FALSE(session.wholeData().tallies.value(0, 2, 0).has_value());
    EXPECT_EQ(session.wholeData().tallies.value(12, 30, 0), 1001);
    EXPECT_TRUE(n.touchesUnit(4));
    EXPECT_TRUE(n.touchesUnit(5));

    // A week locked elsewhere.
    population.lockWeek(1, u"b"_s, u"báo cáo tuần 1"_s);
    n = session.reloadFromFile();
    EXPECT_TRUE(n.touches(ChangeNotice::WeekLocks));
    EXPECT_EQ(session.tallies().lockedWeeks(), QVector<int>{1});

    // A set-up change elsewhere (the thresholds, audited as set-up): the
    // campaign is read whole.
    StatusThresholds t = session.thresholds();
    t.onTrackPercent = 90;
    CampaignStore::saveThresholds(*other, campaign, t, u"b"_s);
    group.apply({{key(6, 20, 0), 44}}, u"b"_s);
    n = session.reloadFromFile();
    EXPECT_TRUE(n.touches(ChangeNotice::Thresholds));
    EXPECT_EQ(session.thresholds().onTrackPercent, 90);
    EXPECT_EQ(session.viewedGroup(), 1);
    EXPECT_EQ(session.data().tallies, stored(shape, shape.groups[1].id));
    EXPECT_EQ(session.data().tallies.value(6, 20, 0), 44);

    // And tallies again after it.
    population.apply({{key(7, 40, 1), 9}}, u"b"_s);
    session.viewGroup(-1);
    group.apply({{key(7, 40, 1), 4}}, u"b"_s);
    n = session.reloadFromFile();
    EXPECT_EQ(session.data().tallies, stored(shape));
    EXPECT_EQ(session.data().tallies.value(7, 40, 1), 9);
}

// This session's own saves and another client's, interleaved on the same
// cell: the last one stored is what the session holds.
TEST_P(SessionFollows, OwnAndOtherSavesOfOneCellEndWithTheLastStored)
{
    const CampaignData shape = CampaignStore(*other).load(campaign);
    const FixedClock clock(shape.campaign.end);
    CampaignSession session(openStorage(location), campaign, clock);
    session.setOutsideChangeInterval(0);
    const TallyKey cell{shape.units[3].id, shape.campaign.start.addDays(5), shape.providers[0].id};
    TallyStore population(*other, campaign, clock);
    ASSERT_TRUE(session.applyChanges({{cell, 10}}).ok());
    population.apply({{cell, 11}}, u"b"_s);
    ASSERT_TRUE(session.applyChanges({{cell, 12}}).ok());
    population.apply({{cell, 13}}, u"b"_s);
    session.reloadFromFile();
    EXPECT_EQ(session.data().tallies.value(3, 5, 0), 13);
    EXPECT_EQ(session.data().tallies, stored(shape));
}

INSTANTIATE_TEST_SUITE_P(OnBothBackEnds, SessionFollows,
                         ::testing::Values(Storage::Backend::Sqlite, Storage::Backend::Postgres),
                         [](const auto& info) {
                             return info.param == Storage::Backend::Sqlite ? "File" : "Server";
                         });

} // namespace
