#include "gui/shell/ConnectDialog.h"

#include "storage/StorageError.h"
#include "storage/pg/PgTarget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace signtally {

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Kết nối máy chủ PostgreSQL"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Nhiều máy cùng nhập số liệu vào một cơ sở dữ liệu trên máy chủ PostgreSQL. "
           "Mỗi người đăng nhập bằng tên của mình; máy chủ quyết định người đó được làm gì."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_error = new QLabel(this);
    m_error->setObjectName(u"connectError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"connectAddress"_s);
    m_address->setPlaceholderText(u"postgresql://lan@may-chu:5432/chuky_so"_s);
    m_address->setMinimumWidth(420);
    form->addRow(tr("&Địa chỉ:"), m_address);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"connectPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("để trống nếu đã có trong ~/.pgpass hoặc PGPASSWORD"));
    form->addRow(tr("&Mật khẩu:"), m_password);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    auto* note = new QLabel(tr("Mật khẩu chỉ dùng cho lần chạy này, không được lưu lại."), this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connect = buttons->button(QDialogButtonBox::Ok);
    m_connect->setText(tr("&Kết nối"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_address, &QLineEdit::textChanged, this, &ConnectDialog::check);
    check();
}

QString ConnectDialog::address() const
{
    return m_address->text().trimmed();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::setAddress(const QString& address)
{
    m_address->setText(address);
    if (!address.isEmpty())
        m_password->setFocus();
}

void ConnectDialog::setError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void ConnectDialog::check()
{
    // The address is checked as it is typed, with the same rules as --db.
    QString problem;
    if (!address().isEmpty()) {
        try {
            if (!PgTarget::isServerAddress(address()))
                problem = tr("Địa chỉ máy chủ bắt đầu bằng postgresql://");
            else
                PgTarget::parse(address());
        } catch (const StorageError& e) {
            problem = e.message();
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_connect->setEnabled(!address().isEmpty() && problem.isEmpty());
}

} // namespace signtally
