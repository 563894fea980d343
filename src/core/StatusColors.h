#pragma once

#include "core/ProgressEngine.h"

#include <QtGlobal>

namespace signtally {

// The colour of each status as 0xRRGGBB (QColor(statusRgb(s)) where QtGui is
// at hand): one definition for the dashboard's table and charts and the
// report's PDF, so a status looks the same on screen and on paper.
constexpr quint32 statusRgb(Status s)
{
    switch (s) {
    case Status::OnTrack:
        return 0x2e7d32;
    case Status::AtRisk:
        return 0xef8f00;
    case Status::Behind:
    case Status::NotMet:
        return 0xc62828;
    case Status::NoData:
        return 0x757575;
    case Status::Met:
        return 0x1b5e20;
    }
    return 0x1b1b1b;
}

} // namespace signtally
