#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace signtally {

// Tệp → Kết nối máy chủ… (Ctrl+Shift+L): the address of a SignTally database
// on a PostgreSQL server (postgresql://USER@HOST:PORT/DATABASE) and, when the
// server asks for one and none is in PGPASSWORD or ~/.pgpass, a password.
// The password is used for this run's connections only: never stored, never
// shown. A failed attempt comes back here with the server's reason.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    QString address() const;
    QString password() const;
    void setAddress(const QString& address);
    // Why the last attempt failed (empty: none), shown above the fields.
    void setError(const QString& error);

private:
    void check();

    QLabel* m_error;
    QLineEdit* m_address;
    QLineEdit* m_password;
    QLabel* m_problem; // what is wrong with the address as typed
    QPushButton* m_connect;
};

} // namespace signtally
