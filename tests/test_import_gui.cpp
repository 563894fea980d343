// The "Nhập từ tệp" screen: preview in a worker, Import disabled while errors
// remain or changes need replace, the import written by a worker with its own
// connection, the screens refreshed afterwards.
#include "gui/MainWindow.h"
#include "gui/import/ImportPage.h"
#include "models/CampaignSession.h"
#include "storage/CampaignStore.h"
#include "storage/Seeder.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

bool waitFor(QSignalSpy& spy, int count = 1)
{
    for (int i = 0; i < 300 && spy.count() < count; ++i)
        spy.wait(100);
    return spy.count() >= count;
}

} // namespace

TEST(ImportPage, PreviewThenImportAllOrNothing)
{
    test::TempDir dir;
    const FixedClock clock(QDate(2025, 8, 10));
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false), clock);
    MainWindow window(&session);
    ASSERT_TRUE(window.showPage(u"import"_s));
    auto* page = qobject_cast<ImportPage*>(window.page(u"import"_s));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->title(), u"Nhập từ tệp"_s);
    EXPECT_FALSE(page->importButton()->isEnabled());

    // A file with an error: previewed, the button stays disabled.
    const QString bad = dir.file(u"bad.csv"_s);
    writeFile(bad, u"Xã,Ngày,Nhà mạng,Số lượng\nXã Ba Bể,28/07/2025,Viettel,3\n"
                   "Xã Chợ Ra,28/07/2025,Viettel,4\n"_s);
    QSignalSpy previewed(page, &ImportPage::previewReady);
    page->addFiles({bad});
    ASSERT_TRUE(waitFor(previewed));
    EXPECT_EQ(page->plan().errorCount(), 1);
    EXPECT_FALSE(page->importButton()->isEnabled());
    EXPECT_TRUE(page->statusText().contains(u"Lỗi: 1"_s)) << page->statusText().toStdString();

    window.resize(1200, 700);
    window.grab().save(dir.file(u"import-page.png"_s));
    if (qEnvironmentVariableIsSet("SIGNTALLY_KEEP_SCREENSHOT"))
        window.grab().save(qEnvironmentVariable("SIGNTALLY_KEEP_SCREENSHOT"));

    // A good file: import, then the session sees the counts.
    const QString good = dir.file(u"good.csv"_s);
    writeFile(good, u"Xã,Ngày,Nhà mạng,Số lượng\nXã Ba Bể,28/07/2025,Viettel,1.605\n"_s);
    ImportPage fresh(&session);
    QSignalSpy freshPreviewed(&fresh, &ImportPage::previewReady);
    fresh.addFiles({good});
    ASSERT_TRUE(waitFor(freshPreviewed));
    ASSERT_FALSE(fresh.plan().hasErrors());
    EXPECT_TRUE(fresh.importButton()->isEnabled());
    QSignalSpy finished(&fresh, &ImportPage::importFinished);
    QSignalSpy changed(&session, &CampaignSession::changed);
    fresh.importButton()->click();
    ASSERT_TRUE(waitFor(finished));
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(session.engine().snapshot(QDate(2025, 8, 28)).total.cumulative, 1605);
    // The page previews again: everything is now stored.
    ASSERT_TRUE(waitFor(freshPreviewed, 2));
    EXPECT_EQ(fresh.plan().identical.size(), 1);
    EXPECT_TRUE(fresh.statusText().contains(u"Đã nhập"_s)) << fresh.statusText().toStdString();

    // The same file with another value: needs replace.
    writeFile(good, u"Xã,Ngày,Nhà mạng,Số lượng\nXã Ba Bể,28/07/2025,Viettel,1.700\n"_s);
    ImportPage again(&session);
    QSignalSpy againPreviewed(&again, &ImportPage::previewReady);
    again.addFiles({good});
    ASSERT_TRUE(waitFor(againPreviewed));
    EXPECT_EQ(again.plan().changed.size(), 1);
    EXPECT_FALSE(again.importButton()->isEnabled());
    again.setReplace(true);
    EXPECT_TRUE(again.importButton()->isEnabled());
}

// An import's worker loads the new tallies on its own connection; the session
// takes them only if nothing was saved in between.
TEST(CampaignSession, TalliesLoadedByAWorkerNeverReplaceNewerOnes)
{
    test::TempDir dir;
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false));
    const CampaignData& d = session.data();
    const TallyKey key{d.units[2].id, QDate(2025, 8, 1), d.providers[0].id};
    QSignalSpy changed(&session, &CampaignSession::changed);

    // Loaded before a save came in: the session reloads instead.
    const quint64 before = session.talliesGeneration();
    TallyMatrix stale = CampaignStore(session.database()).loadDefault().tallies;
    session.applyChanges({{key, 7}});
    session.adoptTallies(std::move(stale), before);
    EXPECT_EQ(session.data().tallies.value(2, 4, 0), 7);

    // Loaded with nothing in between: taken as it is.
    const quint64 now = session.talliesGeneration();
    auto other = Database::openExisting(dir.file(u"s.sqlite"_s));
    TallyStore(*other, d.campaign.id)
        .apply({{{d.units[3].id, QDate(2025, 8, 2), d.providers[1].id}, 11}}, u"worker"_s);
    TallyMatrix fresh = CampaignStore(*other).loadDefault().tallies;
    const int before3 = changed.count();
    session.adoptTallies(std::move(fresh), now);
    EXPECT_EQ(changed.count(), before3 + 1);
    EXPECT_EQ(session.data().tallies.value(3, 5, 1), 11);
    EXPECT_EQ(session.data().tallies.value(2, 4, 0), 7);
    EXPECT_NE(session.talliesGeneration(), now);
}

// Closing the window backs up a session that wrote: an import written on the
// page's worker counts as the session's write, even when it is the only one.
TEST(ImportPage, ASessionWhoseOnlyWriteWasAnImportBacksUpOnClose)
{
    test::TempDir dir;
    const FixedClock clock(QDate(2025, 8, 10));
    CampaignSession session(Seeder::createSeeded(dir.file(u"s.sqlite"_s), false), clock);
    const QString folder = dir.file(u"backups"_s);
    const QString csv = dir.file(u"one.csv"_s);
    writeFile(csv, u"Xã,Ngày,Nhà mạng,Số lượng\nXã Ba Bể,29/07/2025,VNPT,41\n"_s);
    ImportPage page(&session);
    QSignalSpy previewed(&page, &ImportPage::previewReady);
    page.addFiles({csv});
    ASSERT_TRUE(waitFor(previewed));
    ASSERT_FALSE(page.plan().hasErrors());
    EXPECT_FALSE(session.changedSinceOpen());
    QSignalSpy finished(&page, &ImportPage::importFinished);
    page.importButton()->click();
    ASSERT_TRUE(waitFor(finished));
    ASSERT_TRUE(finished.first().first().toBool());

    EXPECT_TRUE(session.changedSinceOpen());
    const QString file = session.backupIfChanged(folder);
    ASSERT_FALSE(file.isEmpty());
    auto copy = Database::openExisting(file, Database::Access::ReadOnly);
    EXPECT_EQ(copy->scalar(u"SELECT count FROM tally"_s).toInt(), 41);
}
