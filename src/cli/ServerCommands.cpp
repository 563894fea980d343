#include "cli/ServerCommands.h"

#include "storage/pg/PgSchema.h"
#include "storage/pg/PgTarget.h"

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

// One connection to the server for as long as a command runs.
class ServerSession
{
public:
    explicit ServerSession(const PgTarget& target)
        : m_name(u"signtally-server-command"_s), m_db(target.open(m_name))
    {}
    ~ServerSession()
    {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_name);
    }
    ServerSession(const ServerSession&) = delete;
    ServerSession& operator=(const ServerSession&) = delete;
    const QSqlDatabase& db() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

void addServerOption(QCommandLineParser& parser)
{
    parser.addOption({u"db"_s,
                      ServerCommands::tr("Địa chỉ máy chủ: postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:CỔNG/"
                                         "TÊN_CSDL (mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass)."),
                      u"URL"_s});
}

PgTarget requiredTarget(const QCommandLineParser& parser)
{
    if (!parser.isSet(u"db"_s))
        throw CommandError(ExitUsage,
                           ServerCommands::tr("Cần --db postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:CỔNG/"
                                              "TÊN_CSDL."));
    return PgTarget::parse(parser.value(u"db"_s));
}

int init(CommandContext& ctx)
{
    QCommandLineParser parser;
    addServerOption(parser);
    ctx.parse(parser);
    const PgTarget target = requiredTarget(parser);
    ServerSession session(target);
    PgSchema::init(session.db());
    ctx.out << ServerCommands::tr("Đã tạo các bảng (phiên bản %1) và năm nhóm quyền %2 trên %3.")
                   .arg(PgSchema::version(session.db()))
                   .arg(PgSchema::groupRole(target.database, PgSchema::Role::Admin) + u", …"_s,
                        target.url())
            << u'\n';
    return ExitOk;
}

int upgrade(CommandContext& ctx)
{
    QCommandLineParser parser;
    addServerOption(parser);
    ctx.parse(parser);
    const PgTarget target = requiredTarget(parser);
    ServerSession session(target);
    const QStringList added = PgSchema::upgrade(session.db());
    if (added.isEmpty()) {
        ctx.out << ServerCommands::tr("%1 đã có đủ quyền và chỉ mục của bản SignTally này; không "
                                      "thêm gì.")
                       .arg(target.url())
                << u'\n';
        return ExitOk;
    }
    ctx.out << ServerCommands::tr("Đã thêm %1 thứ còn thiếu trên %2:")
                   .arg(added.size())
                   .arg(target.url())
            << u'\n';
    for (const QString& item : added)
        ctx.out << u"  "_s << item << u'\n';
    return ExitOk;
}

int addUser(CommandContext& ctx)
{
    QCommandLineParser parser;
    addServerOption(parser);
    parser.addOption({u"role"_s,
                      ServerCommands::tr("admin, office, commune, provider hoặc viewer."),
                      u"ROLE"_s});
    parser.addOption(
        {u"unit"_s, ServerCommands::tr("Đơn vị của tài khoản xã (--role commune)."), u"UNIT"_s});
    parser.addOption({u"provider"_s,
                      ServerCommands::tr("Nhà cung cấp của tài khoản (--role provider)."),
                      u"PROVIDER"_s});
    ctx.parse(parser, true);
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        throw CommandError(ExitUsage,
                           ServerCommands::tr("Cần đúng một tên đăng nhập: signtally server "
                                              "add-user TÊN --role VAI_TRÒ --db URL."));
    const auto role = PgSchema::roleFromCode(parser.value(u"role"_s));
    if (!role)
        throw CommandError(ExitUsage,
                           ServerCommands::tr("--role “%1”: cần admin, office, commune, provider "
                                              "hoặc viewer.")
                               .arg(parser.value(u"role"_s)));
    const bool commune = *role == PgSchema::Role::Commune;
    const bool provider = *role == PgSchema::Role::Provider;
    if (commune != parser.isSet(u"unit"_s))
        throw CommandError(ExitUsage, commune ? ServerCommands::tr("--role commune cần --unit.")
                                              : ServerCommands::tr("--unit chỉ dùng với --role "
                                                                   "commune."));
    if (provider != parser.isSet(u"provider"_s))
        throw CommandError(ExitUsage, provider
                                          ? ServerCommands::tr("--role provider cần --provider.")
                                          : ServerCommands::tr("--provider chỉ dùng với --role "
                                                               "provider."));
    const PgTarget target = requiredTarget(parser);
    PgSchema::User user;
    user.login = names.first();
    user.role = *role;
    user.unit = parser.value(u"unit"_s);
    user.provider = parser.value(u"provider"_s);
    user.password = qEnvironmentVariable("SIGNTALLY_NEW_USER_PASSWORD");
    ServerSession session(target);
    PgSchema::addUser(session.db(), user);
    ctx.out << ServerCommands::tr("Tài khoản “%1” thuộc nhóm %2 trên %3%4.")
                   .arg(user.login, PgSchema::groupRole(target.database, user.role), target.url(),
                        user.password.isEmpty()
                            ? ServerCommands::tr(" (chưa có mật khẩu: đặt trên máy chủ hoặc "
                                                 "chạy lại với SIGNTALLY_NEW_USER_PASSWORD)")
                            : QString())
            << u'\n';
    return ExitOk;
}

} // namespace

int ServerCommands::run(CommandContext& ctx)
{
    const QString action = ctx.arguments.value(2);
    const QString usage =
        tr("Cách dùng: signtally server init|upgrade|add-user [tùy chọn]\n"
           "  init       tạo bảng và nhóm quyền trên một cơ sở dữ liệu PostgreSQL trống "
           "(--db URL)\n"
           "  upgrade    thêm quyền và chỉ mục còn thiếu trên máy chủ do bản SignTally cũ hơn "
           "thiết lập (--db URL)\n"
           "  add-user   TÊN --role admin|office|commune|provider|viewer [--unit ĐƠN_VỊ] "
           "[--provider NCC] --db URL");
    if (action == u"-h"_s || action == u"--help"_s || action == u"help"_s)
        throw CommandError(ExitOk, usage);
    // The parser sees "program --options" without "server ACTION".
    CommandContext sub(ctx.arguments, ctx.out, ctx.err);
    sub.arguments.removeAt(1);
    if (action == u"init"_s)
        return init(sub);
    if (action == u"upgrade"_s)
        return upgrade(sub);
    if (action == u"add-user"_s)
        return addUser(sub);
    throw CommandError(ExitUsage,
                       action.isEmpty() ? usage : tr("Không có việc “%1”.\n%2").arg(action, usage));
}

} // namespace signtally
