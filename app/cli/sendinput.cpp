#include "cli/sendinput.h"

#include "importing/phonelistimporter.h"

#include <QTextStream>

namespace cli {

importing::Result<QList<phones::PhoneEntry>>
readNumberList(const QString &file, const QString &region, const QString &sheet)
{
    importing::ImportOptions options;
    options.region = region;
    options.sheet = sheet;
    options.waiting = [](const QString &note) {
        QTextStream(stderr) << note << '\n';
    };
    importing::ImportResult imported =
        importing::importList(importing::ImportSource::fromArgument(file), options);
    if (!imported.ok())
        return *imported.error;
    return std::move(imported.entries);
}

} // namespace cli
