#include "import/CellParser.h"

#include "core/VnFormat.h"
#include "import/XlsxReader.h"

#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally::detail {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty() || s.size() > 12)
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

std::optional<QDate> CellParser::date(const SheetCell& cell, DateCache& cache) const
{
    if (cell.numeric) {
        if (cell.number < 1 || cell.number > 2958465)
            return std::nullopt;
        const QDate d = XlsxReader::dateFromSerial(cell.number);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    const auto cached = cache.constFind(cell.text);
    if (cached != cache.cend())
        return *cached;
    std::optional<QDate> d = DateParser::parse(cell.text);
    if (!d) {
        // "28/07" or "28/7": the campaign's year (the one that puts it inside).
        static const QRegularExpression dm(u"^\\s*(\\d{1,2})[/.\\-](\\d{1,2})\\s*$"_s);
        const QRegularExpressionMatch m = dm.match(cell.text);
        if (m.hasMatch()) {
            for (int year : {m_campaign.start.year(), m_campaign.end.year()}) {
                const QDate candidate(year, m.captured(2).toInt(), m.captured(1).toInt());
                if (candidate.isValid()) {
                    d = candidate;
                    if (m_campaign.contains(candidate))
                        break;
                }
            }
        }
    }
    cache.insert(cell.text, d);
    return d;
}

bool CellParser::count(const SheetCell& cell, qint64& value, QString& problem)
{
    if (cell.numeric) {
        if (cell.number != std::floor(cell.number)) {
            problem = tr("\"%1\" không phải là số nguyên.").arg(cell.text);
            return false;
        }
        if (cell.number < 0) {
            problem = tr("Số lượng âm (%1).").arg(cell.text);
            return false;
        }
        if (cell.number > 2e9) {
            problem = tr("Số quá lớn (%1).").arg(cell.text);
            return false;
        }
        value = qint64(cell.number);
        return true;
    }
    const QStringView text = QStringView(cell.text).trimmed();
    if (allDigits(text)) {
        qint64 v = 0;
        for (QChar c : text)
            v = v * 10 + (c.unicode() - u'0');
        if (v <= 2'000'000'000) {
            value = v;
            return true;
        }
    }
    const CountParse parsed = CountParser::parse(text);
    if (parsed.ok()) {
        value = parsed.value;
        return true;
    }
    if (parsed.error == CountParse::Error::Negative)
        problem = tr("Số lượng âm (%1).").arg(text.toString());
    else if (parsed.error == CountParse::Error::TooLarge)
        problem = tr("Số quá lớn (%1).").arg(text.toString());
    else
        problem = tr("\"%1\" không phải là số nguyên (ví dụ hợp lệ: 1605 hoặc 1.605).")
                      .arg(text.toString());
    return false;
}

} // namespace signtally::detail
