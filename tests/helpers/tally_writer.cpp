// A second process for the crash and contention tests: it writes tallies to a
// real database file the way the app does (TallyStore, BEGIN IMMEDIATE).
//   tally_writer big DB          one long transaction; prints "progress" once
//                                it is well inside it (then waits to be killed)
//   tally_writer race DB W N     N rounds: write its own cell and a shared cell,
//                                each expecting the value it loaded; prints
//                                "ok V" or "conflict V THEIRS" per shared write
#include "storage/CampaignStore.h"
#include "storage/Logging.h"
#include "storage/TallyStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace signtally;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::off); // stdout carries the results only
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 1;
    try {
        auto db = Database::openExisting(args[2]);
        const CampaignData d = CampaignStore(*db).loadDefault();
        TallyStore store(*db, d.campaign.id);
        if (args[1] == u"big"_s) {
            db->writeTransaction([&] {
                for (int round = 0; round < 1000; ++round) {
                    QVector<TallyChange> changes;
                    for (int u = 0; u < d.units.size(); ++u)
                        for (int day = 0; day < d.campaign.days(); ++day)
                            changes.push_back(
                                {{d.units[u].id, d.campaign.start.addDays(day), d.providers[0].id},
                                 1000 + round});
                    store.applyInTransaction(changes, u"crash-test"_s, u"big"_s);
                    if (round == 1) {
                        std::printf("progress\n");
                        std::fflush(stdout);
                    }
                }
            });
            return 0;
        }
        if (args[1] == u"race"_s && args.size() >= 5) {
            const int worker = args[3].toInt();
            const int rounds = args[4].toInt();
            const QDate day(2025, 8, 14);
            const TallyKey own{d.units[worker].id, day, d.providers[0].id};
            const TallyKey shared{d.units[20].id, day, d.providers[1].id};
            QRandomGenerator rng(quint32(worker) * 7919u);
            for (int i = 0; i < rounds; ++i) {
                const qint64 value = qint64(worker) * 100000 + i;
                const auto ownLoaded = store.value(own);
                const auto sharedLoaded = store.value(shared);
                QThread::usleep(rng.bounded(1500));
                if (!store
                         .apply({TallyChange::expecting(own, value, ownLoaded)},
                                u"w%1"_s.arg(worker))
                         .ok()) {
                    std::printf("error own cell conflict\n");
                    return 1;
                }
                const ApplyResult r = store.apply(
                    {TallyChange::expecting(shared, value, sharedLoaded)}, u"w%1"_s.arg(worker));
                if (r.ok())
                    std::printf("ok %lld\n", static_cast<long long>(value));
                else
                    std::printf("conflict %lld %lld\n", static_cast<long long>(value),
                                static_cast<long long>(r.conflicts[0].theirs.value_or(-1)));
            }
            std::fflush(stdout);
            return 0;
        }
    } catch (const StorageError& e) {
        std::printf("error %s\n", e.message().toUtf8().constData());
        std::fflush(stdout);
        return 2;
    }
    return 1;
}
