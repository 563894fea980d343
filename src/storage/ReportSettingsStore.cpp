#include "storage/ReportSettingsStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace signtally {

namespace {

const QString NumberMark = u"{n}"_s;

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Text for a NOT NULL column: an empty QString that was never set binds as NULL.
QString text(const QString& s)
{
    return s.isNull() ? u""_s : s;
}

QVariant nullableInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

ReportNarrative narrativeFrom(const QSqlQuery& q)
{
    ReportNarrative n;
    n.from = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    n.to = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    if (!q.value(2).isNull())
        n.number = q.value(2).toInt();
    n.assessment = q.value(3).toString();
    n.difficulties = q.value(4).toString();
    n.proposals = q.value(5).toString();
    n.savedAt = q.value(6).toString();
    n.savedBy = q.value(7).toString();
    return n;
}

const QString NarrativeColumns = u"period_from, period_to, doc_number, assessment, difficulties, "
                                 "proposals, saved_at, saved_by"_s;

} // namespace

QString ReportSettings::documentNumber(std::optional<int> number) const
{
    QString pattern = numberPattern.trimmed();
    if (pattern.isEmpty())
        pattern = NumberMark + u"/BC"_s;
    if (!pattern.contains(NumberMark))
        pattern = NumberMark + pattern;
    // Eight spaces: room for the number the clerk writes in when the report is issued.
    return pattern.replace(NumberMark, number ? QString::number(*number) : QString(8, u' '));
}

ReportSettings ReportSettings::fromJson(const QJsonObject& o)
{
    ReportSettings s;
    s.parentBody = o.value(u"parentBody"_s).toString();
    s.issuingBody = o.value(u"issuingBody"_s).toString();
    s.place = o.value(u"place"_s).toString();
    s.numberPattern = o.value(u"numberPattern"_s).toString();
    s.nextNumber = o.value(u"nextNumber"_s).toInt();
    s.addressee = o.value(u"addressee"_s).toString();
    s.signerAuthority = o.value(u"signerAuthority"_s).toString();
    s.signerTitle = o.value(u"signerTitle"_s).toString();
    s.signerName = o.value(u"signerName"_s).toString();
    for (const QJsonValue& v : o.value(u"recipients"_s).toArray())
        s.recipients << v.toString();
    return s;
}

QJsonObject ReportSettings::toJson() const
{
    QJsonArray list;
    for (const QString& r : recipients)
        list.append(r);
    return {{u"parentBody"_s, parentBody},
            {u"issuingBody"_s, issuingBody},
            {u"place"_s, place},
            {u"numberPattern"_s, numberPattern},
            {u"nextNumber"_s, nextNumber},
            {u"addressee"_s, addressee},
            {u"signerAuthority"_s, signerAuthority},
            {u"signerTitle"_s, signerTitle},
            {u"signerName"_s, signerName},
            {u"recipients"_s, list}};
}

ReportSettings ReportSettingsStore::load(const Storage& db, qint64 campaignId)
{
    QSqlQuery q = db.exec(u"SELECT parent_body, issuing_body, place, number_pattern, next_number, "
                          "addressee, signer_authority, signer_title, signer_name, recipients "
                          "FROM report_settings WHERE campaign_id = ?"_s,
                          {campaignId});
    ReportSettings s;
    if (q.next()) {
        s.parentBody = q.value(0).toString();
        s.issuingBody = q.value(1).toString();
        s.place = q.value(2).toString();
        s.numberPattern = q.value(3).toString();
        s.nextNumber = q.value(4).toInt();
        s.addressee = q.value(5).toString();
        s.signerAuthority = q.value(6).toString();
        s.signerTitle = q.value(7).toString();
        s.signerName = q.value(8).toString();
        s.recipients = q.value(9).toString().split(u'\n', Qt::SkipEmptyParts);
        return s;
    }
    q.finish();
    s.issuingBody =
        db.scalar(u"SELECT organisation FROM campaign WHERE id = ?"_s, {campaignId}).toString();
    s.numberPattern = NumberMark + u"/BC"_s;
    s.recipients = {tr("Lưu: VT.")};
    return s;
}

