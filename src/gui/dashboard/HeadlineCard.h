#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;

namespace signtally {

// One headline figure: a small caption, the figure in large type, a detail line.
class HeadlineCard : public QFrame
{
    Q_OBJECT
public:
    HeadlineCard(const QString& objectName, const QString& caption, QWidget* parent = nullptr,
                 bool withBar = false);
    void setValue(const QString& value, const QString& detail = {});
    void setCaption(const QString& caption);
    QString caption() const;
    void setBar(double percent);
    void setAccent(const QColor& color);
    QLabel* valueLabel() const { return m_value; }
    QLabel* detailLabel() const { return m_detail; }
    // The detail as given (the label's text also has word joiners, see setValue).
    QString detailText() const { return m_detailText; }
    QProgressBar* bar() const { return m_bar; }

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
    QProgressBar* m_bar = nullptr;
    QString m_detailText;
};

} // namespace signtally
