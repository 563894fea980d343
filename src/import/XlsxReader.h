#pragma once

#include "import/SheetSource.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <stdexcept>

namespace signtally {

class ZipArchive;

// Why an xlsx file could not be read (translated, for the user).
class XlsxError : public std::runtime_error
{
public:
    explicit XlsxError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// Reads .xlsx workbooks (Office Open XML) with ZipArchive and QXmlStreamReader:
// the sheet names from workbook.xml, shared and inline strings, numbers.
// Formulas are read by their cached value, as Excel saved it.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // Throws XlsxError when the file is not a readable workbook.
    explicit XlsxReader(const QString& path);

    QStringList sheetNames() const { return m_sheetNames; }
    // The rows of a sheet (0-based index) as they inflate, never the whole
    // sheet at once; blank rows are left out. next() throws XlsxError when the
    // sheet turns out damaged or too large. The source keeps what it needs of
    // this reader alive.
    std::unique_ptr<SheetSource> openSheet(int index, const QString& displayName = {}) const;
    // The same rows, all of them (for tests and small sheets).
    QVector<SheetRow> readSheet(int index) const;

    // Excel's 1900 date system: serial 45866 is 28/07/2025.
    static QDate dateFromSerial(double serial);

private:
    QByteArray entry(const QString& name) const;
    QString m_path;
    std::shared_ptr<ZipArchive> m_zip;
    QStringList m_sheetNames;
    QStringList m_sheetPaths; // zip entry of each sheet
    std::shared_ptr<QStringList> m_sharedStrings = std::make_shared<QStringList>();
};

} // namespace signtally