QString ReportSettingsStore::validate(const ReportSettings& s)
{
    if (s.issuingBody.trimmed().isEmpty())
        return tr("Cơ quan ban hành không được để trống.");
    if (s.nextNumber < 0)
        return tr("Số tiếp theo phải là 0 (để trống) hoặc một số dương, không phải %1.")
            .arg(s.nextNumber);
    if (s.numberPattern.count(NumberMark) > 1)
        return tr("Mẫu số văn bản \"%1\" chỉ được có một chỗ {n}.").arg(s.numberPattern);
    for (const QString& r : s.recipients)
        if (r.contains(u'\n'))
            return tr("Mỗi nơi nhận phải nằm trên một dòng.");
    return {};
}

void ReportSettingsStore::insert(Storage& db, qint64 campaignId, const ReportSettings& s)
{
    const QString problem = validate(s);
    if (!problem.isEmpty())
        throw StorageError(StorageError::Kind::Rejected, problem);
    QStringList recipients;
    for (const QString& r : s.recipients)
        if (!r.trimmed().isEmpty())
            recipients << r.trimmed();
    db.exec(u"DELETE FROM report_settings WHERE campaign_id = ?"_s, {campaignId});
    db.exec(u"INSERT INTO report_settings (campaign_id, parent_body, issuing_body, place, "
            "number_pattern, next_number, addressee, signer_authority, signer_title, signer_name, "
            "recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {campaignId, text(s.parentBody.trimmed()), text(s.issuingBody.trimmed()),
             text(s.place.trimmed()), text(s.numberPattern.trimmed()), s.nextNumber,
             text(s.addressee.trimmed()), text(s.signerAuthority.trimmed()),
             text(s.signerTitle.trimmed()), text(s.signerName.trimmed()),
             text(recipients.join(u'\n'))});
}

void ReportSettingsStore::save(Storage& db, qint64 campaignId, const ReportSettings& s)
{
    db.writeTransaction([&] { insert(db, campaignId, s); });
}

std::optional<ReportNarrative> ReportSettingsStore::narrative(const Storage& db, qint64 campaignId,
                                                              QDate from, QDate to)
{
    QSqlQuery q = db.exec(u"SELECT "_s + NarrativeColumns +
                              u" FROM report_narrative WHERE campaign_id = ? AND period_from = ? "
                              "AND period_to = ?"_s,
                          {campaignId, isoDate(from), isoDate(to)});
    if (!q.next())
        return std::nullopt;
    return narrativeFrom(q);
}

std::optional<ReportNarrative>
ReportSettingsStore::narrativeFor(const Storage& db, qint64 campaignId, QDate from, QDate to)
{
    if (auto own = narrative(db, campaignId, from, to))
        return own;
    QSqlQuery q = db.exec(u"SELECT "_s + NarrativeColumns +
                              u" FROM report_narrative WHERE campaign_id = ? "
                              "ORDER BY saved_at DESC, period_to DESC LIMIT 1"_s,
                          {campaignId});
    if (!q.next())
        return std::nullopt;
    ReportNarrative last = narrativeFrom(q);
    last.from = from;
    last.to = to;
    last.number.reset();
    last.savedAt.clear();
    last.savedBy.clear();
    return last;
}

ReportNarrative ReportSettingsStore::saveNarrative(Storage& db, qint64 campaignId,
                                                   ReportNarrative n, const QString& actor)
{
    if (!n.from.isValid() || !n.to.isValid() || n.from > n.to)
        throw StorageError(StorageError::Kind::Rejected,
                           tr("Nội dung báo cáo cần một kỳ báo cáo hợp lệ."));
    db.writeTransaction([&] {
        const std::optional<ReportNarrative> old = narrative(db, campaignId, n.from, n.to);
        if (old && old->number) {
            n.number = old->number;
        } else if (!n.number) {
            const int next = db.scalar(u"SELECT next_number FROM report_settings "
                                       "WHERE campaign_id = ?"_s,
                                       {campaignId})
                                 .toInt();
            if (next > 0) {
                n.number = next;
                db.exec(u"UPDATE report_settings SET next_number = ? WHERE campaign_id = ?"_s,
                        {next + 1, campaignId});
            }
        }
        n.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        n.savedBy = actor;
        db.exec(u"DELETE FROM report_narrative WHERE campaign_id = ? AND period_from = ? AND "
                "period_to = ?"_s,
                {campaignId, isoDate(n.from), isoDate(n.to)});
        db.exec(u"INSERT INTO report_narrative (campaign_id, "_s + NarrativeColumns +
                    u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {campaignId, isoDate(n.from), isoDate(n.to), nullableInt(n.number),
                 text(n.assessment), text(n.difficulties), text(n.proposals), n.savedAt,
                 text(n.savedBy)});
    });
    return n;
}

} // namespace signtally
