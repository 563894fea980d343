#include "cli/CopyCommand.h"

#include "cli/Cli.h"
#include "core/VnFormat.h"
#include "storage/StorageCopy.h"
#include "storage/pg/PgStorage.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// A file's path as people type it, or a server's address as given.
QString shown(const QString& where)
{
    return PgTarget::isServerAddress(where) ? where : QDir::toNativeSeparators(where);
}

std::unique_ptr<Storage> openSource(const QString& from)
{
    if (PgTarget::isServerAddress(from))
        return PgStorage::open(PgTarget::parse(from));
    return StorageCopy::openSourceFile(from);
}

} // namespace

int CopyCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"from"_s,
                      tr("Nguồn: một tệp SQLite, hoặc máy chủ postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:"
                         "CỔNG/TÊN_CSDL."),
                      u"SOURCE"_s});
    parser.addOption({u"to"_s,
                      tr("Đích: một tệp SQLite chưa có, hoặc máy chủ PostgreSQL đã chạy "
                         "“signtally server init” và chưa có đợt nào."),
                      u"TARGET"_s});
    ctx.parse(parser);
    const QString from = parser.value(u"from"_s);
    const QString to = parser.value(u"to"_s);
    if (from.isEmpty() || to.isEmpty())
        throw CommandError(ExitUsage, tr("Cần --from NGUỒN và --to ĐÍCH."));

    // What can be refused without opening anything goes first.
    const bool toServer = PgTarget::isServerAddress(to);
    std::optional<PgTarget> server;
    if (toServer)
        server = PgTarget::parse(to);
    else if (QFileInfo::exists(to))
        throw CommandError(ExitBadInput,
                           tr("Tệp đích %1 đã tồn tại; copy chỉ ghi vào một tệp mới. Không thay "
                              "đổi gì.")
                               .arg(shown(to)));

    const std::unique_ptr<Storage> source = openSource(from);
    CopyResult result;
    if (server) {
        const std::unique_ptr<PgStorage> target = PgStorage::open(*server);
        StorageCopy::refuseUnlessEmpty(*target); // before the source's check
        result = StorageCopy::copyInto(*source, *target);
    } else {
        result = StorageCopy::copyToNewFile(*source, to);
    }

    const Format fmt;
    ctx.out << tr("Đã sao chép %1 sang %2.").arg(shown(from), shown(to)) << u'\n';
    ctx.out << u"  "_s
            << tr("%1 đợt, %2 ô số liệu, %3 tuần đang khóa; nhật ký: %4 lần ghi, %5 dòng số liệu, "
                  "%6 dòng thiết lập, %7 lần khóa/mở khóa tuần.")
                   .arg(fmt.count(result.count(u"campaign"_s)), fmt.count(result.count(u"tally"_s)),
                        fmt.count(result.count(u"week_lock"_s)),
                        fmt.count(result.count(u"audit_batch"_s)),
                        fmt.count(result.count(u"tally_audit"_s)),
                        fmt.count(result.count(u"setup_audit"_s)),
                        fmt.count(result.count(u"week_lock_event"_s)))
            << u'\n';
    ctx.out << u"  "_s << tr("Kiểm tra bản sao: tốt. Mã dữ liệu: %1").arg(result.target.fingerprint)
            << u'\n';
    return ExitOk;
}

void registerCopyCommand(Cli& cli)
{
    cli.add({u"copy"_s,
             CopyCommand::tr("Sao chép toàn bộ dữ liệu (mọi đợt, nhật ký) giữa tệp SQLite và "
                             "máy chủ PostgreSQL."),
             &CopyCommand::run});
}

} // namespace signtally
