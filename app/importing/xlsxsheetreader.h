#pragma once

#include "importing/readresult.h"

#include <QByteArray>
#include <QStringList>

namespace importing {

class XmlScanner;

// The two parts of a workbook that grow with the list: the shared strings and one worksheet,
// read with XmlScanner from their UTF-8 bytes (XlsxReader finds them and checks them with the
// part guard first). Keeps the shared strings between the two calls, and every text read
// within the limits' budget.
class XlsxSheetReader final
{
public:
    XlsxSheetReader(const ReadLimits &limits, const QString &file);

    bool readSharedStrings(const QByteArray &xml, const QString &part);
    bool readSheet(const QByteArray &xml, const QString &part, RowTable *table);

    ReadError error; // why the last step failed

private:
    void fail(const QString &what);
    bool xmlFailed(const XmlScanner &scanner, const QString &part);
    void elementText(XmlScanner &scanner, QByteArray &text) const;
    QString inlineText(XmlScanner &scanner, QByteArrayView end);
    bool readCell(XmlScanner &scanner, int rowNumber, QStringList &cells);
    bool keepText(const QString &text);

    const ReadLimits &m_limits;
    const QString &m_file;
    QStringList m_shared;
    QByteArray m_text;      // reused for every text read, in UTF-8
    QByteArray m_raw;       // a cell's <v>
    QByteArray m_type;      // a cell's t=""
    qint64 m_textChars = 0; // of the texts kept: shared strings and the sheet's own
};

} // namespace importing
