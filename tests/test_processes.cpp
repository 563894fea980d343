// Real processes on a real file: a writer killed with SIGKILL mid-transaction
// loses nothing that was committed and leaves nothing half-done; two writers
// on one file never see "database is locked" and never lose an update silently.
#include "storage/CampaignStore.h"
#include "storage/Integrity.h"
#include "storage/Seeder.h"
#include "storage/TallyStore.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <gtest/gtest.h>
#include <iostream>

using namespace signtally;
using namespace Qt::StringLiterals;

namespace {

QString dumpTallies(const Database& db)
{
    QString out;
    QSqlQuery q =
        db.exec(u"SELECT unit_id, tally_date, provider_id, count FROM tally ORDER BY 1, 2, 3"_s);
    while (q.next())
        out += u"%1 %2 %3 %4\n"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString(), q.value(3).toString());
    return out;
}

QString writer()
{
    return QString::fromUtf8(SIGNTALLY_TALLY_WRITER);
}

} // namespace

TEST(Processes, AWriterKilledMidTransactionLeavesTheFileAsItWas)
{
    test::TempDir dir;
    const QString path = dir.file(u"crash.sqlite"_s);
    QString before;
    qint64 auditBefore = 0;
    {
        auto db = Seeder::createSeeded(path, true);
        before = dumpTallies(*db);
        auditBefore = db->scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong();
    }
    QProcess p;
    p.start(writer(), {u"big"_s, path});
    ASSERT_TRUE(p.waitForStarted());
    QByteArray out;
    while (!out.contains("progress") && p.state() == QProcess::Running) {
        p.waitForReadyRead(10000);
        out += p.readAllStandardOutput();
    }
    ASSERT_TRUE(out.contains("progress")) << out.constData();
    ASSERT_EQ(p.state(), QProcess::Running) << "the transaction finished before it could be killed";
    p.kill(); // SIGKILL on Unix
    p.waitForFinished();
    EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);

    auto db = Database::openExisting(path);
    EXPECT_EQ(db->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    EXPECT_EQ(dumpTallies(*db), before);
    EXPECT_EQ(db->scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong(), auditBefore);
    EXPECT_TRUE(Integrity::check(*db).ok());
}

TEST(Processes, TwoWritersOnOneFileLoseNothingSilently)
{
    test::TempDir dir;
    const QString path = dir.file(u"shared.sqlite"_s);
    Seeder::createSeeded(path, false).reset();
    constexpr int rounds = 120;
    QProcess a, b;
    a.start(writer(), {u"race"_s, path, u"1"_s, QString::number(rounds)});
    b.start(writer(), {u"race"_s, path, u"2"_s, QString::number(rounds)});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    const QString outA = QString::fromUtf8(a.readAllStandardOutput());
    const QString outB = QString::fromUtf8(b.readAllStandardOutput());
    EXPECT_EQ(a.exitCode(), 0) << outA.toStdString() << a.readAllStandardError().constData();
    EXPECT_EQ(b.exitCode(), 0) << outB.toStdString() << b.readAllStandardError().constData();
    EXPECT_FALSE(outA.contains(u"locked"_s) || outB.contains(u"locked"_s));

    QSet<qint64> ok, conflicted;
    for (const QString& line : QString(outA + outB).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u' ');
        if (f[0] == u"ok"_s)
            ok.insert(f[1].toLongLong());
        else if (f[0] == u"conflict"_s)
            conflicted.insert(f[1].toLongLong());
        else
            ADD_FAILURE() << line.toStdString();
    }
    EXPECT_EQ(ok.size() + conflicted.size(), 2 * rounds);

    auto db = Database::openExisting(path);
    const CampaignData d = CampaignStore(*db).loadDefault();
    TallyStore store(*db, d.campaign.id);
    const QDate day(2025, 8, 14);
    // Each process's own cell holds its last write, with every write audited.
    for (int w : {1, 2}) {
        EXPECT_EQ(store.value({d.units[w].id, day, d.providers[0].id}),
                  qint64(w) * 100000 + rounds - 1);
        EXPECT_EQ(store.history(d.units[w].id, day, d.providers[0].id).size(), rounds);
    }
    // The shared cell: every accepted write is in the audit, no refused one is.
    QSet<qint64> audited;
    for (const AuditEntry& e : store.history(d.units[20].id, day, d.providers[1].id))
        audited.insert(*e.newCount);
    EXPECT_EQ(audited, ok);
    for (qint64 v : conflicted)
        EXPECT_FALSE(audited.contains(v)) << v;
    EXPECT_TRUE(Integrity::check(*db).ok());
}

