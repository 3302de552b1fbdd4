#pragma once

#include "importing/fifoinput.h"
#include "importing/importresult.h"

#include <optional>

namespace importing {

// Where a list comes from: a file, standard input ("-" on the command line) or pasted text.
struct ImportSource
{
    enum class Kind
    {
        File,
        StandardInput,
        PastedText
    };
    Kind kind = Kind::File;
    QString path; // File
    QString text; // PastedText

    static ImportSource file(const QString &path) { return {Kind::File, path, {}}; }
    static ImportSource standardInput() { return {Kind::StandardInput, {}, {}}; }
    static ImportSource pastedText(const QString &text) { return {Kind::PastedText, {}, text}; }
    // "-" is standard input, anything else a file: the command line's convention.
    static ImportSource fromArgument(const QString &argument)
    {
        return argument == QLatin1String("-") ? standardInput() : file(argument);
    }
};

struct ImportOptions
{
    QString region = QStringLiteral("SE"); // country of numbers without a country code
    QString sheet;                         // XLSX worksheet by name; empty: the first
    std::optional<ColumnChoice> columns;   // the admin's choice; none: detected
    ReadLimits limits;
    WaitingNote waiting; // hears when a FIFO keeps the reader waiting (the command line says so)
};

// The one pipeline every caller uses (the window's ImportJob, `check`, `send --numbers`):
// refuses an unknown region, reads the source (format judged from its bytes), takes a vCard's
// fixed columns or detects the columns of a table, and checks every row. Runs on the calling
// thread; never throws.
ImportResult importList(const ImportSource &source, const ImportOptions &options = {});

// importList without the checks: the list read and its columns chosen (or detected), no
// entries yet; `error` says why the list cannot be used. For callers that judge the rows in
// blocks as they write them out (`check`).
ImportResult readList(const ImportSource &source, const ImportOptions &options = {});
// The error when a table has columns but not one row with a number or a name below them.
ReadError noEntriesError(const QString &file);

// The part after reading, for a table already read (the admin chose other columns): columns,
// entries, checks. Clears an earlier error.
ImportResult checkRows(ImportResult read, const ImportOptions &options = {});

} // namespace importing
