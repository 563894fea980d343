// The window on a PostgreSQL server (issue 16): the same window and session
// as on a file, its data on a throw-away server (tests/support/PgCluster.h).
// A save is stored and audited as the server's login role, another client's
// screens follow it, and a viewer's window is read-only with the server
// itself refusing a write. A machine without PostgreSQL fails these; they
// never skip.
#include "core/CampaignFile.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/import/ImportPage.h"
#include "gui/shell/AppController.h"
#include "gui/shell/ConnectDialog.h"
#include "models/CampaignSession.h"
#include "models/ChangeCommands.h"
#include "models/EntryModel.h"
#include "storage/Backup.h"
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/OpenStorage.h"
#include "storage/SetupStore.h"
#include "storage/StorageError.h"
#include "storage/pg/PgSchema.h"
#include "storage/pg/PgStorage.h"
#include "support/GuiSupport.h"
#include "support/PgCluster.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <functional>
#include <gtest/gtest.h>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

class ServerWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        conn = test::PgCluster::shared().createDatabase();
        {
            test::PgSession owner(conn);
            PgSchema::init(owner.db());
        }
        auto storage = openStorage(conn.url());
        const CampaignSetup setup = test::readTemplate(u"thai-nguyen-2025"_s).setup;
        storage->writeTransaction([&] {
            campaign = SetupStore::createInTransaction(*storage, setup, storage->actor(), {});
        });
        settings = std::make_unique<AppSettings>(dir.file(u"settings.ini"_s));
        controller = std::make_unique<AppController>(settings.get(), clock);
        controller->setQuiet(true);
    }
    void TearDown() override
    {
        controller.reset();
        settings.reset();
    }
    // The address of the same database with another login.
    QString urlAs(const QString& login) const
    {
        test::PgConnection other = conn;
        other.user = login;
        return other.url();
    }
    // A login of `role` (and its unit or provider), made as `signtally
    // server add-user` makes it; its name starts with the database's.
    QString addLogin(const QString& name, PgSchema::Role role, const QString& unit = {},
                     const QString& provider = {}) const
    {
        const QString login = conn.database + name;
        test::PgSession owner(conn);
        PgSchema::addUser(owner.db(), {login, role, unit, provider, {}});
        return login;
    }
    // What the server holds, read as the tables' owner, whom no row policy
    // hides a row from.
    QStringList stored(const QString& sql) const
    {
        test::PgSession owner(conn);
        return owner.column(sql);
    }
    // The tallies, their audit, the change sets, the week locks and their
    // events, counted: what a refused write must leave as it was.
    QStringList written() const
    {
        return stored(u"SELECT (SELECT count(*) FROM tally) || ' ' || "
                      "(SELECT coalesce(sum(count), 0) FROM tally) || ' ' || "
                      "(SELECT count(*) FROM tally_audit) || ' ' || "
                      "(SELECT count(*) FROM audit_batch) || ' ' || "
                      "(SELECT count(*) FROM week_lock) || ' ' || "
                      "(SELECT count(*) FROM week_lock_event)"_s);
    }
    // Expects `write` to be refused by the server for want of a right on
    // `table` (`why`: the server's words, a row policy's or a missing
    // GRANT's), with nothing of it written.
    void expectRefused(const std::function<void()>& write, const QString& login,
                       const QString& table, const QString& why) const
    {
        const QStringList before = written();
        try {
            write();
            ADD_FAILURE() << "the server stored a write of " << qPrintable(login) << " into "
                          << qPrintable(table);
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly) << qPrintable(e.message());
            EXPECT_TRUE(e.message().contains(u"thiếu quyền"_s)) << qPrintable(e.message());
            EXPECT_TRUE(e.message().contains(login)) << qPrintable(e.message());
            EXPECT_TRUE(e.message().contains(QRegularExpression(u"\\b%1\\b"_s.arg(table))))
                << qPrintable(e.message());
            EXPECT_TRUE(e.message().contains(why)) << qPrintable(e.message());
        }
        EXPECT_EQ(written(), before) << "tallies, tally audit rows, change sets, locks, events";
    }
    static qsizetype unitNamed(const CampaignData& d, const QString& name)
    {
        for (qsizetype i = 0; i < d.units.size(); ++i)
            if (d.units[i].name == name)
                return i;
        ADD_FAILURE() << "no unit " << qPrintable(name);
        return 0;
    }
    static qsizetype providerCoded(const CampaignData& d, const QString& code)
    {
        for (qsizetype i = 0; i < d.providers.size(); ++i)
            if (d.providers[i].code == code)
                return i;
        ADD_FAILURE() << "no provider " << qPrintable(code);
        return 0;
    }
    QString statusLine() const
    {
        return controller->window()->findChild<QLabel*>(u"databaseStatus"_s)->toolTip();
    }

    test::TempDir dir;
    test::PgConnection conn;
    qint64 campaign = 0;
    const FixedClock clock{QDate(2025, 8, 11)};
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<AppController> controller;
};

