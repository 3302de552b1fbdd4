#pragma once

#include "importing/readresult.h"

class QIODevice;

namespace importing {

// Reads CSV, TSV and plain text lists. The encoding comes from the BOM, else UTF-8 when the
// bytes are valid UTF-8, else Windows-1252; the delimiter is sniffed (comma, semicolon, tab,
// pipe, or none for one number per line). The device is read in blocks, never all at once.
class CsvReader final
{
public:
    explicit CsvReader(const ReadLimits &limits = {});

    // `file` names the source in messages; the device must be open for reading.
    TableResult read(QIODevice &device, const QString &file) const;

private:
    ReadLimits m_limits;
};

} // namespace importing
