// libFuzzer target: any bytes as a database file, opened the way every
// command opens one (Database::openExisting, read-only) and checked as
// `signtally check` does. It must refuse (StorageError) or open, never crash
// or hang, and never change the file's bytes.
#include "FuzzSupport.h"
#include "storage/Database.h"
#include "storage/Integrity.h"
#include "storage/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdlib>

using namespace signtally;
using fuzz::check;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_open_database";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = [] {
        QStandardPaths::setTestModeEnabled(true);
        spdlog::set_level(spdlog::level::off);
        return new QCoreApplication(argc, argv);
    }();
    Q_UNUSED(app);
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"fuzz.sqlite"_s);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(suffix));
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    {
        QFile f(path);
        check(f.open(QIODevice::WriteOnly));
        check(f.write(input) == input.size());
    }
    try {
        auto db = Database::openExisting(path, Database::Access::ReadOnly);
        check(db->readOnly());
        const IntegrityReport r = Integrity::check(*db);
        check(r.ok() || !r.problems.isEmpty());
    } catch (const StorageError& e) {
        check(!e.message().isEmpty());
    }
    QFile f(path);
    check(f.open(QIODevice::ReadOnly) && f.readAll() == input);
    return 0;
}
