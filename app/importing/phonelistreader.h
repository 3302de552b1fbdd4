#pragma once

#include "importing/fifoinput.h"
#include "importing/readresult.h"

#include <QByteArrayView>
#include <QString>

namespace importing {

enum class ListFormat
{
    DelimitedText,
    Xlsx,
    VCard,
    EncryptedOffice,
    OldExcel
};

// The format is judged from the first bytes, not from the file name: a zip (PK\3\4) is XLSX,
// BEGIN:VCARD is a vCard, an OLE compound file (D0 CF 11 E0) is a password-protected OOXML
// workbook or an old .xls, anything else is read as delimited text.
ListFormat detectListFormat(QByteArrayView head);

// Reads a list file of any supported format into rows. `sheet` picks an XLSX worksheet by
// name (empty: the first one). `waiting` hears when a FIFO keeps the reader waiting.
TableResult readPhoneListFile(const QString &path, const QString &sheet = {},
                              const ReadLimits &limits = {}, const WaitingNote &waiting = {});

// Text from the clipboard: tab-separated cells as Excel and LibreOffice copy them (quoted
// cells with line breaks included), or else numbers separated like typed text.
TableResult readClipboardText(QStringView text, const ReadLimits &limits = {});

} // namespace importing
