#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

namespace signtally {

// How numbers and dates are shown to people: Vietnamese by default
// ("50.000", "106,1%", "28/07/2025"). Every user-visible figure goes through here.
// A default-constructed Format uses the process-wide default locale, which is
// Vietnamese unless the interface language is English (Language::apply sets it:
// "50,000", "106.1%"). Dates are dd/MM/yyyy in every language.
class Format
{
public:
    explicit Format(const QLocale& locale = defaultLocale()) : m_locale(locale) {}
    static QLocale vietnamese() { return QLocale(QLocale::Vietnamese, QLocale::Vietnam); }
    static QLocale defaultLocale();
    static void setDefaultLocale(const QLocale& locale);

    const QLocale& locale() const { return m_locale; }
    QString count(qint64 n) const;
    QString decimal(double v, int decimals) const;
    QString percent(double v, int decimals = 1) const;
    QString date(QDate d) const;      // dd/MM/yyyy
    QString shortDate(QDate d) const; // dd/MM

private:
    QLocale m_locale;
};

// Parses what people type or what sheets hold.
struct DateParser
{
    // dd/MM/yyyy, d/M/yyyy, yyyy-MM-dd
    static std::optional<QDate> parse(QStringView text);
};

struct CountParse
{
    enum class Error
    {
        None,
        Empty,
        NotANumber,
        Negative,
        TooLarge
    };
    Error error = Error::None;
    qint64 value = 0;
    bool ok() const { return error == Error::None; }
    QString message() const; // translated, for the user
};

struct CountParser
{
    // "1605", "1.605", "1,605", "1 605": digits with optional thousands separators
    // in groups of three. "1.5" is rejected: a count has no fraction.
    static CountParse parse(QStringView text);
};

} // namespace signtally
