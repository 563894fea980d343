#pragma once

#include "core/ProgressEngine.h"
#include "core/VnFormat.h"

#include <QString>
#include <functional>

namespace signtally {

// Words for figures that are not plain numbers, shared by every output.
struct StatusText
{
    static QString label(Status s); // "Đúng tiến độ", translated
    static QString code(Status s);  // "on_track", for CSV and scripts
    static QString forecast(const Forecast& f, const Format& fmt);
    static QString rate(const std::optional<double>& perDay, const Format& fmt);
    // The statuses a snapshot can show: Met and NotMet once the drive is over,
    // the others before. In the order they are listed on screens and reports.
    static QVector<Status> shown(bool over);
    // The pace cards once the drive is over: "Đạt" / "Không đạt" and what is
    // missing ("Đợt đã kết thúc · thiếu 3.707").
    static QString overDetail(qint64 remaining, double percentOfTarget, const Format& fmt);
    // "Đúng tiến độ: 20 · Có nguy cơ chậm: 9 · …" over shown(over), without
    // "Chưa có số liệu" when no unit is in it.
    static QString countsLine(bool over, const std::function<int(Status)>& count);
    // A rank, "—" for none (a unit with nothing reported).
    static QString rank(int rank);
};

} // namespace signtally
