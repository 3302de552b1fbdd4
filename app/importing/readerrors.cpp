#include "importing/readerrors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace importing::readerrors {
QString displayName(const QString &file)
{
    if (file.isEmpty())
        return QCoreApplication::translate("PhoneListReader", "The pasted text");
    // "/dev/zero" is not called "zero": only a regular file is known by its name alone.
    const QFileInfo info(file);
    const bool special = info.exists() && !info.isFile() && !info.isDir();
    const QString name = special ? file : info.fileName();
    return QStringLiteral("“%1”").arg(name.isEmpty() ? file : name);
}

namespace {
// Every message names the file as %1; the other arguments fill %2, %3 in order. The file's name
// goes in last, so that a name such as "list%2.csv" is never taken for a place marker.
template<typename... Args>
ReadError about(const QString &file, const char *text, const Args &...args)
{
    const QChar fileMark(0xFDD0); // a noncharacter: never part of a translation
    QString message = QCoreApplication::translate("PhoneListReader", text);
    message.replace(QLatin1String("%1"), fileMark);
    ((message = message.arg(args)), ...);
    message.replace(fileMark, displayName(file));
    return {file, message};
}
} // namespace

ReadError cannotOpen(const QString &file, const QString &reason)
{
    return about(file, QT_TRANSLATE_NOOP("PhoneListReader", "%1 could not be opened: %2"), reason);
}

ReadError empty(const QString &file)
{
    return about(file, QT_TRANSLATE_NOOP("PhoneListReader", "%1 is empty."));
}

ReadError tooLarge(const QString &file, qint64 limitBytes)
{
    return about(
        file,
        QT_TRANSLATE_NOOP(
            "PhoneListReader",
            "%1 is larger than %2 MiB, the most a phone list may be. Split it into smaller files."),
        limitBytes / (1024 * 1024));
}

ReadError tooManyRows(const QString &file, qsizetype limit)
{
    return about(file,
                 QT_TRANSLATE_NOOP("PhoneListReader",
                                   "%1 has more than %L2 rows, the most a phone list may "
                                   "have. Split it into smaller files."),
                 limit);
}

ReadError cellTooLong(const QString &file, int row, qsizetype limit)
{
    return about(
        file,
        QT_TRANSLATE_NOOP(
            "PhoneListReader",
            "Row %2 of %1 has a cell longer than %L3 characters: this is not a phone list."),
        row, limit);
}

ReadError tooManyCellsInRow(const QString &file, int row, qsizetype limit)
{
    return about(
        file,
        QT_TRANSLATE_NOOP("PhoneListReader",
                          "Row %2 of %1 has more than %L3 cells: this is not a phone list."),
        row, limit);
}

ReadError tooManyCells(const QString &file, qsizetype limit)
{
    return about(
        file,
        QT_TRANSLATE_NOOP("PhoneListReader",
                          "%1 has more than %L2 cells, the most a phone list may have. Keep only "
                          "the columns you need, or split it into smaller files."),
        limit);
}

ReadError binary(const QString &file)
{
    return about(file, QT_TRANSLATE_NOOP("PhoneListReader",
                                         "%1 is neither a text file nor a spreadsheet: it holds "
                                         "binary data. Save the list as CSV, XLSX or vCard."));
}

ReadError unterminatedQuote(const QString &file, int line)
{
    return about(file,
                 QT_TRANSLATE_NOOP("PhoneListReader",
                                   "%1 ends inside a quoted cell that starts on line %2: the file "
                                   "is cut short or a closing quote is missing."),
                 line);
}

ReadError encrypted(const QString &file)
{
    return about(file, QT_TRANSLATE_NOOP(
                           "PhoneListReader",
                           "%1 is password-protected. Save it without a password and try again."));
}

ReadError oldExcel(const QString &file)
{
    return about(
        file,
        QT_TRANSLATE_NOOP(
            "PhoneListReader",
            "%1 is an old Excel 97-2003 workbook (.xls). Save it as .xlsx or CSV and try again."));
}

ReadError brokenSpreadsheet(const QString &file, const QString &what)
{
    return about(file,
                 QT_TRANSLATE_NOOP("PhoneListReader", "%1 is not a readable XLSX spreadsheet: %2"),
                 what);
}

QString notWellFormed(const QString &part, qint64 line, const QString &reason)
{
    return QCoreApplication::translate("PhoneListReader",
                                       "its part %1 is not well-formed XML (line %2: %3).")
        .arg(part)
        .arg(line)
        .arg(reason);
}

ReadError noRows(const QString &file)
{
    return about(file, QT_TRANSLATE_NOOP("PhoneListReader", "%1 holds no rows."));
}

} // namespace importing::readerrors
