// One import pipeline, three callers: the window's ImportJob, `accessy-invite check` and
// `accessy-invite send --numbers` (the real program) read the same list the same way, refuse
// the same inputs with the same sentence, and defuse formula-like cells in what they print.
#include "importing/importjob.h"
#include "programrun.h"
#include "writeintotempdir.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ProgramRun;

class ImportPaths : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // send keeps no history in a dry run, but may look for its folder

    Run program(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("ACCESSY_")))
                env.remove(name); // no credentials: `send --dry-run` checks the list only
        }
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return runAccessyInvite(arguments, input, env);
    }
    Run check(const QString &file, const QStringList &options = {})
    {
        return program(QStringList{QStringLiteral("check"), file} + options);
    }
    Run send(const QString &file, const QStringList &options = {})
    {
        return program(QStringList{QStringLiteral("send"), QStringLiteral("--dry-run"),
                                   QStringLiteral("--numbers"), file, QStringLiteral("--message"),
                                   QStringLiteral("Välkommen")} +
                       options);
    }
    static importing::ImportResult windowImport(const QString &file)
    {
        importing::ImportJob job;
        QSignalSpy finished(&job, &importing::ImportJob::finished);
        job.readFile(file);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<importing::ImportResult>();
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return writeIntoTempDir(m_home, name, bytes);
    }
    static QStringList lines(const QString &out)
    {
        return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    static bool hasLineStarting(const QString &out, const QString &start)
    {
        const QStringList all = lines(out);
        return std::any_of(all.cbegin(), all.cend(),
                           [&](const QString &line) { return line.startsWith(start); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qRegisterMetaType<importing::ImportResult>();
    }

    // Before: `send --region QQ` read the list with an unknown region and sent nothing useful.
    void unknownRegion_refusedBySendAsByCheck()
    {
        const QString list = write(QStringLiteral("region.csv"), "0701234567\n");
        const QString sentence = QStringLiteral("“QQ” is not a country code libphonenumber knows "
                                                "(use two letters, such as SE).");
        const Run checked = check(list, {QStringLiteral("--region"), QStringLiteral("QQ")});
        QCOMPARE(checked.exitCode, 2);
        QCOMPARE(checked.err.trimmed(), sentence);
        const Run sent = send(list, {QStringLiteral("--region"), QStringLiteral("QQ")});
        QCOMPARE(sent.exitCode, 2);
        QCOMPARE(sent.err.trimmed(), QStringLiteral("accessy-invite send: ") + sentence);
        QVERIFY(sent.out.isEmpty());
    }

    // Before: send went on with no numbers and said nothing.
    void noPhoneColumn_sendSaysSoAsCheckDoes()
    {
        const QString list = write(QStringLiteral("names.csv"), "name\nAnna\nBo\n");
        const QString sentence = QStringLiteral("No column of “names.csv” holds phone numbers.");
        const Run checked = check(list);
        QCOMPARE(checked.exitCode, 2);
        QCOMPARE(checked.err.trimmed(), sentence);
        const Run sent = send(list);
        QCOMPARE(sent.exitCode, 2);
        QCOMPARE(sent.err.trimmed(), QStringLiteral("accessy-invite send: ") + sentence);
        QVERIFY(sent.out.isEmpty());
        const importing::ImportResult window = windowImport(list);
        QVERIFY(window.error.has_value());
        QCOMPARE(window.error->message, sentence);
    }

    // Standard input is read by the same pipeline and named "stdin" in every message.
    void standardInput_sameSentenceForCheckAndSend()
    {
        const QString sentence = QStringLiteral("No column of “stdin” holds phone numbers.");
        const Run checked = program({QStringLiteral("check"), QStringLiteral("-")}, "name\nAnna\n");
        QCOMPARE(checked.exitCode, 2);
        QCOMPARE(checked.err.trimmed(), sentence);
        const Run sent = program({QStringLiteral("send"), QStringLiteral("--dry-run"),
                                  QStringLiteral("--numbers"), QStringLiteral("-"),
                                  QStringLiteral("--message"), QStringLiteral("Hej")},
                                 "name\nAnna\n");
        QCOMPARE(sent.exitCode, 2);
        QCOMPARE(sent.err.trimmed(), QStringLiteral("accessy-invite send: ") + sentence);
    }

    // Standard input has the files' size limit, kept while reading (before, check read it
    // all into memory and send copied it to disk without a bound).
    void standardInput_overTheLimit_refusedWithTheFilesSentence()
    {
        QByteArray huge;
        const QByteArray line = "0701234567\n";
        huge.reserve(50 * 1024 * 1024 + line.size());
        while (huge.size() <= 50 * 1024 * 1024)
            huge += line;
        const QString sentence = QStringLiteral("“stdin” is larger than 50 MiB, the most a phone "
                                                "list may be. Split it into smaller files.");
        const Run checked = program({QStringLiteral("check"), QStringLiteral("-")}, huge);
        QCOMPARE(checked.exitCode, 2);
        QCOMPARE(checked.err.trimmed(), sentence);
        QVERIFY(checked.out.isEmpty());
    }

    // A contact card named like a column ("Telefon") with no number comes first. Before, the
    // window and send detected columns on the cards and took that card for a header row, so
    // it vanished; a vCard's columns are fixed (name, number) on every path now.
    void vcard_fixedColumnsOnEveryPath()
    {
        const QString list =
            write(QStringLiteral("contacts.vcf"),
                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Telefon\r\nEND:VCARD\r\n"
                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åsa Öberg\r\nTEL;TYPE=CELL:070-123 45 67\r\n"
                  "END:VCARD\r\n"
                  "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Ek\r\nTEL;TYPE=CELL:0702345678\r\n"
                  "END:VCARD\r\n");
        const importing::ImportResult window = windowImport(list);
        QVERIFY2(window.ok(), window.error ? qPrintable(window.error->message) : "");
        QCOMPARE(window.columns.hasHeader, false);
        QCOMPARE(window.entries.size(), 3);
        QCOMPARE(window.entries.first().name, QStringLiteral("Telefon"));
        QCOMPARE(window.entries.first().verdict, phones::Verdict::Invalid);

        const Run checked = check(list);
        QCOMPARE(checked.exitCode, 1);
        QCOMPARE(lines(checked.out).size(), 1 + 3);
        QVERIFY2(lines(checked.out).at(1).startsWith(QStringLiteral("1,,Telefon,,invalid,")),
                 qPrintable(checked.out));

        const Run sent = send(list);
        QCOMPARE(sent.exitCode, 1); // one card has no number to invite
        QCOMPARE(lines(sent.out).size(), 1 + 3);
        QVERIFY2(sent.out.contains(QStringLiteral("+46701234567,,would-send,")),
                 qPrintable(sent.out));
    }

    // What send and check print lands in spreadsheets: a cell that would run as a formula
    // starts with ' instead; phone numbers stay as they are.
    void formulaCells_defusedInWhatSendAndCheckPrint()
    {
        const QString list = write(QStringLiteral("formulas.csv"),
                                   "=1+2\n@SUM(1)\n-1+cmd\n+46701234567\n+46 70-234 56 78\n");
        const Run sent = send(list);
        QCOMPARE(sent.exitCode, 1);
        QVERIFY2(hasLineStarting(sent.out, QStringLiteral("'=1+2,,invalid,")),
                 qPrintable(sent.out));
        QVERIFY2(hasLineStarting(sent.out, QStringLiteral("'@SUM(1),,invalid,")),
                 qPrintable(sent.out));
        QVERIFY2(hasLineStarting(sent.out, QStringLiteral("'-1+cmd,,invalid,")),
                 qPrintable(sent.out));
        QVERIFY2(sent.out.contains(QStringLiteral("\n+46701234567,,would-send,")),
                 qPrintable(sent.out));

        const Run checked = check(list);
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QStringLiteral("\n1,'=1+2,,,invalid,")),
                 qPrintable(checked.out));
        QVERIFY2(checked.out.contains(QStringLiteral("\n3,'-1+cmd,,,invalid,")),
                 qPrintable(checked.out));
        QVERIFY2(checked.out.contains(QStringLiteral("\n4,+46701234567,,+46701234567,valid,")),
                 qPrintable(checked.out));
        QVERIFY2(checked.out.contains(QStringLiteral("\n5,+46 70-234 56 78,,+46702345678,valid,")),
                 qPrintable(checked.out));
    }
};

} // namespace

QTEST_GUILESS_MAIN(ImportPaths)
#include "tst_importpaths.moc"
