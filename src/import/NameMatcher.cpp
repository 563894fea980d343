#include "import/NameMatcher.h"

#include "core/TextMatch.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

QString headerKey(QStringView text)
{
    QString key = searchKey(text);
    for (QChar& c : key)
        if (!c.isLetterOrNumber())
            c = u' ';
    return key.simplified();
}

UnitMatcher::UnitMatcher(const QVector<Unit>& units) : m_units(units)
{
    for (int i = 0; i < units.size(); ++i) {
        m_byKey.insert(nameKey(units[i].name), i);
        for (const QString& alias : units[i].aliases)
            m_byKey.insert(nameKey(alias), i);
    }
}

int UnitMatcher::match(const QString& text)
{
    const auto cached = m_cache.constFind(text);
    if (cached != m_cache.cend())
        return *cached;
    const int index = m_byKey.value(nameKey(text), -1);
    m_cache.insert(text, index);
    return index;
}

QStringList UnitMatcher::suggestions(const QString& text, int count) const
{
    const QString key = nameKey(text);
    QVector<std::pair<int, int>> scored; // distance, unit
    for (int i = 0; i < m_units.size(); ++i) {
        int best = editDistance(key, nameKey(m_units[i].name));
        for (const QString& alias : m_units[i].aliases)
            best = std::min(best, editDistance(key, nameKey(alias)));
        scored.push_back({best, i});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList out;
    for (int i = 0; i < scored.size() && out.size() < count; ++i)
        out << m_units[scored[i].second].name;
    return out;
}

ProviderMatcher::ProviderMatcher(const QVector<Provider>& providers) : m_providers(providers) {}

QStringList ProviderMatcher::names() const
{
    QStringList out;
    for (const Provider& p : m_providers)
        out << p.name;
    return out;
}

int ProviderMatcher::match(const QString& text)
{
    const auto cached = m_cache.constFind(text);
    if (cached != m_cache.cend())
        return *cached;
    const int index = matchUncached(text);
    m_cache.insert(text, index);
    return index;
}

namespace {

// Diacritic-free, punctuation-free, with the abbreviations sheets use.
QString looseKey(QStringView text)
{
    QString key = headerKey(text);
    static const QList<std::pair<QRegularExpression, QString>> expansions = {
        {QRegularExpression(u"\\bcns\\b"_s), u"cong nghe so"_s},
        {QRegularExpression(u"\\bcnscd\\b"_s), u"cong nghe so cong dong"_s},
        {QRegularExpression(u"\\bcd\\b"_s), u"cong dong"_s},
        {QRegularExpression(u"\\bto cnsc?d\\b"_s), u"to cong nghe so cong dong"_s},
    };
    for (const auto& [re, replacement] : expansions)
        key.replace(re, replacement);
    return key;
}

} // namespace

int ProviderMatcher::matchUncached(const QString& text) const
{
    if (text.trimmed().isEmpty())
        return -1;
    auto unique = [&](const std::function<bool(const QString& candidate)>& fits) {
        int found = -1;
        for (int i = 0; i < m_providers.size(); ++i) {
            const Provider& p = m_providers[i];
            QStringList candidates = p.aliases;
            candidates << p.name << p.code;
            if (std::any_of(candidates.cbegin(), candidates.cend(), fits)) {
                if (found >= 0 && found != i)
                    return -2; // ambiguous
                found = i;
            }
        }
        return found;
    };
    const QString key = nameKey(text);
    int i = unique([&](const QString& c) { return nameKey(c) == key; });
    if (i != -1)
        return std::max(i, -1);
    const QString loose = looseKey(text);
    i = unique([&](const QString& c) { return looseKey(c) == loose; });
    if (i != -1)
        return std::max(i, -1);
    // "VNPT Bắc Kạn", "Viettel chi nhánh …": the sheet's name starts with one of ours.
    i = unique([&](const QString& c) {
        const QString k = looseKey(c);
        return !k.isEmpty() && loose.startsWith(k + u' ');
    });
    return std::max(i, -1);
}

} // namespace signtally
