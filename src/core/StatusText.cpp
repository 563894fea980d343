#include "core/StatusText.h"

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
    case Status::NoData:
        return QCoreApplication::translate("Status", "Chưa có số liệu");
    case Status::Met:
        return QCoreApplication::translate("Status", "Đạt");
    case Status::NotMet:
        return QCoreApplication::translate("Status", "Không đạt");
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
    case Status::NoData:
        return u"no_data"_s;
    case Status::Met:
        return u"met"_s;
    case Status::NotMet:
        return u"not_met"_s;
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

QVector<Status> StatusText::shown(bool over)
{
    if (over)
        return {Status::Met, Status::NotMet};
    return {Status::OnTrack, Status::AtRisk, Status::Behind, Status::NoData};
}

QString StatusText::overDetail(qint64 remaining, double percentOfTarget, const Format& fmt)
{
    if (remaining > 0)
        return QCoreApplication::translate("Status", "Đợt đã kết thúc · thiếu %1")
            .arg(fmt.count(remaining));
    return QCoreApplication::translate("Status", "Đợt đã kết thúc · đạt %1")
        .arg(fmt.percent(percentOfTarget));
}

QString StatusText::countsLine(bool over, const std::function<int(Status)>& count)
{
    QStringList parts;
    for (Status s : shown(over))
        if (s != Status::NoData || count(s) > 0)
            parts << QCoreApplication::translate("Status", "%1: %2").arg(label(s)).arg(count(s));
    return parts.join(u" · "_s);
}

QString StatusText::rank(int rank)
{
    return rank > 0 ? QString::number(rank) : QStringLiteral("—");
}

} // namespace signtally