TEST_F(ServerWindow, ASaveIsStoredAsTheLoginAndAnotherClientFollowsIt)
{
    controller->start(openStorage(conn.url()));
    MainWindow* window = controller->window();
    window->show();
    CampaignSession* session = controller->session();
    ASSERT_TRUE(session->onServer());
    EXPECT_EQ(session->data().units.size(), 37);
    // Who is connected, and where: in the title and the status bar.
    EXPECT_TRUE(window->windowTitle().contains(conn.url())) << qPrintable(window->windowTitle());
    EXPECT_TRUE(statusLine().contains(u"đăng nhập: "_s + conn.user)) << qPrintable(statusLine());
    // A name typed in the settings does not change who the audit says wrote.
    session->setActor(u"Nguyễn Văn A"_s);
    EXPECT_EQ(session->actor(), conn.user);
    // A server cannot be replaced by a backup file from the window.
    EXPECT_FALSE(window->action(u"fileRestore"_s)->isEnabled());
    // Its login reads every unit: no notice that the figures are one unit's.
    EXPECT_FALSE(window->findChild<QLabel*>(u"scopeNotice"_s)->isVisible());

    // A second client, as another office would have it open. Its poll is
    // off: the server's announcement of the commit (NOTIFY) is what tells it.
    CampaignSession other(openStorage(conn.url()), campaign, clock);
    other.setOutsideChangeInterval(0);
    QSignalSpy followed(&other, &CampaignSession::changed);

    const CampaignData& d = session->data();
    SaveTallies save({{{d.units[0].id, d.campaign.start.addDays(3), d.providers[1].id}, 27}},
                     u"grid"_s);
    session->execute(save);
    ASSERT_TRUE(save.result().ok());
    {
        test::PgSession sql(conn);
        EXPECT_EQ(sql.column(u"SELECT count FROM tally WHERE unit_id = %1 AND provider_id = %2"_s
                                 .arg(d.units[0].id)
                                 .arg(d.providers[1].id)),
                  QStringList{u"27"_s});
        EXPECT_EQ(sql.column(u"SELECT actor FROM audit_batch ORDER BY id DESC LIMIT 1"_s),
                  QStringList{conn.user});
    }
    // The other client's screens are told within its poll (a second).
    ASSERT_TRUE(followed.wait(3000));
    EXPECT_EQ(other.data().tallies.value(0, 3, 1), 27);
    // Nothing is backed up to a file on closing a server session.
    EXPECT_TRUE(session->backupIfChanged(dir.file(u"backups"_s), 3).isEmpty());
    EXPECT_FALSE(QDir(dir.file(u"backups"_s)).exists());
    // Tệp → Sao lưu… on a server: the server's data in a new SignTally file.
    const QString copy = dir.file(u"may-chu.sqlite"_s);
    Backup::write(session->database(), copy);
    {
        auto file = Database::openExisting(copy, Database::Access::ReadOnly);
        const CampaignData saved = CampaignStore(*file).load(campaign);
        EXPECT_EQ(saved.tallies.value(0, 3, 1), 27);
        EXPECT_TRUE(Integrity::check(*file).ok());
    }
    // The recent list offers the server again (without a password).
    EXPECT_EQ(settings->lastServer(), conn.url());
}

