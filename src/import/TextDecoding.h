#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace signtally {

// Text files as Vietnamese Windows PCs save them: UTF-8 with or without a BOM,
// UTF-16 LE/BE with a BOM (Excel's "Unicode text"), or Windows-1258 (the
// ANSI code page of Vietnamese Windows). The BOM decides first; then bytes
// that are valid UTF-8 are UTF-8; anything else is Windows-1258.
struct DecodedText
{
    QString text;     // without the BOM (names are NFC-normalised when matched)
    QString encoding; // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Windows-1258"
};

DecodedText decodeText(const QByteArray& bytes);

// Bytes that decodeText reads as UTF-8 because they are well-formed can be
// read as they are (CsvReader takes UTF-8): where the text starts (after the
// BOM) and the encoding's name. Nothing for any other bytes.
struct Utf8Text
{
    qsizetype start = 0; // QUtf8StringView(bytes).sliced(start) is decodeText(bytes).text
    QString encoding;    // "UTF-8" or "UTF-8 BOM"
};
std::optional<Utf8Text> utf8Text(const QByteArray& bytes);

// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(QByteArrayView bytes);

} // namespace signtally