namespace {

// A campaign big enough that writing an import takes seconds: 400 units ×
// 60 days × 3 providers, seeded through the real Seeder.
QJsonObject bigCampaign()
{
    QJsonArray units;
    for (int i = 1; i <= 400; ++i)
        units.append(QJsonObject{{u"no"_s, i},
                                 {u"name"_s, u"Xã Thử Nghiệm %1"_s.arg(i, 3, 10, QChar(u'0'))},
                                 {u"kind"_s, u"commune"_s},
                                 {u"adults"_s, 100000},
                                 {u"quota"_s, 20000},
                                 {u"aliases"_s, QJsonArray()}});
    QJsonObject doc = Seeder::defaultCampaign();
    QJsonObject campaign = doc.value(u"campaign"_s).toObject();
    campaign[u"end"_s] = u"2025-09-25"_s; // 60 days
    doc[u"campaign"_s] = campaign;
    doc[u"units"_s] = units;
    return doc;
}

} // namespace

TEST(Processes, AnImportKilledPartWayLeavesTheTalliesAsTheyWere)
{
    test::TempDir dir;
    const QString path = dir.file(u"import.sqlite"_s);
    QString before;
    qint64 auditBefore = 0;
    {
        auto db = Database::createNew(path);
        const qint64 id = Seeder::seedCampaign(*db, bigCampaign());
        const CampaignData d = CampaignStore(*db).load(id);
        QVector<TallyChange> some;
        for (int u = 0; u < 50; ++u)
            some.push_back({{d.units[u].id, QDate(2025, 7, 28), d.providers[0].id}, u});
        TallyStore(*db, id).apply(some, u"lan"_s);
        before = dumpTallies(*db);
        auditBefore = db->scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong();
    }
    // 70.800 long-form rows, none of them already stored.
    const QString csv = dir.file(u"big.csv"_s);
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        QByteArray text = "Ngày,Xã,Nhà mạng,Số lượng\n";
        const char* providers[] = {"Viettel", "VNPT", "Khác"};
        for (int day = 1; day < 60; ++day)
            for (int u = 1; u <= 400; ++u)
                for (const char* p : providers)
                    text += QDate(2025, 7, 28).addDays(day).toString(u"dd/MM/yyyy"_s).toUtf8() +
                            ",Xã Thử Nghiệm " + QByteArray::number(u).rightJustified(3, '0') + ',' +
                            p + ',' + QByteArray::number((u * 7 + day) % 90) + '\n';
        f.write(text);
    }
    QProcess p;
    p.start(QString::fromUtf8(SIGNTALLY_BINARY), {u"import"_s, csv, u"--db"_s, path});
    ASSERT_TRUE(p.waitForStarted());
    QByteArray out;
    while (!out.contains(QStringLiteral("Đang ghi").toUtf8()) && p.state() == QProcess::Running) {
        p.waitForReadyRead(60000);
        out += p.readAllStandardOutput();
    }
    ASSERT_TRUE(out.contains(QStringLiteral("Đang ghi").toUtf8())) << out.constData();
    QThread::msleep(5); // inside the write (70.800 rows take about 0,2 s on an idle machine)
    ASSERT_EQ(p.state(), QProcess::Running) << "the import finished before it could be killed";
    p.kill();
    p.waitForFinished();
    EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);

    auto db = Database::openExisting(path);
    EXPECT_EQ(db->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    // All or nothing: as it was, or (on a fast idle machine the kill can land
    // after the commit, while the program is still finishing) the whole import.
    const qint64 audit = db->scalar(u"SELECT count(*) FROM tally_audit"_s).toLongLong();
    if (audit == auditBefore) {
        EXPECT_EQ(dumpTallies(*db), before);
    } else {
        EXPECT_EQ(audit, auditBefore + 70800) << "a half-written import";
        std::cout << "[ note ] the kill came after the commit\n";
        EXPECT_EQ(db->scalar(u"SELECT count(*) FROM tally"_s).toLongLong(), 50 + 70800);
    }
    EXPECT_TRUE(Integrity::check(*db).ok());
}
