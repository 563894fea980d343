#include "core/VnFormat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QLocale& defaultLocaleStorage()
{
    static QLocale locale = Format::vietnamese();
    return locale;
}

} // namespace

QLocale Format::defaultLocale()
{
    return defaultLocaleStorage();
}

void Format::setDefaultLocale(const QLocale& locale)
{
    defaultLocaleStorage() = locale;
}

QString Format::count(qint64 n) const
{
    return m_locale.toString(n);
}

QString Format::decimal(double v, int decimals) const
{
    return m_locale.toString(v, 'f', decimals);
}

QString Format::percent(double v, int decimals) const
{
    return m_locale.toString(v, 'f', decimals) + m_locale.percent();
}

QString Format::date(QDate d) const
{
    return d.toString(u"dd/MM/yyyy"_s);
}

QString Format::shortDate(QDate d) const
{
    return d.toString(u"dd/MM"_s);
}

std::optional<QDate> DateParser::parse(QStringView text)
{
    static const QRegularExpression dmy(u"^\\s*(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})\\s*$"_s);
    static const QRegularExpression ymd(u"^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*$"_s);
    QRegularExpressionMatch m = ymd.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    m = dmy.match(text);
    if (m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

QString CountParse::message() const
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("CountParse", "Chưa nhập số.");
    case Error::NotANumber:
        return QCoreApplication::translate(
            "CountParse", "Không phải là số nguyên (ví dụ hợp lệ: 1605 hoặc 1.605).");
    case Error::Negative:
        return QCoreApplication::translate("CountParse", "Số lượng không được âm.");
    case Error::TooLarge:
        return QCoreApplication::translate("CountParse", "Số quá lớn.");
    }
    return {};
}

CountParse CountParser::parse(QStringView text)
{
    CountParse r;
    QString s = text.toString().trimmed();
    if (s.isEmpty()) {
        r.error = CountParse::Error::Empty;
        return r;
    }
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'\u2212')) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    // Plain digits, or digits grouped by threes with one consistent separator.
    static const QRegularExpression plain(u"^\\d+$"_s);
    static const QRegularExpression grouped(
        u"^\\d{1,3}(?:([.,\\x{00A0}\\x{202F} ])\\d{3})(?:\\1\\d{3})*$"_s);
    if (!plain.match(s).hasMatch() && !grouped.match(s).hasMatch()) {
        r.error = CountParse::Error::NotANumber;
        return r;
    }
    QString digits;
    digits.reserve(s.size());
    for (QChar c : std::as_const(s))
        if (c.isDigit())
            digits.append(c);
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    if (!ok || v > 2'000'000'000) {
        r.error = CountParse::Error::TooLarge;
        return r;
    }
    if (negative && v != 0) {
        r.error = CountParse::Error::Negative;
        return r;
    }
    r.value = v;
    return r;
}

} // namespace signtally
