// The command line as a new user meets it, through the real program: unknown words and options
// fail fast without a window, every command is listed and has --help and --version, and the
// man pages and bash completion that come with the package work.
#include "rowpervalue.h"
#include "testtable.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1; // -1: crashed, or did not finish within the hang guard
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// No display at all, and the X11 platform: a program that tried to open a window would fail
// loudly ("could not connect to display") instead of drawing one offscreen.
QProcessEnvironment noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    return env;
}

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &env = noDisplay(), const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    // A hang guard only: the answers below come in well under a second.
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.elapsedMs = clock.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run invite(const QStringList &arguments)
{
    return run(QStringLiteral(INVITE_BIN_DIR "/accessy-invite"), arguments);
}

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// What bash completion offers for `line` (its last word is the one being completed), with the
// script of `program` loaded the way bash-completion loads it.
QStringList complete(const QString &program, const QString &function, const QStringList &line,
                     const QString &workingDirectory = {})
{
    const QString bashCompletion = QStringLiteral("/usr/share/bash-completion/bash_completion");
    if (!QFile::exists(bashCompletion))
        return {
            QStringLiteral("(bash-completion is not installed: apt-get install bash-completion)")};
    const QString script =
        QStringLiteral("source %1 && source \"$0\" && complete -p %2 >/dev/null || exit 3; "
                       "COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); "
                       "COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE}; "
                       "%3 %2 \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"; "
                       "printf '%s\\n' \"${COMPREPLY[@]}\"")
            .arg(bashCompletion, program, function);
    const Run r = run(QStringLiteral("bash"),
                      QStringList{QStringLiteral("-c"), script,
                                  QStringLiteral(INVITE_COMPLETION_DIR "/") + program} +
                          line,
                      QProcessEnvironment::systemEnvironment(), workingDirectory);
    if (r.exitCode != 0 || !r.err.isEmpty())
        return {QStringLiteral("(bash failed with %1: %2)")
                    .arg(r.exitCode)
                    .arg(QString::fromUtf8(r.err))};
    return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
}

