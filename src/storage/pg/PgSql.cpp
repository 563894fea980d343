#include "storage/pg/PgSql.h"

#include "storage/pg/PgTarget.h"

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString reasonOf(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}

QString verbText(const QString& verb)
{
    if (verb == u"SELECT"_s)
        return PgSql::tr("đọc (SELECT)");
    if (verb == u"INSERT"_s)
        return PgSql::tr("thêm dòng (INSERT)");
    if (verb == u"UPDATE"_s)
        return PgSql::tr("sửa (UPDATE)");
    if (verb == u"DELETE"_s)
        return PgSql::tr("xóa (DELETE)");
    return verb;
}

} // namespace

StorageError PgSql::classify(const QSqlError& error, const QString& where)
{
    const QString state = error.nativeErrorCode();
    const QString reason = reasonOf(error);
    using Kind = StorageError::Kind;
    if (state == u"42501"_s)
        return StorageError(
            Kind::ReadOnly,
            tr("Máy chủ %1 từ chối vì tài khoản này thiếu quyền: %2").arg(where, reason));
    if (state.startsWith(u"23"_s) || state == u"P0001"_s)
        return StorageError(Kind::Rejected, reason);
    if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s)
        return StorageError(
            Kind::Busy,
            tr("Máy chủ %1 đang bận với một thay đổi khác cùng lúc; hãy thử lại.").arg(where));
    if (state == u"25006"_s)
        return StorageError(Kind::ReadOnly, tr("Máy chủ %1 chỉ cho đọc: %2").arg(where, reason));
    if (state == u"3D000"_s)
        return StorageError(Kind::NotFound,
                            tr("Máy chủ %1 không có cơ sở dữ liệu này: %2").arg(where, reason));
    return StorageError(Kind::Sql, tr("Lỗi cơ sở dữ liệu ở máy chủ %1: %2").arg(where, reason));
}

StorageError PgSql::classify(const QSqlDatabase& db, const QSqlError& error, const Attempt& attempt,
                             const QString& where)
{
    if (error.nativeErrorCode() != u"42501"_s)
        return classify(error, where);
    // Outside a failed transaction the connection still answers.
    QSqlQuery q(db);
    q.prepare(u"SELECT current_user, has_table_privilege(current_user, ?, ?)"_s);
    q.addBindValue(attempt.table);
    q.addBindValue(attempt.verb);
    QString user = db.userName();
    bool tableRight = false;
    bool known = false;
    if (q.exec() && q.next()) {
        user = q.value(0).toString();
        tableRight = q.value(1).toBool();
        known = true;
    }
    if (known && tableRight)
        return StorageError(
            StorageError::Kind::ReadOnly,
            tr("Tài khoản “%1” có quyền %2 ở bảng %3 nhưng chỉ với các dòng của đơn vị hoặc nhà "
               "cung cấp của mình (quyền theo dòng trên máy chủ %4); dòng này không thuộc về "
               "tài khoản đó.")
                .arg(user, verbText(attempt.verb), attempt.table, where));
    return StorageError(StorageError::Kind::ReadOnly,
                        tr("Tài khoản “%1” không có quyền %2 ở bảng %3 trên máy chủ %4.")
                            .arg(user, verbText(attempt.verb), attempt.table, where));
}

QSqlQuery PgSql::exec(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<QVariant> values)
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.size() == 0) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant& v : values)
                q.addBindValue(v);
            ok = q.exec();
        }
    }
    if (!ok)
        throw classify(q.lastError(), PgTarget::of(db).url());
    return q;
}

QVariant PgSql::scalar(const QSqlDatabase& db, const QString& sql,
                       std::initializer_list<QVariant> values)
{
    QSqlQuery q = exec(db, sql, values);
    return q.next() ? q.value(0) : QVariant();
}

QString PgSql::identifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString PgSql::literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace signtally
