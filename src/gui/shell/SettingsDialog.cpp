#include "gui/shell/SettingsDialog.h"

#include "core/EntryRules.h"
#include "gui/AppSettings.h"
#include "models/CampaignSession.h"
#include "storage/AppPaths.h"
#include "storage/Logging.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <spdlog/sinks/sink.h>

using namespace Qt::StringLiterals;

namespace signtally {

void applyLogLevel(const QString& level)
{
    const spdlog::level::level_enum l = spdlog::level::from_str(level.toStdString());
    if (auto logger = spdlog::default_logger()) {
        logger->set_level(l);
        for (const spdlog::sink_ptr& sink : logger->sinks())
            sink->set_level(l);
    }
}

void applyRuntimeSettings(const AppSettings& settings, CampaignSession* session)
{
    if (session)
        session->setActor(settings.actor());
    EntryRules::setMedianFactor(settings.outlierFactor());
    applyLogLevel(settings.logLevel());
}

SettingsDialog::SettingsDialog(AppSettings* settings, CampaignSession* session, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_session(session)
{
    setWindowTitle(tr("Cài đặt"));
    auto* layout = new QVBoxLayout(this);

    auto* general = new QGroupBox(tr("Chung"), this);
    auto* generalForm = new QFormLayout(general);
    m_actor = new QLineEdit(settings->actor(), general);
    m_actor->setObjectName(u"actorEdit"_s);
    m_actor->setPlaceholderText(AppPaths::loginName());
    m_actor->setToolTip(tr("Tên ghi vào nhật ký thay đổi cho mỗi số liệu bạn nhập hoặc sửa."));
    generalForm->addRow(tr("Tên người nhập (ghi vào nhật ký):"), m_actor);
    if (session && session->onServer()) {
        // The server writes its login role in the audit, not a typed name.
        m_actor->setEnabled(false);
        m_actor->setToolTip(
            tr("Trên máy chủ, nhật ký ghi tài khoản đăng nhập: %1.").arg(session->actor()));
    }
    m_language = new QComboBox(general);
    m_language->setObjectName(u"languageBox"_s);
    m_language->addItem(tr("Tiếng Việt"), u"vi"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(m_language->findData(settings->language()));
    generalForm->addRow(tr("Ngôn ngữ:"), m_language);
    auto* languageNote =
        new QLabel(tr("Ngôn ngữ mới có hiệu lực khi mở lại chương trình."), general);
    languageNote->setStyleSheet(u"color: #555;"_s);
    generalForm->addRow(QString(), languageNote);
    m_logLevel = new QComboBox(general);
    m_logLevel->setObjectName(u"logLevelBox"_s);
    const QStringList levelNames = {tr("Chi tiết nhất (trace)"),
                                    tr("Gỡ lỗi (debug)"),
                                    tr("Thông tin (info)"),
                                    tr("Cảnh báo (warning)"),
                                    tr("Lỗi (error)"),
                                    tr("Nghiêm trọng (critical)"),
                                    tr("Tắt (off)")};
    const QStringList levels = AppSettings::logLevels();
    for (int i = 0; i < levels.size(); ++i)
        m_logLevel->addItem(levelNames.value(i, levels[i]), levels[i]);
    m_logLevel->setCurrentIndex(m_logLevel->findData(settings->logLevel()));
    generalForm->addRow(tr("Mức ghi nhật ký chương trình:"), m_logLevel);
    layout->addWidget(general);

    auto* backup = new QGroupBox(tr("Sao lưu tự động khi đóng chương trình"), this);
    auto* backupForm = new QFormLayout(backup);
    auto* folderRow = new QHBoxLayout;
    m_backupFolder = new QLineEdit(QDir::toNativeSeparators(settings->backupFolder()), backup);
    m_backupFolder->setObjectName(u"backupFolderEdit"_s);
    m_backupFolder->setMinimumWidth(320);
    auto* browse = new QPushButton(tr("Chọn…"), backup);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Thư mục sao lưu"), QDir::fromNativeSeparators(m_backupFolder->text()));
        if (!dir.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(dir));
    });
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    backupForm->addRow(tr("Thư mục:"), folderRow);
    m_backupKeep = new QSpinBox(backup);
    m_backupKeep->setObjectName(u"backupKeepBox"_s);
    m_backupKeep->setRange(AppSettings::MinBackupKeep, AppSettings::MaxBackupKeep);
    m_backupKeep->setValue(settings->backupKeep());
    m_backupKeep->setSuffix(tr(" bản mới nhất"));
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_backupKeep);
    keepRow->addStretch(1);
    backupForm->addRow(tr("Giữ lại:"), keepRow);
    layout->addWidget(backup);

