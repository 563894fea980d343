#pragma once

#include <QString>
#include <QStringView>

namespace signtally {

// Key for matching a unit or provider name as people type it in sheets:
// Unicode NFC, case folded, runs of spaces collapsed, and a leading
// "Xã"/"Phường"/"Thị trấn" prefix removed. Diacritics are kept: "Chợ Mới" and
// "Chợ Môi" are different places.
QString nameKey(QStringView name);

// Key for a search box: as nameKey, but diacritics are removed too and "đ"
// becomes "d", so "cho ra" finds "Xã Chợ Rã". The prefix is kept.
QString searchKey(QStringView text);

// Edit distance between two keys, for "did you mean" suggestions.
int editDistance(QStringView a, QStringView b);

} // namespace signtally
