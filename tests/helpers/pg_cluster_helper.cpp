// A test process that dies without cleaning up, for the PostgreSQL fixture's
// watchdog (tests/test_pg_cluster.cpp): starts a throw-away cluster, prints
// "FOLDER PORT POSTMASTER-PID" and waits to be killed.
#include "support/PgCluster.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    try {
        auto cluster = signtally::test::PgCluster::start();
        std::printf("%s %d %lld\n", qPrintable(cluster->folder()), cluster->port(),
                    static_cast<long long>(cluster->postmasterPid()));
        std::fflush(stdout);
        QThread::sleep(600);
        return 2; // never killed: the test gave up long ago
    } catch (const signtally::test::PgError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