const QStringList kCommands{QStringLiteral("check"),   QStringLiteral("send"),
                            QStringLiteral("watch"),   QStringLiteral("remind"),
                            QStringLiteral("history"), QStringLiteral("forget")};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mistake_exit2UsageOnStderrNoWindow_data()
    {
        addColumns<QString, QString, QString>("arguments", "cause", "usage");
        const char *const top = "Usage: accessy-invite [--demo]";
        struct Mistake
        {
            const char *name, *arguments, *cause, *usage;
        };
        const Mistake mistakes[] = {
            {"unknown command", "bogus", "unknown command 'bogus'", top},
            {"unknown command after an option", "--demo bogus", "unknown command 'bogus'", top},
            {"help for an unknown command", "help bogus", "unknown command 'bogus'", top},
            {"unknown option", "--bogus", "unknown option \"--bogus\"", top},
            {"unknown short option", "-x", "unknown option \"-x\"", top},
            {"check: unknown option", "check --bogus list.csv", "unknown option \"--bogus\"",
             "Usage: accessy-invite check"},
            {"send: unknown option", "send --bogus", "unknown option \"--bogus\"",
             "Usage: accessy-invite send"},
            {"watch: unknown option", "watch --bogus", "unknown option \"--bogus\"",
             "Usage: accessy-invite watch"},
            {"send: stray argument", "send list.csv", "unexpected argument \"list.csv\"",
             "Usage: accessy-invite send"},
        };
        for (const Mistake &m : mistakes)
            QTest::newRow(m.name) << QString::fromUtf8(m.arguments) << QString::fromUtf8(m.cause)
                                  << QString::fromUtf8(m.usage);
    }
    void mistake_exit2UsageOnStderrNoWindow()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, cause);
        QFETCH(QString, usage);
        const Run r = invite(arguments.split(QLatin1Char(' ')));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(cause.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(usage.toUtf8()), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        // A window attempt without a display fails with Qt's platform messages.
        QVERIFY2(!r.err.contains("display") && !r.err.contains("qt.qpa"), r.err.constData());
        qInfo("answered in %lld ms", r.elapsedMs);
    }

    // The control for the test above: in this environment the window itself cannot start, and
    // says so, so a mistake that reached it could not pass for an answer.
    void window_withoutDisplay_failsLoudly()
    {
        const Run r = invite({});
        QVERIFY(r.exitCode != 0 && r.exitCode != 2);
        QVERIFY2(r.err.contains("display"), r.err.constData());
    }

    void help_listsEveryCommand()
    {
        const Run r = invite({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QString text = QString::fromUtf8(r.out);
        for (const QString &command : kCommands + QStringList{"help"}) {
            const QRegularExpression line(QStringLiteral("^  %1\\b.*\\S$").arg(command),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(text).hasMatch(), qPrintable(command + QLatin1Char('\n') + text));
        }
        QVERIFY(text.contains(QStringLiteral("--demo")));
        // `help` alone and -h say the same.
        QCOMPARE(invite({QStringLiteral("help")}).out, r.out);
        QCOMPARE(invite({QStringLiteral("-h")}).out, r.out);
        QCOMPARE(invite({QStringLiteral("help"), QStringLiteral("help")}).out, r.out);
    }

    void helpCommand_equalsCommandHelp_data() { addRowPerValue("command", kCommands); }
    void helpCommand_equalsCommandHelp()
    {
        QFETCH(QString, command);
        const Run viaHelp = invite({QStringLiteral("help"), command});
        const Run viaOption = invite({command, QStringLiteral("--help")});
        QCOMPARE(viaHelp.exitCode, 0);
        QCOMPARE(viaOption.exitCode, 0);
        QCOMPARE(viaHelp.out, viaOption.out);
        QCOMPARE(viaHelp.err, viaOption.err);
        // The usage names the command as typed, never the program's path.
        const QByteArray usage = "Usage: accessy-invite " + command.toUtf8() + ' ';
        QVERIFY2(viaOption.out.startsWith(usage), viaOption.out.constData());
        QVERIFY(!viaOption.out.contains(INVITE_BIN_DIR));
        QVERIFY(viaOption.out.contains("--version"));
    }

    void version_onEveryCommand_data()
    {
        addColumns<QStringList>("arguments");
        QTest::newRow("program") << QStringList{"--version"};
        QTest::newRow("program, short") << QStringList{"-v"};
        for (const QString &command : kCommands)
            QTest::newRow(qPrintable(command)) << QStringList{command, "--version"};
        // --version wins over the options a command would otherwise insist on.
        QTest::newRow("send without its required options") << QStringList{"send", "-v"};
    }
    void version_onEveryCommand()
    {
        QFETCH(QStringList, arguments);
        const Run r = invite(arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("accessy-invite " INVITE_VERSION "\n"));
        QVERIFY(r.err.isEmpty());
    }

    void completion_data()
    {
        // line: the last word is the one being completed
        addColumns<QString, QString, QStringList, QStringList>("script", "function", "line",
                                                               "expected");
        const QString invite = QStringLiteral("accessy-invite");
        const QString sandbox = QStringLiteral("accessy-sandbox");
        QTest::newRow("command") << invite << "_accessy_invite" << words("accessy-invite se")
                                 << QStringList{"send"};
        QTest::newRow("every command")
            << invite << "_accessy_invite" << words("accessy-invite") + QStringList{QString()}
            << QStringList{"check", "send", "watch", "remind", "history", "forget", "help"};
        QTest::newRow("program option")
            << invite << "_accessy_invite" << words("accessy-invite --de") << QStringList{"--demo"};
        QTest::newRow("command option")
            << invite << "_accessy_invite" << words("accessy-invite send --dry")
            << QStringList{"--dry-run"};
        QTest::newRow("help's command") << invite << "_accessy_invite"
                                        << words("accessy-invite help wa") << QStringList{"watch"};
        QTest::newRow("list file")
            << invite << "_accessy_invite"
            << words("accessy-invite send --numbers") + QStringList{QString()}
            << QStringList{"members.csv", "staff.xlsx"};
        QTest::newRow("check's file")
            << invite << "_accessy_invite" << words("accessy-invite check") + QStringList{QString()}
            << QStringList{"members.csv", "staff.xlsx"};
        QTest::newRow("a value, not a file")
            << invite << "_accessy_invite"
            << words("accessy-invite send --message") + QStringList{QString()} << QStringList{};
        QTest::newRow("sandbox option") << sandbox << "_accessy_sandbox"
                                        << words("accessy-sandbox --por") << QStringList{"--port"};
    }
    void completion()
    {
        QFETCH(QString, script);
        QFETCH(QString, function);
        QFETCH(QStringList, line);
        QFETCH(QStringList, expected);
        QTemporaryDir dir; // the files offered: lists only
        for (const char *name : {"members.csv", "staff.xlsx", "notes.pdf"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QStringList offered = complete(script, function, line, dir.path());
        offered.sort();
        expected.sort();
        QCOMPARE(offered, expected);
    }

    // The completion stays true to the programs: "--" offers exactly the options --help names.
    void completion_offersEveryOptionOfTheHelp_data()
    {
        addColumns<QString, QString, QString>("program", "command", "function");
        QTest::newRow("accessy-invite") << "accessy-invite" << QString() << "_accessy_invite";
        for (const QString &command : kCommands)
            QTest::newRow(qPrintable(command)) << "accessy-invite" << command << "_accessy_invite";
        QTest::newRow("accessy-sandbox") << "accessy-sandbox" << QString() << "_accessy_sandbox";
    }
    void completion_offersEveryOptionOfTheHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, command);
        QFETCH(QString, function);
        QStringList line{program};
        if (!command.isEmpty())
            line << command;
        const Run help = run(QStringLiteral(INVITE_BIN_DIR "/") + program,
                             QStringList(line.mid(1)) << QStringLiteral("--help"));
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*\\b"));
        QSet<QString> named;
        for (auto it = option.globalMatch(QString::fromUtf8(help.out)); it.hasNext();)
            named.insert(it.next().captured());
        const QStringList offered = complete(program, function, line << QStringLiteral("--"));
        QCOMPARE(QSet<QString>(offered.cbegin(), offered.cend()), named);
    }

    void manPages_renderWithoutWarnings_data()
    {
        addColumns<QString, QStringList>("page", "mentions");
        QTest::newRow("accessy-invite") << "accessy-invite.1"
                                        << QStringList{"check",
                                                       "send",
                                                       "watch",
                                                       "forget",
                                                       "ACCESSY_CLIENT_ID",
                                                       "ACCESSY_CLIENT_SECRET",
                                                       "ACCESSY_SESSION_TOKEN",
                                                       "ACCESSY_API_URL",
                                                       "ACCESSY_EVENTS_URL",
                                                       "ACCESSY_INVITE_DATA_DIR",
                                                       "EXIT STATUS",
                                                       "FILES",
                                                       "history.sqlite",
                                                       "accessy-invite.conf",
                                                       "EXAMPLES"};
        QTest::newRow("accessy-sandbox")
            << "accessy-sandbox.1" << QStringList{"--port", "--exit-with-stdin", "EXIT STATUS"};
    }
    void manPages_renderWithoutWarnings()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, mentions);
        const QString path = QDir(QStringLiteral(INVITE_MAN_DIR)).filePath(page);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        // Plain text (-P-cbou: no overstriking), every groff warning enabled.
        const Run r = run(QStringLiteral("groff"),
                          {QStringLiteral("-ww"), QStringLiteral("-man"), QStringLiteral("-Tutf8"),
                           QStringLiteral("-P-cbou"), path},
                          QProcessEnvironment::systemEnvironment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        for (const QString &word : mentions)
            QVERIFY2(text.contains(word), qPrintable(word));
        // man itself reads the installed, compressed form.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
        const Run man = run(QStringLiteral("man"), {QStringLiteral("-l"), path + ".gz"}, env);
        QCOMPARE(man.exitCode, 0);
        QVERIFY2(man.err.isEmpty(), man.err.constData());
        QVERIFY(man.out.contains("NAME"));
    }

    // The manuals stay true to the programs: every option a --help names is in the manual.
    void manPage_hasEveryOptionOfTheHelp_data()
    {
        addColumns<QString, QStringList, QString>("program", "arguments", "page");
        const QString invite = QStringLiteral(INVITE_BIN_DIR "/accessy-invite");
        QTest::newRow("accessy-invite") << invite << QStringList{"--help"} << "accessy-invite.1";
        for (const QString &command : kCommands)
            QTest::newRow(qPrintable(command))
                << invite << QStringList{command, "--help"} << "accessy-invite.1";
        QTest::newRow("accessy-sandbox") << QStringLiteral(INVITE_BIN_DIR "/accessy-sandbox")
                                         << QStringList{"--help"} << "accessy-sandbox.1";
    }
    void manPage_hasEveryOptionOfTheHelp()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, page);
        QFile manual(QDir(QStringLiteral(INVITE_MAN_DIR)).filePath(page));
        QVERIFY(manual.open(QIODevice::ReadOnly));
        // The roff without its font changes (\fB … \fR) and its \& and \- escapes.
        static const QRegularExpression escapes(QStringLiteral("\\\\f[BIRP]|\\\\&|\\\\(?=-)"));
        const QString text = QString::fromUtf8(manual.readAll()).remove(escapes);
        const Run help = run(program, arguments);
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*\\b"));
        QSet<QString> names;
        for (auto it = option.globalMatch(QString::fromUtf8(help.out)); it.hasNext();)
            names.insert(it.next().captured());
        QVERIFY(names.size() >= 2);
        for (const QString &name : names) {
            const QRegularExpression inManual(QRegularExpression::escape(name) +
                                              QStringLiteral("(?![\\w-])"));
            QVERIFY2(inManual.match(text).hasMatch(), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
