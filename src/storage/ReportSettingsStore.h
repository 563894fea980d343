#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace signtally {

// How a campaign's official report (Decree 30/2020/NĐ-CP, Appendix I) is
// headed and signed: kept per campaign in the file, shared by everyone.
struct ReportSettings
{
    QString parentBody;    // "UBND TỈNH THÁI NGUYÊN" (left, capitals, not bold)
    QString issuingBody;   // "SỞ KHOA HỌC VÀ CÔNG NGHỆ" (left, bold capitals)
    QString place;         // "Thái Nguyên" (the place-and-date line)
    QString numberPattern; // "{n}/BC-KHCN": {n} is the report's number, blank when it has none
    int nextNumber = 0;    // the number the next saved report gets; 0 = left blank to fill by hand
    QString addressee; // "Ủy ban nhân dân tỉnh Thái Nguyên" ("Kính gửi: …"); empty = no line
    QString signerAuthority; // "KT. GIÁM ĐỐC" (empty when the head signs)
    QString signerTitle;     // "PHÓ GIÁM ĐỐC"
    QString signerName;      // printed in bold under the space for the signature
    QStringList recipients;  // "Nơi nhận", one item each, without the leading "- "

    bool operator==(const ReportSettings&) const = default;

    // "12/BC-KHCN", or the pattern with room for a number written by hand.
    QString documentNumber(std::optional<int> number) const;
    // The settings a campaign file's "report" object gives (data/*.json).
    static ReportSettings fromJson(const QJsonObject& o);
    QJsonObject toJson() const; // what fromJson reads back
};

// What the office writes in a report beside the figures: sections II–IV.
struct ReportNarrative
{
    QDate from; // the period it was written for
    QDate to;
    std::optional<int> number; // the document number it was given
    QString assessment;        // II. Đánh giá
    QString difficulties;      // III. Khó khăn, vướng mắc
    QString proposals;         // IV. Đề xuất, kiến nghị
    QString savedAt;           // ISO date-time, UTC
    QString savedBy;

    bool isEmpty() const
    {
        return assessment.trimmed().isEmpty() && difficulties.trimmed().isEmpty() &&
               proposals.trimmed().isEmpty();
    }
};

// Reads and writes report_settings and report_narrative (schema 4).
class ReportSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(ReportSettingsStore)
public:
    // The campaign's settings; for a campaign that has none yet, a heading
    // made from its organisation and nothing else.
    static ReportSettings load(const Storage& db, qint64 campaignId);
    // Throws StorageError(Rejected) naming the field when a value is not allowed.
    static void save(Storage& db, qint64 campaignId, const ReportSettings& s);
    // Inside a transaction the caller holds (seeding, migrating).
    static void insert(Storage& db, qint64 campaignId, const ReportSettings& s);
    // The problem with the settings, in one sentence; empty when they are fine.
    static QString validate(const ReportSettings& s);

    // The text saved for exactly this period, if any.
    static std::optional<ReportNarrative> narrative(const Storage& db, qint64 campaignId,
                                                    QDate from, QDate to);
    // What a new report starts from: this period's own text, else the text
    // saved last for any period (number cleared), else nothing.
    static std::optional<ReportNarrative> narrativeFor(const Storage& db, qint64 campaignId,
                                                       QDate from, QDate to);
    // Saves the text for its period. A period saved for the first time takes
    // the settings' next number (when there is one) and moves it on; returns
    // the narrative as stored.
    static ReportNarrative saveNarrative(Storage& db, qint64 campaignId, ReportNarrative n,
                                         const QString& actor);
};

} // namespace signtally