// Two offices type into the same cell of the same day: the first save is
// stored, the second is a conflict showing both values, nothing of either is
// lost, and the second clerk's choice ("keep mine") is then stored.
TEST_F(ServerWindow, TwoClientsEditingOneCellOneWinsTheOtherGetsTheConflict)
{
    CampaignSession lan(openStorage(conn.url()), campaign, clock);
    CampaignSession minh(openStorage(conn.url()), campaign, clock);
    EntryModel first(&lan);
    EntryModel second(&minh);
    const QDate day(2025, 8, 10);
    ASSERT_TRUE(first.setDate(day));
    ASSERT_TRUE(second.setDate(day));
    auto cell = [](EntryModel& m, int row, int provider) {
        return m.index(row, m.providerColumn(provider));
    };
    ASSERT_TRUE(first.setData(cell(first, 4, 1), u"12"_s));
    ASSERT_TRUE(second.setData(cell(second, 4, 1), u"15"_s));
    ASSERT_TRUE(second.setData(cell(second, 5, 1), u"7"_s));

    QString error;
    ASSERT_TRUE(first.save(&error)) << qPrintable(error);
    EXPECT_FALSE(second.save(&error));
    ASSERT_EQ(second.conflicts().size(), 1);
    EXPECT_EQ(second.conflicts()[0].mine, 15);
    EXPECT_EQ(second.conflicts()[0].theirs, 12);
    EXPECT_TRUE(second.isDirty()); // both of the second clerk's edits kept
    EXPECT_EQ(second.editedCount(), 2);
    auto stored = [&](int row) {
        test::PgSession sql(conn);
        const CampaignData& d = lan.data();
        return sql.column(u"SELECT count FROM tally WHERE unit_id = %1 AND provider_id = %2 AND "
                          "tally_date = '2025-08-10'"_s.arg(d.units[row].id)
                              .arg(d.providers[1].id));
    };
    EXPECT_EQ(stored(4), QStringList{u"12"_s});
    EXPECT_EQ(stored(5), QStringList{});

    EXPECT_TRUE(second.resolveConflicts(true));
    EXPECT_FALSE(second.isDirty());
    EXPECT_EQ(stored(4), QStringList{u"15"_s});
    EXPECT_EQ(stored(5), QStringList{u"7"_s});
    // Both saves are in the cell's history.
    EXPECT_EQ(lan.tallies().history(lan.data().units[4].id, day, lan.data().providers[1].id).size(),
              2);
}

// The import page on a server: previewed and written on a worker's own
// connection to the server, all or nothing, audited as the login.
TEST_F(ServerWindow, TheImportPageWritesASheetOntoTheServer)
{
    controller->start(openStorage(conn.url()));
    CampaignSession* session = controller->session();
    MainWindow* window = controller->window();
    ASSERT_TRUE(window->showPage(u"import"_s));
    auto* page = qobject_cast<ImportPage*>(window->page(u"import"_s));
    ASSERT_NE(page, nullptr);
    const QString sheet = dir.file(u"viettel.csv"_s);
    {
        QFile f(sheet);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Xã,Ngày,Nhà mạng,Số lượng\nXã Ba Bể,28/07/2025,Viettel,1.605\n"
                "Xã Chợ Rã,29/07/2025,Viettel,12\n");
    }
    QSignalSpy previewed(page, &ImportPage::previewReady);
    page->addFiles({sheet});
    ASSERT_TRUE(previewed.wait(30000));
    ASSERT_FALSE(page->plan().hasErrors());
    QSignalSpy finished(page, &ImportPage::importFinished);
    page->importButton()->click();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(30000));
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_EQ(session->engine().snapshot(QDate(2025, 8, 10)).total.cumulative, 1605 + 12);
    test::PgSession sql(conn);
    EXPECT_EQ(sql.column(u"SELECT sum(count) FROM tally"_s), QStringList{u"1617"_s});
    EXPECT_EQ(sql.column(u"SELECT DISTINCT actor FROM audit_batch WHERE source <> ''"_s),
              QStringList{conn.user});
}

TEST_F(ServerWindow, AViewersWindowIsReadOnlyAndTheServerRefusesItsWrites)
{
    const QString login = conn.database + u"so1"_s;
    const test::ProcessResult added = test::runSigntally(
        {u"server"_s, u"add-user"_s, login, u"--role"_s, u"viewer"_s, u"--db"_s, conn.url()});
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);

    controller->start(openStorage(urlAs(login)));
    MainWindow* window = controller->window();
    window->show();
    CampaignSession* session = controller->session();
    EXPECT_TRUE(session->readOnly());
    EXPECT_EQ(session->actor(), login);
    EXPECT_TRUE(statusLine().contains(u"(chỉ xem)"_s)) << qPrintable(statusLine());
    window->resize(1366, 768);
    test::shot(window, u"server-viewer.png"_s);
    EXPECT_FALSE(window->action(u"campaignSetup"_s)->isEnabled());
    EXPECT_FALSE(window->action(u"campaignNew"_s)->isEnabled());

    // Past the window: the server itself says no, naming the missing right.
    const CampaignData& d = session->data();
    SaveTallies save({{{d.units[0].id, d.campaign.start, d.providers[0].id}, 5}}, u"grid"_s);
    try {
        session->execute(save);
        FAIL() << "a viewer's save was stored";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(u"quyền"_s)) << qPrintable(e.message());
        EXPECT_TRUE(e.message().contains(login)) << qPrintable(e.message());
    }
    test::PgSession sql(conn);
    EXPECT_EQ(sql.column(u"SELECT count(*) FROM tally"_s), QStringList{u"0"_s});
}

