#include "gui/report/ReportSettingsDialog.h"

#include "models/CampaignSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

ReportSettingsDialog::ReportSettingsDialog(CampaignSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Cài đặt báo cáo"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Phần đầu và phần ký của báo cáo theo thể thức văn bản hành "
                                "chính (Nghị định 30/2020/NĐ-CP). Lưu trong tệp dữ liệu, dùng "
                                "chung cho mọi người mở tệp."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    auto line = [&](const QString& label, const QString& name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setMinimumWidth(360);
        form->addRow(label, e);
        return e;
    };
    m_parentBody = line(tr("Cơ quan chủ quản:"), u"parentBody"_s);
    m_issuingBody = line(tr("Cơ quan ban hành:"), u"issuingBody"_s);
    m_place = line(tr("Địa danh:"), u"place"_s);
    m_numberPattern = line(tr("Mẫu số văn bản:"), u"numberPattern"_s);
    m_numberPattern->setToolTip(tr("{n} là số của báo cáo; khi báo cáo chưa có số, chỗ đó để "
                                   "trống để văn thư điền."));
    m_nextNumber = new QSpinBox(this);
    m_nextNumber->setObjectName(u"nextNumber"_s);
    m_nextNumber->setRange(0, 999999);
    m_nextNumber->setSpecialValueText(tr("để trống (văn thư điền số)"));
    m_nextNumber->setToolTip(tr("Số cấp cho báo cáo được lưu lần đầu tiếp theo, rồi tăng lên 1."));
    form->addRow(tr("Số tiếp theo:"), m_nextNumber);
    m_addressee = line(tr("Kính gửi:"), u"addressee"_s);
    m_signerAuthority = line(tr("Thẩm quyền ký:"), u"signerAuthority"_s);
    m_signerTitle = line(tr("Chức vụ người ký:"), u"signerTitle"_s);
    m_signerName = line(tr("Họ tên người ký:"), u"signerName"_s);
    m_recipients = new QPlainTextEdit(this);
    m_recipients->setObjectName(u"recipients"_s);
    m_recipients->setPlaceholderText(tr("Mỗi nơi nhận một dòng."));
    m_recipients->setMinimumHeight(140);
    form->addRow(tr("Nơi nhận:"), m_recipients);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color:#c62828"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportSettingsDialog::reject);
    if (session->readOnly()) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_error->setText(tr("Tệp dữ liệu đang mở chỉ để xem: không lưu được cài đặt."));
        m_error->show();
    }
    layout->addWidget(buttons);

    setSettings(ReportSettingsStore::load(session->database(), session->data().campaign.id));
}

ReportSettings ReportSettingsDialog::settings() const
{
    ReportSettings s;
    s.parentBody = m_parentBody->text().trimmed();
    s.issuingBody = m_issuingBody->text().trimmed();
    s.place = m_place->text().trimmed();
    s.numberPattern = m_numberPattern->text().trimmed();
    s.nextNumber = m_nextNumber->value();
    s.addressee = m_addressee->text().trimmed();
    s.signerAuthority = m_signerAuthority->text().trimmed();
    s.signerTitle = m_signerTitle->text().trimmed();
    s.signerName = m_signerName->text().trimmed();
    for (const QString& line : m_recipients->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        QString item = line.trimmed();
        if (item.startsWith(u'-'))
            item = item.mid(1).trimmed();
        if (!item.isEmpty())
            s.recipients << item;
    }
    return s;
}

void ReportSettingsDialog::setSettings(const ReportSettings& s)
{
    m_parentBody->setText(s.parentBody);
    m_issuingBody->setText(s.issuingBody);
    m_place->setText(s.place);
    m_numberPattern->setText(s.numberPattern);
    m_nextNumber->setValue(s.nextNumber);
    m_addressee->setText(s.addressee);
    m_signerAuthority->setText(s.signerAuthority);
    m_signerTitle->setText(s.signerTitle);
    m_signerName->setText(s.signerName);
    m_recipients->setPlainText(s.recipients.join(u'\n'));
}

bool ReportSettingsDialog::apply()
{
    const ReportSettings s = settings();
    QString problem = ReportSettingsStore::validate(s);
    if (problem.isEmpty()) {
        try {
            m_session->saveReportSettings(s);
        } catch (const StorageError& e) {
            problem = e.message();
        }
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

QString ReportSettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text(); // isVisible() needs a shown dialog
}

void ReportSettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace signtally
