#pragma once

#include "importing/readresult.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace importing {

// An RFC 4180 push parser: text is fed in chunks as it is decoded, so a file never has to be
// in memory twice. Quoted cells may hold delimiters, doubled quotes and line breaks; CR, LF
// and CRLF all end a record, even mixed in one file. Lenient where spreadsheets are: a quote
// inside an unquoted cell is a character, text after a closing quote is kept, blanks before
// an opening quote are dropped. Records whose cells are all blank are skipped.
class CsvParser final
{
public:
    enum class Error
    {
        None,
        CellTooLong,
        TooManyCellsInRow,
        TooManyCells,
        TooManyRows,
        UnterminatedQuote
    };

    // delimiter: ',', ';', '\t', '|'; a null QChar makes every line a single cell.
    CsvParser(QChar delimiter, qsizetype maxCellChars, qsizetype maxRows, int firstLine = 1);

    // Cells in one record, and in all records kept; a record past either ends the parse.
    void setCellLimits(qsizetype perRow, qsizetype total);

    bool feed(QStringView text); // false once an error stopped the parse
    bool finish();               // call once at the end of the input

    Error error() const { return m_error; }
    int errorLine() const { return m_errorLine; } // line where the offending record starts

    QList<QStringList> &records() { return m_records; }
    QList<int> &recordLines() { return m_recordLines; }

private:
    enum class State
    {
        FieldStart,
        LeadingBlanks,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };

    void endField();
    void endRecord();
    bool append(QStringView text);
    bool append(QChar c) { return append(QStringView(&c, 1)); }
    template<typename Ends>
    qsizetype appendRun(QStringView text, qsizetype from, Ends ends);
    void fail(Error error);

    QChar m_delimiter;
    bool m_hasDelimiter;
    qsizetype m_maxCellChars;
    qsizetype m_maxRows;
    qsizetype m_maxCellsPerRow;
    qsizetype m_maxCells;
    qsizetype m_cells = 0; // in the records kept
    State m_state = State::FieldStart;
    bool m_afterCR = false;
    int m_line;
    int m_recordLine;
    QString m_field;
    QStringList m_record;
    QList<QStringList> m_records;
    QList<int> m_recordLines;
    Error m_error = Error::None;
    int m_errorLine = 0;
};

} // namespace importing
