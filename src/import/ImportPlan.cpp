#include "import/ImportPlan.h"

#include "import/SheetSource.h"

using namespace Qt::StringLiterals;

namespace signtally {

QString ImportIssue::text() const
{
    QString out = place.isEmpty() ? message : place + u": "_s + message;
    if (!suggestions.isEmpty())
        out += u' ' + ImportPlan::tr("Có phải: %1?").arg(suggestions.join(u", "_s));
    return out;
}

QString ImportPlan::placeText(const ImportPlace& place) const
{
    if (place.file < 0 || place.file >= files.size())
        return {};
    const ImportFileInfo& f = files[place.file];
    if (f.sheet.isEmpty())
        return u"%1:%2"_s.arg(f.name).arg(place.line);
    if (place.column < 0)
        return u"%1:%2!%3"_s.arg(f.name, f.sheet).arg(place.line);
    return u"%1:%2!%3%4"_s.arg(f.name, f.sheet, columnName(place.column)).arg(place.line);
}

} // namespace signtally
