#include "importing/ziparchive.h"

#include <zip.h>

namespace importing {
namespace {

ZipArchive::Problem problemOf(int zipError)
{
    switch (zipError) {
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
        return ZipArchive::Problem::Encrypted;
    default:
        return ZipArchive::Problem::Damaged;
    }
}

} // namespace

ZipArchive::ZipArchive(zip *archive)
    : m_archive(archive)
{
}

ZipArchive::~ZipArchive()
{
    zip_discard(m_archive);
}

std::unique_ptr<ZipArchive> ZipArchive::open(const QByteArray &data, qint64 maxEntries,
                                             qint64 maxUncompressedBytes, Problem *problem)
{
    *problem = Problem::None;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        *problem = Problem::NotZip;
        return nullptr;
    }
    zip *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);
        *problem = Problem::NotZip;
        return nullptr;
    }
    std::unique_ptr<ZipArchive> result(new ZipArchive(archive));

    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries < 0 || entries > maxEntries) {
        *problem = Problem::TooManyEntries;
        return nullptr;
    }
    // The declared sizes are checked before anything is inflated; read() holds every entry
    // to its declared size, so the declaration cannot lie either.
    zip_uint64_t total = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE)) {
            *problem = Problem::NotZip;
            return nullptr;
        }
        total += stat.size;
        if (stat.size > zip_uint64_t(maxUncompressedBytes) ||
            total > zip_uint64_t(maxUncompressedBytes)) {
            *problem = Problem::TooLarge;
            return nullptr;
        }
    }
    return result;
}

bool ZipArchive::contains(const QString &name) const
{
    return zip_name_locate(m_archive, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::optional<QByteArray> ZipArchive::read(const QString &name, Problem *problem) const
{
    *problem = Problem::None;
    const zip_int64_t index = zip_name_locate(m_archive, name.toUtf8().constData(), ZIP_FL_NOCASE);
    zip_stat_t stat;
    if (index < 0 || zip_stat_index(m_archive, zip_uint64_t(index), 0, &stat) != 0) {
        *problem = Problem::Missing;
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        *problem = Problem::Encrypted;
        return std::nullopt;
    }
    zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!file) {
        *problem = problemOf(zip_error_code_zip(zip_get_error(m_archive)));
        return std::nullopt;
    }
    // Read one byte more than declared: getting it means the entry lies about its size.
    QByteArray bytes(qsizetype(stat.size) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const zip_int64_t n =
            zip_fread(file, bytes.data() + filled, zip_uint64_t(bytes.size() - filled));
        if (n < 0) {
            *problem = problemOf(zip_error_code_zip(zip_file_get_error(file)));
            zip_fclose(file);
            return std::nullopt;
        }
        if (n == 0)
            break;
        filled += qsizetype(n);
    }
    zip_fclose(file);
    if (filled != qsizetype(stat.size)) {
        *problem = Problem::Damaged;
        return std::nullopt;
    }
    bytes.truncate(filled);
    return bytes;
}

} // namespace importing
