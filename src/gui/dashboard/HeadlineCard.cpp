#include "gui/dashboard/HeadlineCard.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace signtally {

HeadlineCard::HeadlineCard(const QString& objectName, const QString& caption, QWidget* parent,
                           bool withBar)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"QFrame#%1 { background: white; border: 1px solid #d5dbe1; "
                  "border-radius: 4px; }"_s.arg(objectName));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    m_caption = new QLabel(caption, this);
    m_caption->setStyleSheet(u"color: #5a6670;"_s);
    m_value = new QLabel(this);
    m_value->setObjectName(objectName + u"Value"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setStyleSheet(u"color: #17324d;"_s);
    m_detail = new QLabel(this);
    m_detail->setObjectName(objectName + u"Detail"_s);
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(u"color: #34414d;"_s);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    if (withBar) {
        m_bar = new QProgressBar(this);
        m_bar->setRange(0, 1000);
        m_bar->setTextVisible(false);
        m_bar->setFixedHeight(10);
        layout->addWidget(m_bar);
    }
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

namespace {
// A narrow card wraps its detail between words, never inside a figure:
// "183/ngày" and "(28/07–28/08/2025)" stay whole (a word joiner after each
// slash and around each dash).
QString keepFiguresTogether(const QString& text)
{
    constexpr QChar joiner(0x2060);
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == u'–') {
            out += joiner;
            out += c;
            out += joiner;
        } else {
            out += c;
            if (c == u'/')
                out += joiner;
        }
    }
    return out;
}
} // namespace

void HeadlineCard::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detailText = detail;
    m_detail->setText(m_detail->textFormat() == Qt::RichText ? detail
                                                             : keepFiguresTogether(detail));
    m_detail->setVisible(!detail.isEmpty());
}

void HeadlineCard::setBar(double percent)
{
    if (m_bar)
        m_bar->setValue(int(std::lround(std::clamp(percent, 0.0, 100.0) * 10)));
}

void HeadlineCard::setAccent(const QColor& color)
{
    m_value->setStyleSheet(u"color: %1;"_s.arg(color.name()));
}

void HeadlineCard::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

QString HeadlineCard::caption() const
{
    return m_caption->text();
}

} // namespace signtally
