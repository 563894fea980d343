#pragma once

#include "gui/Page.h"
#include "report/ReportDocument.h"
#include "report/WeeklyReport.h"

#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace signtally {

class CampaignSession;
class ReportDocument;

// Báo cáo: pick a week (or a date range), type the report's sections II–IV
// (kept in the file per period, pre-filled from the last report), see the
// PDF's pages, export them as PDF, ODT, Excel or CSV, or print. The page only
// chooses and shows; the report itself is made by the report library, the
// same as `signtally report`. "Cài đặt báo cáo…" edits the heading and signature.
class ReportPage : public Page
{
    Q_OBJECT
public:
    ReportPage(CampaignSession* session, QWidget* parent = nullptr);
    ~ReportPage() override;
    QString key() const override { return QStringLiteral("report"); }
    QString title() const override { return tr("Báo cáo"); }
    void applyViewOptions(const ViewOptions& options) override;

    // The report as the controls ask for it; none (and a message shown) when
    // the chosen range is not valid. The page makes its report (and preview)
    // when first shown; these, like every action below, make it first when
    // it is not made yet.
    const WeeklyReport* currentReport();
    int previewPageCount();
    // Writes the current report; the kind follows the extension. Returns the
    // error sentence, empty on success.
    QString exportTo(const QString& path);
    void selectWeek(int week);
    void selectRange(QDate from, QDate to);
    void selectLayout(ReportLayout layout);
    // Sections II (0), III (1) and IV (2) as typed.
    QPlainTextEdit* narrativeEdit(int section) const;
    // Saves the typed sections for the period shown (the first save of a
    // period gives it the next document number). Returns the error, empty on success.
    QString saveNarrative();
    // Opens the Report settings dialog; the preview follows what it saved.
    void editSettings();
    // The name the export dialog offers ("bao-cao-tuan-2.pdf", "…-tam-tinh.pdf").
    QString suggestedFileName(const QString& extension);
    // What Ctrl+E / Ctrl+P do on the page (the File menu calls them): ask for a
    // file and export, or open the print dialog.
    void exportReport();
    void printReport();

    // The most pages the preview draws (a 3.000-unit report has ~80).
    static constexpr int MaxPreviewPages = 12;

protected:
    void applyChange(const ChangeNotice& notice) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // Reads the controls; makes the report at once when the page is shown,
    // else marks it to be made when shown or asked for.
    void refresh();
    void build();
    void ensureBuilt();
    void renderPreview();
    void clearPreview();
    double previewDpi() const;
    void exportWithDialog(const QString& filter);
    void print();
    void loadNarrative();
    // The period list of the campaign's weeks, and its last complete week chosen.
    void setUpPeriods();

    CampaignSession* m_session;
    QComboBox* m_period = nullptr;
    QComboBox* m_layout = nullptr;
    QPlainTextEdit* m_narrative[3] = {nullptr, nullptr, nullptr};
    QLabel* m_narrativeInfo = nullptr;
    QPushButton* m_saveNarrative = nullptr;
    QTimer* m_typingTimer = nullptr;
    QDate m_narrativeFrom; // the period whose text the editors hold
    QDate m_narrativeTo;
    std::optional<int> m_documentNumber;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_info = nullptr;
    QScrollArea* m_scroll = nullptr;
    QTimer* m_resizeTimer = nullptr;
    double m_previewDpi = 0;
    bool m_sizedOnce = false;
    QWidget* m_pagesHost = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
    QList<QPushButton*> m_actions;
    std::optional<WeeklyReport> m_report;
    QString m_error; // why there is no report for the chosen range
    std::unique_ptr<ReportDocument> m_document;
    bool m_stale = true; // m_report and m_document are not made for the controls yet
};

} // namespace signtally
