#include "storage/OpenStorage.h"

#include "storage/Database.h"
#include "storage/pg/PgStorage.h"
#include "storage/pg/PgTarget.h"

namespace signtally {

bool isServerAddress(const QString& where)
{
    return PgTarget::isServerAddress(where);
}

std::unique_ptr<Storage> openStorage(const QString& where, const QString& password)
{
    if (!PgTarget::isServerAddress(where))
        return Database::openExisting(where);
    PgTarget target = PgTarget::parse(where);
    target.password = password;
    return PgStorage::open(target);
}

} // namespace signtally
