#pragma once

#include "core/Campaign.h"

#include <QHash>
#include <QStringList>

namespace signtally {

// Finds a campaign's unit from a name as a sheet spells it: by nameKey (NFC,
// case, spaces, a "Xã"/"Phường"/"Thị trấn" prefix) against each unit's name
// and aliases. Remembers answers by the exact text, so a million rows cost a
// hash lookup each.
class UnitMatcher
{
public:
    explicit UnitMatcher(const QVector<Unit>& units);
    // Index in units, or -1.
    int match(const QString& text);
    // Up to `count` unit names closest to text (edit distance on nameKey).
    QStringList suggestions(const QString& text, int count = 3) const;

private:
    const QVector<Unit>& m_units;
    QHash<QString, int> m_byKey;
    QHash<QString, int> m_cache;
};

// Finds a provider from the name a sheet gives it: exact name, code or alias
// (nameKey), then the same without diacritics with common abbreviations
// spelled out ("CNS" = "công nghệ số"), then a sheet name that starts with a
// provider's name or alias ("VNPT Bắc Kạn" is VNPT). "Tổ CNS cộng đồng",
// "Khác" and "Other" are the community teams' provider when it has such aliases.
class ProviderMatcher
{
public:
    explicit ProviderMatcher(const QVector<Provider>& providers);
    // Index in providers, or -1 (also when two providers would fit).
    int match(const QString& text);
    QStringList names() const;

private:
    int matchUncached(const QString& text) const;
    const QVector<Provider>& m_providers;
    QHash<QString, int> m_cache;
};

// The diacritic-free key of a header or label: searchKey without punctuation
// ("Xã/Phường:" → "xa phuong").
QString headerKey(QStringView text);

} // namespace signtally
