#include "storage/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace signtally {

QString AppPaths::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::defaultDatabase()
{
    const QString env = qEnvironmentVariable("SIGNTALLY_DB");
    if (!env.isEmpty())
        return env;
    return QDir(dataDir()).filePath(u"signtally.sqlite"_s);
}

QString AppPaths::logDir()
{
    return QDir(dataDir()).filePath(u"logs"_s);
}

QString AppPaths::loginName()
{
    for (const char* var : {"USERNAME", "USER", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return u"unknown"_s;
}

} // namespace signtally