// A commune's login (issue 16): through the app's one write path its own
// unit's cells are stored and audited as the login; a save that touches
// another unit's cell is refused by the server's row policy and leaves
// nothing of itself, not even its own unit's cells; a week cannot be locked.
TEST_F(ServerWindow, ACommuneStoresItsOwnUnitAndTheServerRefusesAnotherUnitsOrALock)
{
    const QString login = addLogin(u"babe"_s, PgSchema::Role::Commune, u"Xã Ba Bể"_s);
    // Another unit's tally, entered by the office beforehand.
    const QString office = addLogin(u"lan"_s, PgSchema::Role::Office);
    CampaignSession lan(openStorage(urlAs(office)), campaign, clock);
    const CampaignData& all = lan.data();
    const qsizetype choRa = unitNamed(all, u"Xã Chợ Rã"_s);
    ASSERT_TRUE(
        lan.applyChanges({{{all.units[choRa].id, all.campaign.start, all.providers[0].id}, 100}},
                         u"grid"_s)
            .ok());

    CampaignSession babe(openStorage(urlAs(login)), campaign, clock);
    EXPECT_FALSE(babe.readOnly());
    EXPECT_EQ(babe.actor(), login);
    const CampaignData& d = babe.data();
    const qint64 own = d.units[unitNamed(d, u"Xã Ba Bể"_s)].id;
    const qint64 other = d.units[choRa].id;
    const QDate day = d.campaign.start.addDays(1);
    const qint64 viettel = d.providers[providerCoded(d, u"viettel"_s)].id;
    const qint64 vnpt = d.providers[providerCoded(d, u"vnpt"_s)].id;

    // Its own unit, any provider: stored, and audited as the login.
    const ApplyResult saved =
        babe.applyChanges({{{own, day, viettel}, 12}, {{own, day, vnpt}, 3}}, u"grid"_s);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.added, 2);
    EXPECT_EQ(stored(u"SELECT count FROM tally WHERE unit_id = %1 ORDER BY count"_s.arg(own)),
              (QStringList{u"3"_s, u"12"_s}));
    EXPECT_EQ(stored(u"SELECT actor FROM audit_batch ORDER BY id DESC LIMIT 1"_s),
              QStringList{login});
    EXPECT_EQ(stored(u"SELECT count(*) FROM tally_audit WHERE unit_id = %1"_s.arg(own)),
              QStringList{u"2"_s});

    // Its own unit's cells and one of another unit in one save: the server
    // refuses it, and nothing of it is written.
    expectRefused(
        [&] {
            babe.applyChanges({{{own, day, viettel}, 13},
                               {{own, day.addDays(1), viettel}, 4},
                               {{other, day, viettel}, 9}},
                              u"grid"_s);
        },
        login, u"tally"_s, u"row-level security"_s);
    EXPECT_EQ(stored(u"SELECT count FROM tally WHERE unit_id = %1 ORDER BY count"_s.arg(own)),
              (QStringList{u"3"_s, u"12"_s}));
    EXPECT_EQ(stored(u"SELECT sum(count) FROM tally WHERE unit_id = %1"_s.arg(other)),
              QStringList{u"100"_s});
    // A save over the other unit's cell alone (which it cannot see) is
    // refused as well.
    expectRefused(
        [&] {
            babe.applyChanges({{{other, all.campaign.start, all.providers[0].id}, 1}});
        },
        login, u"tally"_s, u"row-level security"_s);
    expectRefused([&] { babe.lockWeek(1, u"báo cáo tuần 1"_s); }, login, u"week_lock"_s,
                  u"permission denied"_s);

    // What the commune's session holds: its own unit's tallies only, the
    // server's row policy hides the others (so its campaign totals are its
    // unit's alone).
    EXPECT_FALSE(babe.data().tallies.value(choRa, 0, 0).has_value());
    EXPECT_EQ(lan.data().tallies.value(choRa, 0, 0), 100);
    EXPECT_EQ(babe.engine().snapshot(day).total.cumulative, 15);
    EXPECT_EQ(lan.engine().snapshot(day).total.cumulative, 100);
    lan.reloadFromFile();
    EXPECT_EQ(lan.engine().snapshot(day).total.cumulative, 115);

    // So its window says, above every page, whose figures these are.
    EXPECT_EQ(babe.readsOnlyUnit(), u"Xã Ba Bể"_s);
    EXPECT_TRUE(lan.readsOnlyUnit().isEmpty());
    controller->start(openStorage(urlAs(login)));
    MainWindow* window = controller->window();
    window->show();
    auto* notice = window->findChild<QLabel*>(u"scopeNotice"_s);
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(u"chỉ được đọc số liệu của Xã Ba Bể"_s))
        << qPrintable(notice->text());
    EXPECT_TRUE(notice->text().contains(login)) << qPrintable(notice->text());
    window->resize(1366, 768);
    test::shot(window, u"server-commune.png"_s);
}

