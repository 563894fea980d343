#include "models/CellHistory.h"

#include "core/VnFormat.h"
#include "models/CampaignSession.h"
#include "models/DisplayNames.h"
#include "models/EntryEdits.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace signtally {

QString CellHistory::sourceLabel(const QString& source)
{
    if (source == EntrySource)
        return tr("Nhập tay");
    if (source == u"signtally demo"_s) // Seeder::addDemoTallies
        return tr("Số liệu mẫu");
    return source; // an import: the file's name
}

QVector<CellHistory::Row> CellHistory::of(const CampaignSession& session, int unit, QDate date)
{
    QVector<Row> out;
    const CampaignData& data = session.data();
    if (unit < 0 || unit >= data.units.size())
        return out;
    const Format fmt;
    const QString dash = QStringLiteral("—");
    const QVector<AuditEntry> entries = session.tallies().history(data.units[unit].id, date);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry& e = *it;
        Row h;
        QDateTime at = QDateTime::fromString(e.changedAt, Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(e.changedAt, Qt::ISODate);
        h.when = at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s) : e.changedAt;
        const int p = data.providerIndexById(e.providerId);
        h.provider =
            p >= 0 ? providerDisplayName(data.providers[p]) : QString::number(e.providerId);
        h.change = tr("%1 → %2").arg(e.oldCount ? fmt.count(*e.oldCount) : dash,
                                     e.newCount ? fmt.count(*e.newCount) : dash);
        h.actor = e.actor;
        h.source = sourceLabel(e.source);
        out.push_back(h);
    }
    return out;
}

} // namespace signtally
