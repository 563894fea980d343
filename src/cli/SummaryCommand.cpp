#include "cli/SummaryCommand.h"

#include "core/Clock.h"
#include "core/StatusText.h"
#include "core/VnFormat.h"
#include "storage/CampaignStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

int SummaryCommand::run(CommandContext& ctx)
{
    QCommandLineParser parser;
    CommandContext::addDbOption(parser);
    CommandContext::addCampaignOption(parser);
    parser.addOption(
        {u"as-of"_s, tr("Tính đến ngày (mặc định: hôm nay, giới hạn trong đợt)."), u"DATE"_s});
    parser.addOption({u"format"_s, tr("Định dạng: text hoặc csv."), u"FORMAT"_s, u"text"_s});
    ctx.parse(parser);
    const QString format = parser.value(u"format"_s);
    if (format != u"text"_s && format != u"csv"_s)
        throw CommandError(ExitUsage,
                           tr("--format phải là text hoặc csv, không phải \"%1\".").arg(format));

    auto db = ctx.openStorage(parser, Database::Access::ReadOnly);
    const QDate today = Clock::system().today();
    const CampaignData data =
        CampaignStore(*db).load(CommandContext::chooseCampaign(parser, *db, today));
    const ProgressEngine engine(data);
    const QDate asOf = parser.isSet(u"as-of"_s)
                           ? CommandContext::parseDate(parser.value(u"as-of"_s), u"as-of"_s)
                           : engine.calendar().clamp(today);
    const ProgressSnapshot s = engine.snapshot(asOf);
    ctx.out << (format == u"csv"_s ? renderCsv(engine, s) : renderText(engine, s));
    ctx.out.flush();
    return ExitOk;
}

QString SummaryCommand::renderText(const ProgressEngine& engine, const ProgressSnapshot& s)
{
    const Format fmt;
    const CampaignData& data = engine.data();
    QVector<QStringList> rows;
    rows.push_back({tr("TT"), tr("Đơn vị"), tr("Dân số TT"), tr("Chỉ tiêu"), tr("Lũy kế"),
                    tr("% chỉ tiêu"), tr("Trạng thái")});
    for (const UnitProgress& u : s.units) {
        const Unit& unit = data.units[u.unitIndex];
        rows.push_back({QString::number(unit.number), unit.name, fmt.count(unit.adults),
                        fmt.count(unit.quota), fmt.count(u.cumulative),
                        fmt.percent(u.percentOfTarget), StatusText::label(u.status)});
    }
    rows.push_back({QString(), tr("Tổng cộng"), fmt.count(s.total.population),
                    fmt.count(s.total.target), fmt.count(s.total.cumulative),
                    fmt.percent(s.total.percentOfTarget), StatusText::label(s.total.status)});

    QVector<int> width(rows.first().size(), 0);
    for (const QStringList& r : rows)
        for (int c = 0; c < r.size(); ++c)
            width[c] = std::max<int>(width[c], int(r[c].size()));
    auto line = [&](const QStringList& r) -> QString {
        QString out;
        for (int c = 0; c < r.size(); ++c) {
            const bool leftAligned = c == 1 || c == 6;
            out += leftAligned ? r[c].leftJustified(width[c]) : r[c].rightJustified(width[c]);
            if (c + 1 < r.size())
                out += u"  "_s;
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };

    QString out = data.campaign.name + u'\n';
    out += (s.over ? tr("Tính đến ngày %1: đợt đã kết thúc (%2 ngày).")
                         .arg(Format().date(s.asOf))
                         .arg(s.campaignDays)
                   : tr("Tính đến ngày %1: ngày %2/%3 của đợt, còn %4 ngày.")
                         .arg(Format().date(s.asOf))
                         .arg(s.elapsedDays)
                         .arg(s.campaignDays)
                         .arg(s.daysLeft)) +
           u"\n\n"_s;
    int total = 0;
    for (int w : width)
        total += w + 2;
    for (int i = 0; i < rows.size(); ++i) {
        if (i == rows.size() - 1)
            out += QString(total - 2, u'-') + u'\n';
        out += line(rows[i]);
        if (i == 0)
            out += QString(total - 2, u'-') + u'\n';
    }
    out += u'\n' + StatusText::countsLine(s.over, [&](Status st) { return s.count(st); }) + u'\n';
    return out;
}

QString SummaryCommand::renderCsv(const ProgressEngine& engine, const ProgressSnapshot& s)
{
    const CampaignData& data = engine.data();
    QString out = u"no,unit,adults,quota,cumulative,percent_of_quota,status\n"_s;
    for (const UnitProgress& u : s.units) {
        const Unit& unit = data.units[u.unitIndex];
        out +=
            QStringList{QString::number(unit.number),  csvField(unit.name),
                        QString::number(unit.adults),  QString::number(unit.quota),
                        QString::number(u.cumulative), QString::number(u.percentOfTarget, 'f', 2),
                        StatusText::code(u.status)}
                .join(u',') +
            u'\n';
    }
    out += QStringList{QString(),
                       csvField(tr("Tổng cộng")),
                       QString::number(s.total.population),
                       QString::number(s.total.target),
                       QString::number(s.total.cumulative),
                       QString::number(s.total.percentOfTarget, 'f', 2),
                       StatusText::code(s.total.status)}
               .join(u',') +
           u'\n';
    return out;
}

} // namespace signtally
