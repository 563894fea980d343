#include "import/TextDecoding.h"

#include <QStringDecoder>
#include <cstring>

using namespace Qt::StringLiterals;

namespace signtally {

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) { // ASCII eight bytes at a time
            quint64 eight = 0;
            std::memcpy(&eight, p + i, 8);
            if ((eight & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        quint32 cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        static constexpr quint32 minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

std::optional<Utf8Text> utf8Text(const QByteArray& bytes)
{
    static constexpr char bom[] = "\xEF\xBB\xBF";
    Utf8Text text{0, u"UTF-8"_s};
    if (bytes.startsWith(bom)) {
        text.encoding = u"UTF-8 BOM"_s;
        text.start = 3;
        // decodeText's decoder skips a BOM at the start of what follows, too.
        if (QByteArrayView(bytes).sliced(3).startsWith(bom))
            text.start = 6;
    }
    if (!isValidUtf8(QByteArrayView(bytes).sliced(text.start)))
        return std::nullopt; // Windows-1258, UTF-16 (its BOM is not UTF-8), or broken UTF-8
    return text;
}

DecodedText decodeText(const QByteArray& bytes)
{
    DecodedText out;
    auto decode = [&](const char* name, qsizetype skip) {
        QStringDecoder decoder(name);
        out.text = decoder.decode(QByteArrayView(bytes.constData() + skip, bytes.size() - skip));
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.encoding = u"UTF-8 BOM"_s;
        decode("UTF-8", 3);
    } else if (bytes.startsWith("\xFF\xFE")) {
        out.encoding = u"UTF-16LE"_s;
        decode("UTF-16LE", 2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        out.encoding = u"UTF-16BE"_s;
        decode("UTF-16BE", 2);
    } else if (isValidUtf8(bytes)) {
        out.encoding = u"UTF-8"_s;
        out.text = QString::fromUtf8(bytes);
    } else {
        out.encoding = u"Windows-1258"_s;
        QStringDecoder decoder("windows-1258");
        if (decoder.isValid())
            out.text = decoder.decode(bytes);
        else // Qt built without ICU: Latin-1 keeps the ASCII parts readable
            out.text = QString::fromLatin1(bytes);
    }
    return out;
}

} // namespace signtally
