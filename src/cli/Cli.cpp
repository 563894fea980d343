#include "cli/Cli.h"

#include "cli/MaintenanceCommands.h"
#include "cli/ServerCommands.h"
#include "cli/SummaryCommand.h"
#include "storage/Logging.h"
#include "storage/Seeder.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

int runInit(CommandContext& ctx, bool demo)
{
    QCommandLineParser parser;
    CommandContext::addDbOption(parser);
    ctx.parse(parser);
    const QString path = ctx.requiredDbPath(parser);
    if (QFileInfo::exists(path))
        throw CommandError(
            ExitBadInput,
            Cli::tr("Tệp %1 đã tồn tại; SignTally không ghi đè lên tệp có sẵn.").arg(path));
    auto db = Seeder::createSeeded(path, demo);
    ctx.out << (demo ? Cli::tr("Đã tạo %1 với chiến dịch mẫu và số liệu minh họa.")
                     : Cli::tr("Đã tạo %1 với chiến dịch và 37 đơn vị, chưa có số liệu."))
                   .arg(path)
            << u'\n';
    return ExitOk;
}

} // namespace

Cli::Cli()
{
    add({u"summary"_s, tr("Tiến độ từng đơn vị và tổng cộng (text hoặc csv)."),
         &SummaryCommand::run});
    add({u"init"_s, tr("Tạo cơ sở dữ liệu mới với chiến dịch và các đơn vị, chưa có số liệu."),
         [](CommandContext& c) { return runInit(c, false); }});
    add({u"demo"_s, tr("Tạo cơ sở dữ liệu mới có số liệu minh họa cho cả đợt."),
         [](CommandContext& c) { return runInit(c, true); }});
    add({u"check"_s, tr("Kiểm tra tệp: SQLite, khóa ngoại, chuỗi nhật ký, số liệu khớp nhật ký."),
         &MaintenanceCommands::check});
    add({u"backup"_s, tr("Sao lưu cơ sở dữ liệu ra một tệp."), &MaintenanceCommands::backup});
    add({u"restore"_s, tr("Khôi phục cơ sở dữ liệu từ một tệp sao lưu (giữ lại tệp cũ)."),
         &MaintenanceCommands::restore});
    add({u"server"_s, tr("Máy chủ PostgreSQL: tạo bảng và nhóm quyền (init), thêm tài khoản."),
         &ServerCommands::run});
}

void Cli::add(Command command)
{
    m_commands.push_back(std::move(command));
}

const Cli::Command* Cli::find(const QString& name) const
{
    for (const Command& c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString Cli::usage() const
{
    QString out =
        tr("Cách dùng: signtally [--db PATH]            mở cửa sổ ứng dụng\n"
           "           signtally LỆNH [tùy chọn]        chạy không cần màn hình\n\nCác lệnh:\n");
    for (const Command& c : m_commands)
        out += u"  "_s + c.name.leftJustified(12) + c.summary + u'\n';
    out +=
        tr("\nMã thoát: 0 thành công, 1 sai cách dùng, 2 dữ liệu đầu vào sai (không thay đổi gì), "
           "3 lỗi cơ sở dữ liệu.\n");
    return out;
}

int Cli::run(const QStringList& args, QTextStream& out, QTextStream& err) const
{
    const QString name = args.value(1);
    if (name.isEmpty() || name == u"help"_s || name == u"--help"_s || name == u"-h"_s) {
        out << usage();
        out.flush();
        return ExitOk;
    }
    if (name == u"--version"_s || name == u"version"_s) {
        out << u"SignTally " SIGNTALLY_VERSION "\n"_s;
        out.flush();
        return ExitOk;
    }
    const Command* command = find(name);
    if (!command) {
        err << tr("Không có lệnh \"%1\". Xem \"signtally help\".").arg(name) << u'\n';
        err.flush();
        return ExitUsage;
    }
    CommandContext ctx(args, out, err);
    int code = ExitOk;
    try {
        code = command->handler(ctx);
    } catch (const CommandError& e) {
        (e.code() == ExitOk ? out : err) << e.message() << u'\n';
        code = e.code();
    } catch (const StorageError& e) {
        err << e.message() << u'\n';
        code = e.kind() == StorageError::Kind::Rejected ? ExitBadInput : ExitDatabase;
    }
    out.flush();
    err.flush();
    spdlog::info("command {} exited with {}", str(name), code);
    return code;
}

} // namespace signtally
