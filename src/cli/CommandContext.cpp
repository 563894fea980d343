#include "cli/CommandContext.h"

#include "core/VnFormat.h"
#include "storage/AppPaths.h"
#include "storage/Backup.h"
#include "storage/CampaignStore.h"
#include "storage/OpenStorage.h"
#include "storage/Seeder.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace signtally {

void CommandContext::addDbOption(QCommandLineParser& parser)
{
    parser.addOption({u"db"_s,
                      tr("Tệp cơ sở dữ liệu (mặc định: tệp trong thư mục dữ liệu ứng dụng)."),
                      tr("PATH")});
}

void CommandContext::parse(QCommandLineParser& parser, bool allowPositional) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{u"h"_s, u"help"_s}, tr("Hiện hướng dẫn của lệnh này.")});
    // Drop the command name so the parser sees "program --options".
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1);
    if (!parser.parse(args))
        throw CommandError(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s))
        throw CommandError(ExitOk, parser.helpText().replace(u"[options]"_s,
                                                             arguments.value(1) + u" [options]"_s));
    if (!allowPositional && !parser.positionalArguments().isEmpty())
        throw CommandError(
            ExitUsage, tr("Tham số không hợp lệ: %1").arg(parser.positionalArguments().join(u' ')));
}

std::unique_ptr<Database> CommandContext::openDatabase(const QCommandLineParser& parser,
                                                       Database::Access access) const
{
    const bool explicitPath = parser.isSet(u"db"_s) || qEnvironmentVariableIsSet("SIGNTALLY_DB");
    const QString path =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : AppPaths::defaultDatabase();
    refuseServer(path);
    // What a killed backup or restore left beside the file goes first.
    if (QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        Backup::removeStrayTemporaries(QFileInfo(path).absolutePath());
    if (!explicitPath && !QFileInfo::exists(path))
        return Seeder::createSeeded(path, false);
    return Database::openExisting(path, access);
}

std::unique_ptr<Storage> CommandContext::openStorage(const QCommandLineParser& parser,
                                                     Database::Access access) const
{
    const QString where =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : AppPaths::defaultDatabase();
    if (isServerAddress(where))
        return signtally::openStorage(where);
    return openDatabase(parser, access);
}

void CommandContext::addCampaignOption(QCommandLineParser& parser)
{
    parser.addOption({u"campaign"_s,
                      tr("Mã đợt cần dùng khi tệp có nhiều đợt (mặc định: đợt đang diễn ra, "
                         "không có thì đợt bắt đầu gần nhất)."),
                      tr("CODE")});
}

qint64 CommandContext::chooseCampaign(const QCommandLineParser& parser, const Storage& db,
                                      QDate today)
{
    const CampaignStore store(db);
    if (!parser.isSet(u"campaign"_s))
        return store.defaultCampaignId(today);
    const QString code = parser.value(u"campaign"_s).trimmed();
    if (const auto id = store.campaignIdByCode(code))
        return *id;
    QStringList codes;
    for (const CampaignInfo& c : store.campaigns())
        codes << c.code;
    throw CommandError(
        ExitBadInput,
        tr("Tệp không có đợt mã \"%1\". Các mã đợt trong tệp: %2.").arg(code, codes.join(u", "_s)));
}

QString CommandContext::requiredDbPath(const QCommandLineParser& parser) const
{
    if (!parser.isSet(u"db"_s) || parser.value(u"db"_s).isEmpty())
        throw CommandError(ExitUsage, tr("Cần chỉ rõ tệp cơ sở dữ liệu bằng --db PATH."));
    refuseServer(parser.value(u"db"_s));
    return parser.value(u"db"_s);
}

void CommandContext::refuseServer(const QString& where) const
{
    if (isServerAddress(where))
        throw CommandError(ExitUsage,
                           tr("Lệnh %1 chỉ làm việc với tệp SQLite, chưa làm việc với máy chủ "
                              "PostgreSQL (%2).")
                               .arg(arguments.value(1), where));
}

QDate CommandContext::parseDate(const QString& text, const QString& optionName)
{
    const auto d = DateParser::parse(text);
    if (!d)
        throw CommandError(
            ExitBadInput,
            tr("Ngày không hợp lệ cho --%1: \"%2\" (dùng dd/MM/yyyy hoặc yyyy-MM-dd).")
                .arg(optionName, text));
    return *d;
}

} // namespace signtally
