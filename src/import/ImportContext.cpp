#include "import/ImportContext.h"

#include "core/VnFormat.h"
#include "import/ImportPlanner.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace signtally::detail {

namespace {

// A "Label: value" cell, or a label cell followed by its value cell.
std::optional<std::pair<QString, int>> labelOf(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    const QString label = headerKey(colon >= 0 ? QStringView(text).left(colon) : QStringView(text));
    return std::pair<QString, int>(label, int(colon));
}

} // namespace

RowContext ImportContext::resolve(const SheetLayout& layout, const QString& fileName)
{
    RowContext context;
    if (!readPreamble(layout.preamble, context) || !applyOptions(context))
        return context;
    if (!context.date)
        context.date = dateInFileName(fileName);
    const bool needDate = !layout.hasDates && layout.dateColumn < 0;
    const bool needProvider = !layout.hasProviders && layout.providerColumn < 0;
    if (needDate && !context.date) {
        context.fileError = tr("Không biết số liệu của ngày nào: tệp không có cột Ngày hay ô "
                               "\"Ngày:\"; hãy chọn ngày (--date).");
    } else if (needProvider && context.provider < 0) {
        context.fileError =
            tr("Không biết số liệu của nhà mạng nào: tệp không có cột Nhà mạng và ô "
               "\"Nhà mạng:\" còn trống; hãy điền ô đó hoặc chọn nhà mạng (--provider).");
    }
    return context;
}

bool ImportContext::readPreamble(const QVector<SheetRow>& preamble, RowContext& context)
{
    for (const SheetRow& r : preamble) {
        for (int c = 0; c < r.cellCount; ++c) {
            const QString& text = r.cells[c].text;
            if (text.trimmed().isEmpty())
                continue;
            const auto label = labelOf(text);
            const bool isDate = keysFor(HeaderRole::Date).contains(label->first);
            const bool isProvider = keysFor(HeaderRole::Provider).contains(label->first);
            if (!isDate && !isProvider)
                continue;
            SheetCell value;
            int valueCol = c;
            if (label->second >= 0 &&
                !QStringView(text).mid(label->second + 1).trimmed().isEmpty()) {
                value.text = QStringView(text).mid(label->second + 1).trimmed().toString();
            } else {
                for (int k = c + 1; k < r.cellCount; ++k)
                    if (!r.cells[k].text.trimmed().isEmpty()) {
                        value = r.cells[k];
                        valueCol = k;
                        break;
                    }
            }
            if (value.text.trimmed().isEmpty())
                continue; // a blank cell to fill in: the option may give it
            if (isDate) {
                context.date = m_cells.date(value, m_lookups.dates);
                if (!context.date)
                    context.cellErrors.push_back(
                        {r.line, valueCol,
                         tr("\"%1\" không phải là ngày (dd/MM/yyyy).").arg(value.text)});
            } else {
                context.provider = m_lookups.providers.match(value.text);
                if (context.provider < 0)
                    context.cellErrors.push_back(
                        {r.line, valueCol,
                         tr("Không nhận ra nhà mạng \"%1\" (có: %2).")
                             .arg(value.text, m_lookups.providers.names().join(u", "_s))});
            }
        }
    }
    return context.cellErrors.isEmpty();
}

bool ImportContext::applyOptions(RowContext& context) const
{
    if (!m_options.provider.isEmpty()) {
        const int option = m_lookups.providers.match(m_options.provider);
        if (option < 0) {
            context.fileError =
                tr("Không nhận ra nhà mạng \"%1\" của --provider (có: %2).")
                    .arg(m_options.provider, m_lookups.providers.names().join(u", "_s));
            return false;
        }
        if (context.provider >= 0 && context.provider != option) {
            context.fileError =
                tr("Tệp ghi nhà mạng %1 nhưng đã chọn nhà mạng %2.")
                    .arg(m_data.providers[context.provider].name, m_data.providers[option].name);
            return false;
        }
        context.provider = option;
    }
    if (m_options.date) {
        if (context.date && *context.date != *m_options.date) {
            context.fileError =
                tr("Tệp ghi ngày %1 nhưng đã chọn ngày %2.")
                    .arg(Format().date(*context.date), Format().date(*m_options.date));
            return false;
        }
        context.date = m_options.date;
    }
    return true;
}

std::optional<QDate> ImportContext::dateInFileName(const QString& fileName)
{
    static const QRegularExpression dmy(u"(?<!\\d)(\\d{1,2})[-_.](\\d{1,2})[-_.](\\d{4})(?!\\d)"_s);
    static const QRegularExpression ymd(u"(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"_s);
    const QString base = QFileInfo(fileName).completeBaseName();
    QRegularExpressionMatch m = ymd.match(base);
    QDate d;
    if (m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if ((m = dmy.match(base)).hasMatch())
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (d.isValid())
        return d;
    return std::nullopt;
}

} // namespace signtally::detail
