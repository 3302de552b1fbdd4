#include "importing/csvparser.h"

#include <algorithm>

namespace importing {

CsvParser::CsvParser(QChar delimiter, qsizetype maxCellChars, qsizetype maxRows, int firstLine)
    : m_delimiter(delimiter)
    , m_hasDelimiter(!delimiter.isNull())
    , m_maxCellChars(maxCellChars)
    , m_maxRows(maxRows)
    , m_maxCellsPerRow(ReadLimits{}.maxCellsPerRow)
    , m_maxCells(ReadLimits{}.maxCells)
    , m_line(firstLine)
    , m_recordLine(firstLine)
{
}

void CsvParser::setCellLimits(qsizetype perRow, qsizetype total)
{
    m_maxCellsPerRow = perRow;
    m_maxCells = total;
}

void CsvParser::fail(Error error)
{
    if (m_error == Error::None) {
        m_error = error;
        m_errorLine = m_recordLine;
    }
}

bool CsvParser::append(QStringView text)
{
    if (m_field.size() + text.size() > m_maxCellChars) {
        fail(Error::CellTooLong);
        return false;
    }
    m_field.append(text);
    return true;
}

void CsvParser::endField()
{
    if (m_record.size() >= m_maxCellsPerRow) {
        fail(Error::TooManyCellsInRow); // 20 million commas are not a phone list
        return;
    }
    // An exact copy: the cell keeps no spare capacity for a million rows, and m_field keeps
    // its buffer for the next cell.
    m_record.append(m_field.isEmpty() ? QString() : QString(m_field.constData(), m_field.size()));
    m_field.resize(0);
    m_state = State::FieldStart;
}

void CsvParser::endRecord()
{
    bool blank = true;
    for (const QString &cell : std::as_const(m_record)) {
        blank = blank && std::all_of(cell.cbegin(), cell.cend(),
                                     [](QChar c) { return c.isSpace(); }); // no trimmed() copy
    }
    if (!blank) {
        if (m_records.size() >= m_maxRows) {
            fail(Error::TooManyRows);
            return;
        }
        m_cells += m_record.size();
        if (m_cells > m_maxCells) {
            fail(Error::TooManyCells);
            return;
        }
        m_records.append(QStringList(m_record.cbegin(), m_record.cend())); // exact size
        m_recordLines.append(m_recordLine);
    }
    m_record.clear(); // keeps its buffer for the next record
    m_recordLine = m_line;
}

// Appends the cell text from `from` up to a line break or a character `ends` marks in one go
// (not character by character); returns where it stopped.
template<typename Ends>
qsizetype CsvParser::appendRun(QStringView text, qsizetype from, Ends ends)
{
    qsizetype end = from + 1;
    while (end < text.size() && text[end] != u'\r' && text[end] != u'\n' && !ends(text[end]))
        ++end;
    append(text.sliced(from, end - from));
    return end;
}

bool CsvParser::feed(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && m_error == Error::None) {
        const QChar c = text[i];
        if (m_afterCR) {
            m_afterCR = false;
            if (c == u'\n') { // the LF of a CRLF: the break was handled at the CR
                ++i;
                continue;
            }
        }
        const bool isBreak = c == u'\r' || c == u'\n';
        if (isBreak) {
            ++m_line;
            m_afterCR = c == u'\r';
        }
        const bool isDelimiter = m_hasDelimiter && c == m_delimiter;

        switch (m_state) {
        case State::FieldStart:
        case State::LeadingBlanks:
            if (c == u'"') {
                m_field.clear(); // blanks before an opening quote are layout, not content
                m_state = State::Quoted;
                ++i;
                continue;
            }
            if (c == u' ') {
                append(c);
                m_state = State::LeadingBlanks;
                ++i;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (isDelimiter) {
                endField();
            } else if (isBreak) {
                endField();
                endRecord();
            } else {
                i = appendRun(text, i,
                              [this](QChar ch) { return m_hasDelimiter && ch == m_delimiter; });
                continue;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
            } else if (isBreak) {
                append(u'\n'); // CR, LF and CRLF inside a cell all become one LF
            } else {
                i = appendRun(text, i, [](QChar ch) { return ch == u'"'; });
                continue;
            }
            break;
        case State::QuoteInQuoted:
            if (c == u'"') {
                append(c);
                m_state = State::Quoted;
            } else if (isDelimiter) {
                endField();
            } else if (isBreak) {
                endField();
                endRecord();
            } else {
                append(c); // "abc"def: keep the text, as spreadsheets do
                m_state = State::Unquoted;
            }
            break;
        }
        ++i;
    }
    return m_error == Error::None;
}

bool CsvParser::finish()
{
    if (m_error != Error::None)
        return false;
    if (m_state == State::Quoted) {
        fail(Error::UnterminatedQuote);
        return false;
    }
    if (m_state != State::FieldStart || !m_record.isEmpty()) {
        endField();
        endRecord();
    }
    return m_error == Error::None;
}

} // namespace importing