// A provider's login: its provider's cells of any unit are stored, another
// provider's refused with nothing of the save written, also a cell another
// provider has filled (which it reads); no week lock. Its window reads every
// provider's tallies, so its campaign totals are the campaign's.
TEST_F(ServerWindow, AProviderStoresItsOwnCellsAndTheServerRefusesAnotherProvidersOrALock)
{
    const QString login = addLogin(u"vnpt"_s, PgSchema::Role::Provider, {}, u"vnpt"_s);
    // Another provider's tally, entered by the office beforehand.
    const QString office = addLogin(u"lan"_s, PgSchema::Role::Office);
    CampaignSession lan(openStorage(urlAs(office)), campaign, clock);
    const qint64 viettel = lan.data().providers[providerCoded(lan.data(), u"viettel"_s)].id;
    const QDate filled = lan.data().campaign.start;
    const qint64 lastUnit = lan.data().units.last().id;
    ASSERT_TRUE(lan.applyChanges({{{lastUnit, filled, viettel}, 100}}, u"grid"_s).ok());

    CampaignSession vnpt(openStorage(urlAs(login)), campaign, clock);
    EXPECT_TRUE(vnpt.readsOnlyUnit().isEmpty());
    EXPECT_EQ(vnpt.data().tallies.value(vnpt.data().units.size() - 1, 0,
                                        providerCoded(vnpt.data(), u"viettel"_s)),
              100);
    EXPECT_FALSE(vnpt.readOnly());
    const CampaignData& d = vnpt.data();
    const qint64 own = d.providers[providerCoded(d, u"vnpt"_s)].id;
    const qint64 other = d.providers[providerCoded(d, u"viettel"_s)].id;
    const QDate day = d.campaign.start.addDays(2);
    const qint64 first = d.units[0].id;
    const qint64 last = d.units.last().id;

    const ApplyResult saved =
        vnpt.applyChanges({{{first, day, own}, 21}, {{last, day, own}, 8}}, u"grid"_s);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.added, 2);
    EXPECT_EQ(stored(u"SELECT sum(count) FROM tally WHERE provider_id = %1"_s.arg(own)),
              QStringList{u"29"_s});
    EXPECT_EQ(stored(u"SELECT sum(count) FROM tally"_s), QStringList{u"129"_s});
    EXPECT_EQ(stored(u"SELECT actor FROM audit_batch ORDER BY id DESC LIMIT 1"_s),
              QStringList{login});

    expectRefused(
        [&] {
            vnpt.applyChanges({{{first, day, own}, 22}, {{first, day, other}, 5}}, u"grid"_s);
        },
        login, u"tally"_s, u"row-level security"_s);
    EXPECT_EQ(stored(u"SELECT count FROM tally WHERE unit_id = %1"_s.arg(first)),
              QStringList{u"21"_s});
    // The other provider's filled cell, which this window reads: changing or
    // clearing it is refused (the server finds no row of it to change, and
    // refuses the audit row), and it keeps its count.
    for (const std::optional<qint64> count : {std::optional<qint64>(99), std::optional<qint64>()})
        expectRefused(
            [&] {
                vnpt.applyChanges({{{lastUnit, filled, other}, count}}, u"grid"_s);
            },
            login, u"tally_audit"_s, u"row-level security"_s);
    EXPECT_EQ(stored(u"SELECT count FROM tally WHERE provider_id = %1"_s.arg(other)),
              QStringList{u"100"_s});
    expectRefused([&] { vnpt.lockWeek(1, u"báo cáo tuần 1"_s); }, login, u"week_lock"_s,
                  u"permission denied"_s);
    // Its totals are the campaign's: what the office's window says.
    EXPECT_EQ(vnpt.engine().snapshot(day).total.cumulative, 129);
    lan.reloadFromFile();
    EXPECT_EQ(lan.engine().snapshot(day).total.cumulative, 129);
}

