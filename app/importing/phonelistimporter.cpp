#include "importing/phonelistimporter.h"

#include "importing/phonelistreader.h"
#include "importing/readerrors.h"
#include "importing/tableentries.h"
#include "importing/vcardreader.h"
#include "importing/xlsxreader.h"
#include "phones/phonelistchecker.h"
#include "phones/phonenormalizer.h"
#include "phones/phoneslogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace importing {
namespace {

ImportResult failed(ImportResult result, const ReadError &error)
{
    qCInfo(phones::lcPhones) << "not imported:" << error.message;
    result.error = error;
    result.entries.clear();
    return result;
}

// Standard input goes through a file named "stdin", so the readers can judge the format from
// the bytes and every message names it as the admin knows it. The limit on file size holds
// while reading: never more than the limit in memory or on disk.
Result<QString> copyStandardInput(const QTemporaryDir &dir, const ReadLimits &limits)
{
    const QString path = dir.filePath(QStringLiteral("stdin"));
    QFile in;
    QFile copy(path);
    if (!dir.isValid() || !in.open(stdin, QIODevice::ReadOnly) || !copy.open(QIODevice::WriteOnly))
        return readerrors::cannotOpen(path, in.errorString());
    qint64 total = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        if (chunk.isEmpty() && !in.waitForReadyRead(-1))
            break;
        total += chunk.size();
        if (total > limits.maxFileBytes)
            return readerrors::tooLarge(path, limits.maxFileBytes);
        if (copy.write(chunk) < 0)
            return readerrors::cannotOpen(path, copy.errorString());
    }
    return path;
}

QStringList sheetNames(const QString &path, const ReadLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<QStringList> names = XlsxReader(limits).sheetNames(file.readAll(), path);
    return names.ok() ? names.value() : QStringList(); // the sheet was read: names will come
}

} // namespace

ReadError noEntriesError(const QString &file)
{
    return ReadError{
        file, QCoreApplication::translate("PhoneListReader",
                                          "%1 has a header row but no phone numbers below it.")
                  .arg(readerrors::displayName(file))};
}

namespace {

ImportResult chooseColumns(ImportResult result, const ImportOptions &options)
{
    result.error.reset();
    if (options.columns) {
        result.columns = *options.columns;
    } else if (result.table.format == u"vcard") {
        result.columns = {false, VCardReader::PhoneColumn, {VCardReader::NameColumn}};
    } else {
        const phones::PhoneNormalizer normalizer(options.region);
        result.columns = detectColumns(result.table, normalizer);
    }
    const QString &file = result.file;
    if (result.columns.phoneColumn < 0) {
        return failed(
            std::move(result),
            ReadError{file, file.isEmpty()
                                ? QCoreApplication::translate(
                                      "PhoneListReader", "The pasted text holds no phone numbers.")
                                : QCoreApplication::translate(
                                      "PhoneListReader", "No column of %1 holds phone numbers.")
                                      .arg(readerrors::displayName(file))});
    }
    return result;
}

} // namespace

ImportResult checkRows(ImportResult result, const ImportOptions &options)
{
    result = chooseColumns(std::move(result), options);
    if (result.error)
        return result;
    QList<phones::PhoneEntry> entries = entriesFromTable(result.table, result.columns);
    if (entries.isEmpty())
        return failed(std::move(result), noEntriesError(result.file));
    const phones::PhoneListChecker checker(options.region);
    result.entries = checker.checkEntries(std::move(entries));
    const phones::VerdictCounts counts = phones::countVerdicts(result.entries);
    qCInfo(phones::lcPhones) << "imported" << result.table.format << result.table.detail << "rows"
                             << result.table.rows.size() << "phone column"
                             << result.columns.phoneColumn << "sendable" << counts.sendable()
                             << "of" << counts.total();
    return result;
}

ImportResult readList(const ImportSource &source, const ImportOptions &options)

{
    ImportResult result;
    // Messages name standard input "stdin", as the readers do.
    result.file =
        source.kind == ImportSource::Kind::StandardInput ? QStringLiteral("stdin") : source.path;
    result.sheet = options.sheet;
    if (!phones::PhoneNormalizer::isRegionSupported(options.region)) {
        return failed(std::move(result),
                      ReadError{result.file,
                                QCoreApplication::translate(
                                    "PhoneListReader", "“%1” is not a country code libphonenumber "
                                                       "knows (use two letters, such as SE).")
                                    .arg(options.region)});
    }
    QTemporaryDir stdinDir;
    QString path = source.path;
    if (source.kind == ImportSource::Kind::StandardInput) {
        const Result<QString> copied = copyStandardInput(stdinDir, options.limits);
        if (!copied.ok())
            return failed(std::move(result), copied.error());
        path = copied.value();
    }
    const TableResult read =
        source.kind == ImportSource::Kind::PastedText
            ? readClipboardText(source.text, options.limits)
            : readPhoneListFile(path, options.sheet, options.limits, options.waiting);
    if (!read.ok())
        return failed(std::move(result), read.error());
    result.table = read.value();
    // A FIFO cannot be read twice: its sheet names stay unknown rather than wait forever.
    if (result.table.format == u"xlsx" && QFileInfo(path).isFile())
        result.sheets = sheetNames(path, options.limits);
    return chooseColumns(std::move(result), options);
}

ImportResult importList(const ImportSource &source, const ImportOptions &options)
{
    ImportResult read = readList(source, options);
    if (read.error)
        return read;
    return checkRows(std::move(read), options);
}

} // namespace importing
