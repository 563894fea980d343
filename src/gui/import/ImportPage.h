#pragma once

#include "gui/Page.h"
#include "import/ImportApplier.h"
#include "import/ImportPlan.h"

#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace signtally {

class CampaignSession;
class ImportJobs;

// "Nhập từ tệp": choose (or drop) the CSV/Excel sheets providers and communes
// send, see what importing them would do (added, changed old → new,
// identical, every error with its place and suggestions), then import all of
// it in one transaction or nothing. Reading and writing run in a worker thread
// (writing with its own database connection) with a progress bar and Cancel;
// a cancelled import is rolled back.
class ImportPage : public Page
{
    Q_OBJECT
public:
    ImportPage(CampaignSession* session, QWidget* parent = nullptr);
    ~ImportPage() override;
    QString key() const override { return QStringLiteral("import"); }
    QString title() const override { return tr("Nhập từ tệp"); }
    bool maybeLeave() override;

    // For tests, drag-and-drop and the screenshot command's --file: add files
    // and preview them.
    void addFiles(const QStringList& paths);
    void setReplace(bool replace);
    bool busy() const;
    const ImportPlan& plan() const { return m_plan; }
    QPushButton* importButton() const { return m_import; }
    QString statusText() const;
    // Starts writing the previewed plan (what the Import button does).
    void startImport();
    void cancel();

signals:
    void previewReady();
    void importFinished(bool written);

protected:
    void applyChange(const ChangeNotice& notice) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct FileEntry
    {
        QString path;
        QStringList sheets; // xlsx only
        QString sheet;
    };
    void chooseFiles();
    void clearFiles();
    void writeTemplate();
    void rebuildFileList();
    void preview();
    void showPlan();
    void fillProviders();
    void reloadSetup(); // a Setup notice
    void updateButtons();

    CampaignSession* m_session;
    QList<FileEntry> m_files;
    ImportPlan m_plan;
    bool m_planStale = true;
    ImportJobs* m_jobs = nullptr;
    QString m_lastMessage;
    bool m_imported = false; // the files were just imported: nothing "new" to say about them

    QTableWidget* m_fileTable = nullptr;
    QComboBox* m_provider = nullptr;
    QCheckBox* m_useDate = nullptr;
    QDateEdit* m_date = nullptr;
    QCheckBox* m_replace = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace signtally
