#include "cli/sendinput.h"

#include "phones/columndetector.h"
#include "phones/phonelistchecker.h"
#include "phones/phonelistreader.h"
#include "phones/tableentries.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace cli {

NumberList readNumberList(const QString &file, const QString &region, const QString &sheet)
{
    NumberList result;
    QString path = file;
    QTemporaryFile piped;
    if (file == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly) || !piped.open()) {
            result.error =
                QCoreApplication::translate("SendCommand", "standard input cannot be read");
            return result;
        }
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 16);
            if (chunk.isEmpty() && !in.waitForReadyRead(-1))
                break;
            piped.write(chunk);
        }
        piped.flush();
        path = piped.fileName();
    }
    const phones::TableResult table = phones::readPhoneListFile(path, sheet);
    if (!table.ok()) {
        result.error = table.error->message;
        if (file == QLatin1String("-"))
            result.error.replace(QFileInfo(path).fileName(), QStringLiteral("stdin"));
        return result;
    }
    const phones::PhoneListChecker checker(region);
    const phones::ColumnChoice columns = phones::detectColumns(table.table, checker.normalizer());
    result.entries = checker.checkEntries(phones::entriesFromTable(table.table, columns));
    return result;
}

} // namespace cli
