#pragma once

#include "core/ProgressEngine.h"
#include "core/VnFormat.h"

#include <QString>

namespace signtally {

// Words for figures that are not plain numbers, shared by every output.
struct StatusText
{
    static QString label(Status s); // "Đúng tiến độ", translated
    static QString code(Status s);  // "on_track", for CSV and scripts
    static QString forecast(const Forecast& f, const Format& fmt);
    static QString rate(const std::optional<double>& perDay, const Format& fmt);
};

} // namespace signtally
