#include "gui/setup/SetupEdits.h"

#include "core/TextMatch.h"
#include "core/VnFormat.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace signtally {

QString SetupEdits::unitColumnTitle(int column)
{
    switch (column) {
    case UnitNumber:
        return tr("TT");
    case UnitName:
        return tr("Tên đơn vị");
    case UnitKindColumn:
        return tr("Loại");
    case UnitPopulation:
        return tr("Dân số");
    case UnitQuota:
        return tr("Chỉ tiêu");
    case UnitAliases:
        return tr("Tên khác");
    case UnitHidden:
        return tr("Ẩn khi nhập");
    default:
        return {};
    }
}

std::optional<UnitKind> SetupEdits::kindFromText(const QString& text)
{
    const QString key = searchKey(text.trimmed());
    for (UnitKind k : {UnitKind::Commune, UnitKind::Ward, UnitKind::Town}) {
        if (key == searchKey(CampaignSetup::kindName(k)) ||
            key == searchKey(CampaignSetup::kindCode(k)))
            return k;
    }
    static const QHash<QString, UnitKind> vietnamese = {{u"xa"_s, UnitKind::Commune},
                                                        {u"phuong"_s, UnitKind::Ward},
                                                        {u"thi tran"_s, UnitKind::Town}};
    if (vietnamese.contains(key))
        return vietnamese.value(key);
    return std::nullopt;
}

std::optional<qint64> SetupEdits::parseCount(const QString& text, bool* ok, QString* error)
{
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const CountParse parsed = CountParser::parse(text.trimmed());
    if (!parsed.ok()) {
        *ok = false;
        *error = parsed.message();
        return std::nullopt;
    }
    return parsed.value;
}

QString SetupEdits::countText(std::optional<qint64> n)
{
    return n ? Format().count(*n) : QString();
}

QStringList SetupEdits::parseAliases(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(u"[;,]"_s), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

bool SetupEdits::parseFlag(const QString& text)
{
    static const QStringList yes = {u"x"_s, u"co"_s, u"1"_s, u"yes"_s, u"true"_s, u"an"_s};
    return yes.contains(searchKey(text.trimmed()));
}

QString SetupEdits::setUnitCell(CampaignSetup& setup, int row, int column, const QString& text)
{
    SetupUnit& u = setup.units[row];
    auto where = [&] { return tr("Dòng %1, cột “%2”").arg(row + 1).arg(unitColumnTitle(column)); };
    switch (column) {
    case UnitName:
        u.name = text.trimmed();
        break;
    case UnitKindColumn: {
        const std::optional<UnitKind> kind = kindFromText(text);
        if (!kind)
            return tr("%1: “%2” không phải xã, phường hoặc thị trấn.").arg(where(), text);
        u.kind = *kind;
        break;
    }
    case UnitPopulation:
    case UnitQuota: {
        bool ok = true;
        QString error;
        const std::optional<qint64> n = parseCount(text, &ok, &error);
        if (!ok)
            return tr("%1: “%2”: %3").arg(where(), text, error);
        if (column == UnitPopulation) {
            u.population = n;
        } else {
            u.quota = n;
            u.quotaManual = n.has_value();
        }
        break;
    }
    case UnitAliases:
        u.aliases = parseAliases(text);
        break;
    case UnitHidden:
        u.hidden = parseFlag(text);
        break;
    default:
        break; // TT is the row's place
    }
    return {};
}

QString SetupEdits::pasteUnits(CampaignSetup& setup, int row, int column, const QString& text)
{
    QString block = text;
    block.replace(u"\r\n"_s, u"\n"_s);
    if (block.endsWith(u'\n'))
        block.chop(1);
    CampaignSetup next = setup;
    const QStringList lines = block.split(u'\n');
    for (int r = 0; r < lines.size(); ++r) {
        if (row + r >= next.units.size())
            next.units.append(SetupUnit{});
        const QStringList cells = lines[r].split(u'\t');
        for (int c = 0; c < cells.size() && column + c < UnitColumnCount; ++c) {
            const QString problem = setUnitCell(next, row + r, column + c, cells[c]);
            if (!problem.isEmpty())
                return problem;
        }
    }
    setup = std::move(next);
    return {};
}

QString SetupEdits::hideInstead(const QString& name)
{
    return tr("%1 đã có số liệu trong đợt này nên không xóa được; hãy đánh dấu “Ẩn khi nhập” "
              "thay vì xóa.")
        .arg(name);
}

QString SetupEdits::freeCode(const QString& base, const QStringList& taken)
{
    QString code = base;
    for (int n = 2; taken.contains(code); ++n)
        code = u"%1-%2"_s.arg(base).arg(n);
    return code;
}

} // namespace signtally