// An office login writes any unit's and provider's cells, and locks a week:
// the lock and its event name the login.
TEST_F(ServerWindow, AnOfficeWritesAnyUnitAndLocksAWeek)
{
    const QString login = addLogin(u"lan"_s, PgSchema::Role::Office);
    CampaignSession lan(openStorage(urlAs(login)), campaign, clock);
    const CampaignData& d = lan.data();
    const QDate day = d.campaign.start.addDays(3);
    const ApplyResult saved = lan.applyChanges({{{d.units[0].id, day, d.providers[0].id}, 4},
                                                {{d.units[5].id, day, d.providers[1].id}, 6},
                                                {{d.units[36].id, day, d.providers[2].id}, 7}},
                                               u"grid"_s);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(stored(u"SELECT count(DISTINCT unit_id) FROM tally"_s), QStringList{u"3"_s});
    EXPECT_EQ(stored(u"SELECT sum(count) FROM tally"_s), QStringList{u"17"_s});
    EXPECT_EQ(stored(u"SELECT actor FROM audit_batch ORDER BY id DESC LIMIT 1"_s),
              QStringList{login});

    lan.lockWeek(1, u"đã gửi báo cáo tuần 1"_s);
    EXPECT_EQ(lan.tallies().lockedWeeks(), QVector<int>{1});
    EXPECT_EQ(stored(u"SELECT locked_by FROM week_lock WHERE week = 1"_s), QStringList{login});
    EXPECT_EQ(stored(u"SELECT action || ' ' || actor FROM week_lock_event"_s),
              QStringList{u"lock "_s + login});
    // The lock holds against the office's own save.
    try {
        lan.applyChanges({{{d.units[0].id, day, d.providers[0].id}, 5}}, u"grid"_s);
        ADD_FAILURE() << "a save into a locked week was stored";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Rejected) << qPrintable(e.message());
    }
    EXPECT_EQ(stored(u"SELECT sum(count) FROM tally"_s), QStringList{u"17"_s});
}

TEST_F(ServerWindow, AServerThatCannotBeReachedLeavesTheOpenDataAndSaysWhy)
{
    controller->start(openStorage(conn.url()));
    const QString before = controller->session()->database().location();
    // A database that does not exist on that server.
    test::PgConnection missing = conn;
    missing.database = conn.database + u"_none"_s;
    EXPECT_FALSE(controller->openDatabase(missing.url()));
    EXPECT_TRUE(controller->lastError().contains(missing.url()))
        << qPrintable(controller->lastError());
    EXPECT_EQ(controller->session()->database().location(), before);
    // Then the right one, from File → Connect's address.
    EXPECT_TRUE(controller->openDatabase(conn.url()));
    EXPECT_TRUE(controller->session()->onServer());
}

TEST(ConnectDialog, ChecksTheAddressAsItIsTypedAndNeverShowsThePassword)
{
    ConnectDialog dialog;
    auto* address = dialog.findChild<QLineEdit*>(u"connectAddress"_s);
    auto* password = dialog.findChild<QLineEdit*>(u"connectPassword"_s);
    ASSERT_TRUE(address && password);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    address->setText(u"postgresql://lan:bimat@may-chu/chuky_so"_s);
    QString shown;
    for (QLabel* l : dialog.findChildren<QLabel*>())
        if (l->isVisibleTo(&dialog))
            shown += l->text() + u'\n';
    EXPECT_TRUE(shown.contains(u"mật khẩu"_s, Qt::CaseInsensitive)) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(u"bimat"_s)) << qPrintable(shown);
    dialog.setError(u"Không kết nối được máy chủ PostgreSQL postgresql://lan@may-chu/chuky_so: "
                    "password authentication failed for user \"lan\""_s);
    test::shot(&dialog, u"connect-dialog.png"_s);
    address->setText(u"postgresql://lan@may-chu:5432/chuky_so"_s);
    password->setText(u"bimat"_s);
    EXPECT_EQ(dialog.address(), u"postgresql://lan@may-chu:5432/chuky_so"_s);
    EXPECT_EQ(dialog.password(), u"bimat"_s);
}

} // namespace
