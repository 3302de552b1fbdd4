#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct zip;

namespace importing {

// A read-only ZIP archive in memory (libzip), checked before anything is inflated: the entry
// count and the sum of the declared uncompressed sizes must stay within bounds, and no entry
// is ever inflated beyond the size it declares — so a zip bomb ends with a message.
class ZipArchive final
{
public:
    enum class Problem
    {
        None,
        NotZip,         // not a ZIP archive, or its directory is cut off / damaged
        TooManyEntries, // more entries than allowed
        TooLarge,       // would unpack to more than allowed
        Encrypted,      // entries protected by a ZIP password
        Damaged,        // an entry does not inflate to what it declares
        Missing,        // no such entry
    };

    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;
    ~ZipArchive();

    // `data` must outlive the archive (libzip reads it in place).
    static std::unique_ptr<ZipArchive> open(const QByteArray &data, qint64 maxEntries,
                                            qint64 maxUncompressedBytes, Problem *problem);

    bool contains(const QString &name) const;
    // The whole entry, inflated; nullopt and `problem` set when it cannot be.
    std::optional<QByteArray> read(const QString &name, Problem *problem) const;

private:
    explicit ZipArchive(zip *archive);
    zip *m_archive;
};

} // namespace importing
