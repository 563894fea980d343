#include "cli/MaintenanceCommands.h"

#include "core/VnFormat.h"
#include "storage/AppPaths.h"
#include "storage/Backup.h"
#include "storage/Integrity.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace signtally {

int MaintenanceCommands::check(CommandContext& ctx)
{
    QCommandLineParser parser;
    CommandContext::addDbOption(parser);
    parser.addOption(
        {u"hash"_s, tr("Mã dữ liệu (in ở chân trang báo cáo) cần đối chiếu."), u"HASH"_s});
    ctx.parse(parser);
    auto db = ctx.openStorage(parser, Database::Access::ReadOnly);
    // A file's own checks (SQLite's, its schema, its witnesses); a server
    // keeps its structures and its schema itself.
    const auto* file = dynamic_cast<const Database*>(db.get());
    const IntegrityReport r = Integrity::check(*db);
    const Format fmt;
    const QString good = tr("tốt");
    ctx.out << tr("Kiểm tra %1").arg(file ? QDir::toNativeSeparators(file->path()) : db->location())
            << u'\n';
    if (file) {
        ctx.out << u"  "_s
                << tr("Tệp SQLite (integrity_check): %1").arg(r.sqliteOk ? good : tr("HỎNG"))
                << u'\n';
        ctx.out << u"  "_s << tr("Khóa ngoại: %1").arg(r.foreignKeysOk ? good : tr("VI PHẠM"))
                << u'\n';
        ctx.out << u"  "_s
                << tr("Lược đồ và trigger so với bản này: %1").arg(r.schemaOk ? good : tr("BỊ SỬA"))
                << u'\n';
    } else {
        ctx.out << u"  "_s << tr("Máy chủ: %1").arg(db->engineVersion()) << u'\n';
    }
    ctx.out << u"  "_s
            << tr("Nhật ký thay đổi: %1 dòng, chuỗi mã băm %2")
                   .arg(fmt.count(r.auditRows), r.auditChainOk ? tr("liền mạch") : tr("BỊ PHÁ VỠ"))
            << u'\n';
    ctx.out << u"  "_s
            << tr("Số liệu khớp nhật ký: %1 (%2 ô)")
                   .arg(r.talliesMatchAudit ? good : tr("KHÔNG KHỚP"), fmt.count(r.tallyRows))
            << u'\n';
    ctx.out << u"  "_s
            << tr("Khóa tuần khớp nhật ký khóa: %1").arg(r.locksMatchLog ? good : tr("KHÔNG KHỚP"))
            << u'\n';
    ctx.out << u"  "_s
            << tr("Thiết lập các đợt khớp nhật ký thiết lập: %1")
                   .arg(r.setupMatchesAudit ? good : tr("KHÔNG KHỚP"))
            << u'\n';
    if (file && r.witnesses.isEmpty())
        ctx.out << u"  "_s << tr("Nhân chứng ngoài tệp: chưa có") << u'\n';
    else if (file)
        ctx.out << u"  "_s
                << tr("Nhân chứng ngoài tệp (%1): %2")
                       .arg(fmt.count(r.witnesses.size()),
                            r.witnessOk ? tr("khớp") : tr("KHÔNG KHỚP"))
                << u'\n';
    ctx.out << u"  "_s << tr("Mã dữ liệu hiện tại: %1").arg(r.fingerprint) << u'\n';
    for (const QString& p : r.problems)
        ctx.out << u"  ! "_s << p << u'\n';

    int code = r.ok() ? ExitOk : ExitDatabase;
    if (parser.isSet(u"hash"_s)) {
        const QString hash = parser.value(u"hash"_s);
        static const QRegularExpression hex(u"^[0-9a-fA-F]{8,64}$"_s);
        if (!hex.match(hash.trimmed()).hasMatch())
            throw CommandError(
                ExitUsage,
                tr("--hash cần ít nhất 8 ký tự thập lục phân, không phải \"%1\".").arg(hash));
        const HashLookup h = Integrity::findHash(*db, hash);
        switch (h.kind) {
        case HashLookup::Kind::Latest:
            ctx.out << tr("Mã %1 khớp với dữ liệu hiện tại.").arg(hash) << u'\n';
            break;
        case HashLookup::Kind::Older:
            ctx.out << tr("Mã %1 là một trạng thái cũ: sau đó đã có %2 thay đổi.")
                           .arg(hash, fmt.count(h.changesSince))
                    << u'\n';
            code = std::max<int>(code, ExitBadInput);
            break;
        case HashLookup::Kind::NotFound:
            ctx.out << tr("Mã %1 không có trong nhật ký của tệp này.").arg(hash) << u'\n';
            code = std::max<int>(code, ExitBadInput);
            break;
        case HashLookup::Kind::Ambiguous:
            throw CommandError(ExitUsage,
                               tr("Mã %1 quá ngắn: trùng nhiều dòng nhật ký.").arg(hash));
        }
    }
    ctx.out << (r.ok() ? tr("Kết quả: tốt.") : tr("Kết quả: có %1 vấn đề.").arg(r.problems.size()))
            << u'\n';
    return code;
}

int MaintenanceCommands::backup(CommandContext& ctx)
{
    QCommandLineParser parser;
    CommandContext::addDbOption(parser);
    parser.addOption({u"out"_s, tr("Tệp sao lưu để ghi."), u"FILE"_s});
    ctx.parse(parser);
    if (!parser.isSet(u"out"_s))
        throw CommandError(ExitUsage, tr("Cần --out FILE."));
    // A server too: its data copied into a new file (StorageCopy).
    auto db = ctx.openStorage(parser, Database::Access::ReadOnly);
    const bool server = db->backend() != Storage::Backend::Sqlite;
    const QString out = parser.value(u"out"_s);
    if (!server &&
        QFileInfo(out).absoluteFilePath() == QFileInfo(db->location()).absoluteFilePath())
        throw CommandError(ExitBadInput,
                           tr("Tệp sao lưu không được trùng với cơ sở dữ liệu đang dùng."));
    Backup::write(*db, out);
    ctx.out << tr("Đã sao lưu %1 vào %2.")
                   .arg(server ? db->location() : QDir::toNativeSeparators(db->location()),
                        QDir::toNativeSeparators(out))
            << u'\n';
    return ExitOk;
}

int MaintenanceCommands::restore(CommandContext& ctx)
{
    QCommandLineParser parser;
    CommandContext::addDbOption(parser);
    parser.addOption({u"from"_s, tr("Tệp sao lưu để khôi phục."), u"FILE"_s});
    ctx.parse(parser);
    if (!parser.isSet(u"from"_s))
        throw CommandError(ExitUsage, tr("Cần --from FILE."));
    const QString target =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : AppPaths::defaultDatabase();
    ctx.refuseServer(target);
    const QString kept = Backup::restore(parser.value(u"from"_s), target);
    ctx.out << tr("Đã khôi phục %1 từ %2.")
                   .arg(QDir::toNativeSeparators(target),
                        QDir::toNativeSeparators(parser.value(u"from"_s)))
            << u'\n';
    if (!kept.isEmpty())
        ctx.out << tr("Tệp cũ được giữ lại tại %1.").arg(QDir::toNativeSeparators(kept)) << u'\n';
    return ExitOk;
}

} // namespace signtally
