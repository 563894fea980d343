#include "report/ReportStyle.h"

#include "core/StatusColors.h"

#include <QFontDatabase>
#include <QFontMetricsF>

using namespace Qt::StringLiterals;

namespace signtally {

QString addBundledFonts(const QString& family, const QStringList& files)
{
    QString name = family;
    for (const QString& file : files) {
        const int id = QFontDatabase::addApplicationFont(u":/fonts/"_s + file);
        if (file == files.first() && id >= 0 &&
            !QFontDatabase::applicationFontFamilies(id).isEmpty())
            name = QFontDatabase::applicationFontFamilies(id).first();
    }
    return name;
}

QString reportFontFamily()
{
    static const QString family =
        addBundledFonts(u"Noto Sans"_s, {u"NotoSans-Regular.ttf"_s, u"NotoSans-Bold.ttf"_s});
    return family;
}

namespace detail {

QColor statusColor(Status s)
{
    return QColor(statusRgb(s));
}

const QImage& metricsDevice()
{
    static const QImage image = [] {
        QImage i(1, 1, QImage::Format_ARGB32_Premultiplied);
        i.setDotsPerMeterX(2835);
        i.setDotsPerMeterY(2835);
        return i;
    }();
    return image;
}

QFont pageFont(double pt, bool bold, int deviceDpi, const QString& family)
{
    QFont f(family);
    f.setPointSizeF(pt * 72.0 / deviceDpi);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No shaping: Qt 6.4 has no switch for ligatures alone, and "ff" drawn as
    // one ligature glyph would read back from the PDF as U+FB00 (the data
    // fingerprint is hex). Vietnamese text is precomposed (NFC), so the plain
    // character-to-glyph mapping renders every letter.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont measureFont(double pt, bool bold)
{
    return pageFont(pt, bold, metricsDevice().logicalDpiY());
}

double wrappedHeight(const QString& text, double pt, bool bold, double width)
{
    const QFontMetricsF fm(measureFont(pt, bold), &metricsDevice());
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

} // namespace detail

} // namespace signtally
