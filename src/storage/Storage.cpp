#include "storage/Storage.h"

#include "storage/Logging.h"

namespace signtally {

namespace {

[[noreturn]] void fail(const StorageError& e)
{
    spdlog::info("storage: {}", str(e.message()));
    throw e;
}

} // namespace

QSqlQuery Storage::prepare(const QString& sql) const
{
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        fail(classify(q.lastError()));
    return q;
}

void Storage::exec(QSqlQuery& query) const
{
    if (!query.exec())
        fail(classify(query.lastError()));
}

QSqlQuery Storage::exec(const QString& sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery q = prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    exec(q);
    return q;
}

QVariant Storage::scalar(const QString& sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery q = exec(sql, values);
    const QVariant v = q.next() ? q.value(0) : QVariant();
    q.finish();
    return v;
}

} // namespace signtally