    auto* status =
        new QGroupBox(tr("Trạng thái đơn vị (lưu trong cơ sở dữ liệu, cho chiến dịch này)"), this);
    auto* statusForm = new QFormLayout(status);
    statusForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const StatusThresholds t = session->thresholds();
    m_onTrack = new QSpinBox(status);
    m_onTrack->setObjectName(u"onTrackBox"_s);
    m_onTrack->setRange(1, 200);
    m_onTrack->setSuffix(u" %"_s);
    m_onTrack->setValue(t.onTrackPercent);
    m_atRisk = new QSpinBox(status);
    m_atRisk->setObjectName(u"atRiskBox"_s);
    m_atRisk->setRange(0, 200);
    m_atRisk->setSuffix(u" %"_s);
    m_atRisk->setValue(t.atRiskPercent);
    statusForm->addRow(tr("Đúng tiến độ khi lũy kế đạt ít nhất:"), m_onTrack);
    statusForm->addRow(tr("Có nguy cơ khi lũy kế đạt ít nhất:"), m_atRisk);
    auto* statusNote =
        new QLabel(tr("so với số cần đạt đến ngày xem; thấp hơn là chậm tiến độ."), status);
    statusNote->setStyleSheet(u"color: #555;"_s);
    statusForm->addRow(QString(), statusNote);
    if (session->readOnly()) {
        m_onTrack->setEnabled(false);
        m_atRisk->setEnabled(false);
        statusNote->setText(
            session->onServer()
                ? tr("Tài khoản %1 chỉ được xem trên máy chủ này: không sửa được ngưỡng.")
                      .arg(session->actor())
                : tr("Tệp đang mở ở chế độ chỉ đọc: không sửa được ngưỡng."));
    }
    layout->addWidget(status);

    auto* entry = new QGroupBox(tr("Nhập số liệu"), this);
    auto* entryForm = new QFormLayout(entry);
    entryForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_outlier = new QDoubleSpinBox(entry);
    m_outlier->setObjectName(u"outlierBox"_s);
    m_outlier->setRange(AppSettings::MinOutlierFactor, AppSettings::MaxOutlierFactor);
    m_outlier->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); // "5,0"
    m_outlier->setDecimals(1);
    m_outlier->setSingleStep(0.5);
    m_outlier->setSuffix(tr(" × trung vị"));
    m_outlier->setValue(settings->outlierFactor());
    entryForm->addRow(tr("Cảnh báo khi số trong ngày lớn hơn:"), m_outlier);
    layout->addWidget(entry);

    m_error = new QLabel(this);
    m_error->setObjectName(u"settingsError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Lưu"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::fail(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

bool SettingsDialog::apply()
{
    m_error->clear();
    m_error->hide();
    const QString folder = QDir::fromNativeSeparators(m_backupFolder->text().trimmed());
    if (!folder.isEmpty() && QDir::isRelativePath(folder)) {
        fail(tr("Thư mục sao lưu phải là đường dẫn đầy đủ (ví dụ %1).")
                 .arg(QDir::toNativeSeparators(AppSettings::defaultBackupFolder())));
        return false;
    }
    const StatusThresholds t{m_onTrack->value(), m_atRisk->value()};
    if (t.atRiskPercent > t.onTrackPercent) {
        fail(tr("Ngưỡng \"có nguy cơ\" (%1%) không được lớn hơn ngưỡng \"đúng tiến độ\" (%2%).")
                 .arg(t.atRiskPercent)
                 .arg(t.onTrackPercent));
        return false;
    }
    if (!m_session->readOnly() && !(t == m_session->thresholds())) {
        try {
            m_session->setThresholds(t);
        } catch (const StorageError& e) {
            fail(e.message());
            return false;
        }
    }
    m_settings->setActor(m_actor->text());
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setBackupFolder(folder);
    m_settings->setBackupKeep(m_backupKeep->value());
    m_settings->setOutlierFactor(m_outlier->value());
    m_settings->setLogLevel(m_logLevel->currentData().toString());
    m_settings->sync();
    applyRuntimeSettings(*m_settings, m_session);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace signtally
