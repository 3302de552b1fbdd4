#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Writes ZIP archives and minimal-but-real XLSX workbooks in memory with libzip, for tests
// and the benchmark. The XML follows what Excel writes (shared strings, r="A1" references).
namespace xlsxbuilder {

using Entries = QList<QPair<QString, QByteArray>>;

QByteArray zip(const Entries &entries);

enum class CellKind
{
    Shared,
    Inline,
    NumberWhenDigits
};

struct Sheet
{
    QString name;
    QList<QStringList> rows;
};

// The entries of a workbook: the parts can then be changed or left out before zip().
Entries workbookEntries(const QList<Sheet> &sheets, CellKind kind = CellKind::Shared);
QByteArray workbook(const QList<Sheet> &sheets, CellKind kind = CellKind::Shared);

// The workbook of `sheets` with its part `part` (such as "xl/sharedStrings.xml") replaced by
// `xml`: a broken or hostile part inside an otherwise real file.
QByteArray workbookWithPart(const QList<Sheet> &sheets, const QString &part, const QByteArray &xml);
// A shared strings part holding `texts` as they are (markup included), with `prolog` (a
// DOCTYPE, a processing instruction, or nothing) between the XML declaration and <sst>.
QByteArray sharedStringsPart(const QByteArray &prolog, const QList<QByteArray> &texts);

QString cellReference(int column, int row); // (0, 1) -> "A1"

} // namespace xlsxbuilder
