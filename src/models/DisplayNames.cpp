#include "models/DisplayNames.h"

#include "core/VnFormat.h"

#include <QCoreApplication>

namespace signtally {

namespace {
// The stored names the interface translates (lupdate reads them from here).
[[maybe_unused]] const char* const TranslatedProviderNames[] = {
    QT_TRANSLATE_NOOP("Provider", "Khác"),
};
} // namespace

QString providerDisplayName(const Provider& provider)
{
    return QCoreApplication::translate("Provider", provider.name.toUtf8().constData());
}

QString groupViewText(const CampaignData& data, int group)
{
    if (group < 0 || group >= data.groups.size())
        return {};
    const GroupData& g = data.groups[group];
    const Format fmt;
    QString text =
        g.goalPercentBp
            ? QCoreApplication::translate("GroupView",
                                          "Nhóm đối tượng: %1 · mục tiêu %2 quy mô nhóm ở mỗi "
                                          "đơn vị · tổng mục tiêu %3.")
                  .arg(g.name,
                       fmt.percent(*g.goalPercentBp / 100.0, *g.goalPercentBp % 100 ? 1 : 0),
                       fmt.count(data.goal()))
            : QCoreApplication::translate("GroupView",
                                          "Nhóm đối tượng: %1 · mục tiêu đặt cho từng đơn vị · "
                                          "tổng mục tiêu %2.")
                  .arg(g.name, fmt.count(data.goal()));
    int unknown = 0;
    for (int u = 0; u < data.units.size(); ++u)
        if (!g.unitGoal(u))
            ++unknown;
    if (unknown > 0)
        text += u' ' + QCoreApplication::translate(
                           "GroupView",
                           "%n đơn vị chưa có quy mô (hoặc mục tiêu) của nhóm: chỉ tiêu của các "
                           "đơn vị này tạm lấy bằng dân số; nhập quy mô ở Đợt → Thiết lập đợt….",
                           nullptr, unknown);
    return text;
}

} // namespace signtally
