#include "storage/pg/PgTarget.h"

#include "storage/StorageError.h"

#include <QSqlError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace signtally {

bool PgTarget::isServerAddress(const QString& text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

PgTarget PgTarget::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    // A password typed into the address is never repeated in a message.
    const QString shown =
        url.isValid() && !url.password().isEmpty() ? url.toString(QUrl::RemovePassword) : text;
    auto refuse = [&](const QString& why) {
        return StorageError(StorageError::Kind::Rejected,
                            tr("Địa chỉ máy chủ “%1” không dùng được: %2").arg(shown, why));
    };
    if (!isServerAddress(text))
        throw refuse(tr("cần dạng postgresql://NGƯỜI_DÙNG@MÁY_CHỦ:CỔNG/TÊN_CSDL."));
    if (!url.isValid())
        throw refuse(tr("sai cú pháp (%1).").arg(url.errorString()));
    if (!url.password().isEmpty())
        throw refuse(tr("mật khẩu không được ghi trong địa chỉ; hãy đặt nó trong biến môi trường "
                        "PGPASSWORD hoặc tệp ~/.pgpass."));
    if (url.hasQuery() || url.hasFragment())
        throw refuse(tr("không nhận phần sau dấu “?” hoặc “#”."));
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty())
        throw refuse(tr("thiếu tên cơ sở dữ liệu sau dấu “/”."));
    if (path.contains(u'/'))
        throw refuse(tr("tên cơ sở dữ liệu “%1” không được chứa dấu “/”.").arg(path));
    PgTarget target;
    target.user = url.userName(QUrl::FullyDecoded);
    target.host = url.host(QUrl::FullyDecoded);
    target.port = url.port(-1);
    if (target.port == 0)
        throw refuse(tr("cổng phải từ 1 đến 65535."));
    target.database = path;
    return target;
}

QString PgTarget::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    return url.toString(QUrl::FullyEncoded);
}

PgTarget PgTarget::of(const QSqlDatabase& db)
{
    return {db.userName(), db.hostName(), db.port(), db.databaseName(), db.password()};
}

QSqlDatabase PgTarget::open(const QString& connectionName) const
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        throw StorageError(StorageError::Kind::Sql,
                           tr("Thiếu trình điều khiển PostgreSQL của Qt (QPSQL, gói "
                              "libqt6sql6-psql) nên không mở được %1.")
                               .arg(url()));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setDatabaseName(database);
    if (!user.isEmpty())
        db.setUserName(user);
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!password.isEmpty())
        db.setPassword(password);
    // A server that does not answer is given up on after 10 s, not the
    // system's TCP time-out (the window reconnects on its own thread).
    db.setConnectOptions(u"application_name=signtally;connect_timeout=10"_s);
    if (!db.open()) {
        const QString reason = db.lastError().databaseText().trimmed();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        throw StorageError(StorageError::Kind::Sql,
                           tr("Không kết nối được máy chủ PostgreSQL %1: %2").arg(url(), reason));
    }
    return db;
}

} // namespace signtally
