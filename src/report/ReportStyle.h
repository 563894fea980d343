#pragma once

#include "core/ProgressEngine.h"
#include "report/ReportDocument.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QString>

// The look of the painted report, shared by its painter, its charts and its
// page layout: page geometry in points, colours and fonts.
namespace signtally::detail {

// Page geometry in points (A4 portrait; the summary form's margins).
constexpr double PageW = 595.28;
constexpr double PageH = 841.89;
constexpr double MarginL = 42;
constexpr double MarginR = 42;
constexpr double MarginT = 40;
constexpr double ContentW = PageW - MarginL - MarginR;
constexpr double ContentBottom = PageH - 56;
constexpr double FooterY = PageH - 40;

constexpr double BodyPt = 9;
constexpr double TablePt = 7.5;
constexpr double RowH = 13;
constexpr double HeaderRowH = 16;
constexpr double SectionH = 24;
constexpr double SummaryLineH = 14;
constexpr double SectionPt = 10.5; // section titles
constexpr double NoteH = 18;       // a one-line note
constexpr double LineChartH = 260;
constexpr double BarH = 14;
constexpr double BarChartExtra = 62; // title, axis labels and legend

inline const QColor Ink(0x1b, 0x1b, 0x1b);
inline const QColor Muted(0x5f, 0x63, 0x68);
inline const QColor Rule(0xb8, 0xbd, 0xc4);
inline const QColor Zebra(0xf3, 0xf5, 0xf8);
inline const QColor HeaderFill(0x1f, 0x4e, 0x79);
inline const QColor Blue(0x1f, 0x6f, 0xb5);

// As on the dashboard (core/StatusColors.h).
QColor statusColor(Status s);

// A 72 dpi device: font sizes in points are then lengths in points, so text
// can be measured for the layout before any real device exists.
const QImage& metricsDevice();

// A font whose size is `pt` points on the page, for a painter that draws in
// points on a device of the given dpi (the painter is scaled by dpi / 72).
QFont pageFont(double pt, bool bold, int deviceDpi, const QString& family = reportFontFamily());

QFont measureFont(double pt, bool bold);
// The height of text wrapped to width, in points.
double wrappedHeight(const QString& text, double pt, bool bold, double width);

} // namespace signtally::detail
