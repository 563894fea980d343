#include "core/TextMatch.h"

#include <QVector>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString simplified(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_C).toCaseFolded().simplified();
}

} // namespace

QString nameKey(QStringView name)
{
    QString s = simplified(name);
    for (const QString& prefix : {u"xã "_s, u"phường "_s, u"thị trấn "_s}) {
        const QString nfc = prefix.normalized(QString::NormalizationForm_C);
        if (s.startsWith(nfc)) {
            s = s.mid(nfc.size());
            break;
        }
    }
    return s;
}

QString searchKey(QStringView text)
{
    const QString decomposed = simplified(text).normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'đ')
            c = u'd';
        out.append(c);
    }
    return out;
}

int editDistance(QStringView a, QStringView b)
{
    QVector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace signtally
