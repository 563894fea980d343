#include "cli/StatusText.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally {

QString StatusText::label(Status s)
{
    switch (s) {
    case Status::OnTrack:
        return QCoreApplication::translate("Status", "Đúng tiến độ");
    case Status::AtRisk:
        return QCoreApplication::translate("Status", "Có nguy cơ chậm");
    case Status::Behind:
        return QCoreApplication::translate("Status", "Chậm tiến độ");
    }
    return {};
}

QString StatusText::code(Status s)
{
    switch (s) {
    case Status::OnTrack:
        return u"on_track"_s;
    case Status::AtRisk:
        return u"at_risk"_s;
    case Status::Behind:
        return u"behind"_s;
    }
    return {};
}

QString StatusText::forecast(const Forecast& f, const Format& fmt)
{
    switch (f.kind) {
    case Forecast::Kind::Reached:
        return QCoreApplication::translate("Status", "Đã đạt ngày %1").arg(fmt.date(f.date));
    case Forecast::Kind::WithinCampaign:
        return fmt.date(f.date);
    case Forecast::Kind::NotWithinCampaign:
        return QCoreApplication::translate("Status", "Không đạt trong đợt");
    case Forecast::Kind::NoPace:
        return QCoreApplication::translate("Status", "Chưa có số liệu để dự báo");
    }
    return {};
}

QString StatusText::rate(const std::optional<double>& perDay, const Format& fmt)
{
    if (!perDay)
        return QCoreApplication::translate("Status", "Hết thời gian");
    return fmt.count(qint64(std::ceil(*perDay))) + QCoreApplication::translate("Status", "/ngày");
}

} // namespace signtally
