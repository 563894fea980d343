#include "gui/AppSettings.h"

#include "storage/AppPaths.h"
#include "storage/OpenStorage.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

// A file's absolute path; a server's address as it is.
QString normalPath(const QString& path)
{
    return isServerAddress(path) ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>(u"SignTally"_s, u"SignTally"_s))
{}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::defaultBackupFolder()
{
    return AppPaths::dataDir() + u"/backups"_s;
}

QStringList AppSettings::languages()
{
    return {u"vi"_s, u"en"_s};
}

QStringList AppSettings::logLevels()
{
    return {u"trace"_s, u"debug"_s, u"info"_s, u"warning"_s, u"error"_s, u"critical"_s, u"off"_s};
}

QString AppSettings::actor() const
{
    const QString name = m_settings->value(key(KeyActor)).toString().trimmed();
    return name.isEmpty() ? AppPaths::loginName() : name;
}

void AppSettings::setActor(const QString& name)
{
    if (name.trimmed().isEmpty() || name.trimmed() == AppPaths::loginName())
        m_settings->remove(key(KeyActor));
    else
        m_settings->setValue(key(KeyActor), name.trimmed());
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(key(KeyLanguage)).toString();
    return languages().contains(code) ? code : u"vi"_s;
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings->setValue(key(KeyLanguage), languages().contains(code) ? code : u"vi"_s);
}

QString AppSettings::backupFolder() const
{
    const QString folder = m_settings->value(key(KeyBackupFolder)).toString().trimmed();
    return folder.isEmpty() ? defaultBackupFolder() : folder;
}

void AppSettings::setBackupFolder(const QString& folder)
{
    if (folder.trimmed().isEmpty() || normalPath(folder) == normalPath(defaultBackupFolder()))
        m_settings->remove(key(KeyBackupFolder));
    else
        m_settings->setValue(key(KeyBackupFolder), normalPath(folder.trimmed()));
}

int AppSettings::backupKeep() const
{
    bool ok = false;
    const int keep = m_settings->value(key(KeyBackupKeep)).toInt(&ok);
    return ok ? std::clamp(keep, MinBackupKeep, MaxBackupKeep) : DefaultBackupKeep;
}

void AppSettings::setBackupKeep(int keep)
{
    m_settings->setValue(key(KeyBackupKeep), std::clamp(keep, MinBackupKeep, MaxBackupKeep));
}

double AppSettings::outlierFactor() const
{
    bool ok = false;
    const double f = m_settings->value(key(KeyOutlierFactor)).toDouble(&ok);
    return ok ? std::clamp(f, MinOutlierFactor, MaxOutlierFactor) : DefaultOutlierFactor;
}

void AppSettings::setOutlierFactor(double factor)
{
    m_settings->setValue(key(KeyOutlierFactor),
                         std::clamp(factor, MinOutlierFactor, MaxOutlierFactor));
}

bool AppSettings::entryBlocks() const
{
    return m_settings->value(key(KeyEntryBlocks), false).toBool();
}

void AppSettings::setEntryBlocks(bool on)
{
    m_settings->setValue(key(KeyEntryBlocks), on);
}

QString AppSettings::logLevel() const
{
    const QString level = m_settings->value(key(KeyLogLevel)).toString();
    return logLevels().contains(level) ? level : u"info"_s;
}

void AppSettings::setLogLevel(const QString& level)
{
    m_settings->setValue(key(KeyLogLevel), logLevels().contains(level) ? level : u"info"_s);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(key(KeyGeometry)).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(key(KeyGeometry), geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(key(KeyWindowState)).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(key(KeyWindowState), state);
}

QString AppSettings::lastPage() const
{
    const QString page = m_settings->value(key(KeyLastPage)).toString();
    return page.isEmpty() ? u"dashboard"_s : page;
}

void AppSettings::setLastPage(const QString& pageKey)
{
    m_settings->setValue(key(KeyLastPage), pageKey);
}

QString AppSettings::lastDatabase() const
{
    return m_settings->value(key(KeyLastDatabase)).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    m_settings->setValue(key(KeyLastDatabase), normalPath(path));
}

// One map, file path → campaign code: a path is no QSettings key (its slashes make groups).
QString AppSettings::lastCampaign(const QString& databasePath) const
{
    return m_settings->value(key(KeyLastCampaigns))
        .toMap()
        .value(normalPath(databasePath))
        .toString();
}

void AppSettings::setLastCampaign(const QString& databasePath, const QString& code)
{
    QVariantMap map = m_settings->value(key(KeyLastCampaigns)).toMap();
    map.insert(normalPath(databasePath), code);
    m_settings->setValue(key(KeyLastCampaigns), map);
}

QStringList AppSettings::recentFiles() const
{
    QStringList files;
    for (const QString& f : m_settings->value(key(KeyRecentFiles)).toStringList())
        if (!f.isEmpty() && !files.contains(f) && files.size() < MaxRecentFiles)
            files << f;
    return files;
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString file = normalPath(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    m_settings->setValue(key(KeyRecentFiles), files);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(normalPath(path));
    m_settings->setValue(key(KeyRecentFiles), files);
}

void AppSettings::clearRecentFiles()
{
    m_settings->remove(key(KeyRecentFiles));
}

QString AppSettings::lastServer() const
{
    for (const QString& f : recentFiles())
        if (isServerAddress(f))
            return f;
    return {};
}

} // namespace signtally
