#include "cli/toplevel.h"

#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace cli {

// The translation context of this file's texts (free functions have none of their own).
class TopLevel
{
    Q_DECLARE_TR_FUNCTIONS(cli::TopLevel)
};

namespace {

struct CommandSummary
{
    const char *syntax;
    const char *summary;
};

// Every command, one line each, in the order of the work: check a list, send, follow, clean up.
constexpr CommandSummary kCommands[] = {
    {"check FILE", QT_TRANSLATE_NOOP("cli::TopLevel", "check a phone list: one verdict per row")},
    {"send", QT_TRANSLATE_NOOP("cli::TopLevel", "invite the numbers of a list by SMS")},
    {"watch", QT_TRANSLATE_NOOP("cli::TopLevel", "print every status change of the invitations")},
    {"remind",
     QT_TRANSLATE_NOOP("cli::TopLevel",
                       "text again everyone whose invitation is still pending after a given age")},
    {"history", QT_TRANSLATE_NOOP("cli::TopLevel", "print every past send of this computer")},
    {"forget NUMBER…",
     QT_TRANSLATE_NOOP("cli::TopLevel",
                       "forget a person: remove the number from the local history")},
    {"help COMMAND", QT_TRANSLATE_NOOP("cli::TopLevel", "the same as COMMAND --help")},
};

// Options QGuiApplication and QApplication read themselves (-platform offscreen, a session
// manager's -session ID …): accepted for the window and left to Qt.
constexpr const char *kQtValueOptions[] = {
    "platform",    "platformpluginpath", "platformtheme", "plugin",  "qwindowgeometry",
    "qwindowicon", "qwindowtitle",       "session",       "display", "style",
    "stylesheet"};
constexpr const char *kQtFlagOptions[] = {"reverse"};

struct TopLevelParser
{
    QCommandLineParser parser;
    // Described by helpText(), which lists the commands too.
    QCommandLineOption demo{QStringLiteral("demo")};
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")}};

    TopLevelParser()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(demo);
        parser.addOption(help);
        parser.addOption(version);
        for (const char *name : kQtValueOptions) {
            QCommandLineOption option(QString::fromLatin1(name), QString(),
                                      QStringLiteral("VALUE"));
            option.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(option);
        }
        for (const char *name : kQtFlagOptions) {
            QCommandLineOption option(QString::fromLatin1(name), QString());
            option.setFlags(QCommandLineOption::HiddenFromHelp);
            parser.addOption(option);
        }
    }
    bool parse(const QStringList &arguments)
    {
        return parser.parse(QStringList{QStringLiteral("accessy-invite")} + arguments);
    }
};

QString helpText()
{
    QString text;
    QTextStream out(&text);
    out << TopLevel::tr(
               "Usage: accessy-invite [--demo]\n"
               "       accessy-invite COMMAND [options]\n"
               "\n"
               "Invites people to an Accessy organization by SMS. Without a command, opens the\n"
               "window.\n")
        << '\n'
        << TopLevel::tr("Commands:") << '\n';
    for (const CommandSummary &command : kCommands) {
        const QString syntax = QString::fromUtf8(command.syntax);
        out << "  " << syntax.leftJustified(18) << ' ' << TopLevel::tr(command.summary) << '\n';
    }
    out << '\n'
        << TopLevel::tr("Options:") << '\n'
        << "  " << QStringLiteral("--demo").leftJustified(18) << ' '
        << TopLevel::tr("practice mode: start the bundled sandbox; no SMS is sent") << '\n'
        << "  " << QStringLiteral("-h, --help").leftJustified(18) << ' '
        << TopLevel::tr("show this help") << '\n'
        << "  " << QStringLiteral("-v, --version").leftJustified(18) << ' '
        << TopLevel::tr("show the version") << '\n'
        << '\n'
        << TopLevel::tr(
               "Every command takes --help and --version. More in the manual: man accessy-invite")
        << '\n';
    return text;
}

int fail(const QString &cause)
{
    QTextStream(stderr) << "accessy-invite: " << cause << "\n\n" << helpText();
    return 2;
}

} // namespace

WindowRequest parseWindowRequest(const QStringList &arguments)
{
    TopLevelParser p;
    WindowRequest request;
    request.opensWindow = p.parse(arguments) && p.parser.positionalArguments().isEmpty() &&
                          !p.parser.isSet(p.help) && !p.parser.isSet(p.version);
    request.demo = request.opensWindow && p.parser.isSet(p.demo);
    return request;
}

int runTopLevelCommand(const QStringList &arguments)
{
    // A word first is a command, whatever follows it.
    if (!arguments.isEmpty() && !arguments.constFirst().startsWith(QLatin1Char('-'))) {
        const QString &word = arguments.constFirst();
        if (word != QLatin1String("help"))
            return fail(TopLevel::tr("unknown command '%1'").arg(word));
        // `help COMMAND` with a known COMMAND never gets here (main runs COMMAND --help).
        const QStringList rest = arguments.mid(1);
        if (rest.size() > 1)
            return fail(TopLevel::tr("'help' takes one command name"));
        if (!rest.isEmpty() && rest != QStringList{QStringLiteral("--help")} &&
            rest != QStringList{QStringLiteral("-h")})
            return fail(TopLevel::tr("unknown command '%1'").arg(rest.constFirst()));
        QTextStream(stdout) << helpText();
        return 0;
    }
    TopLevelParser p;
    if (!p.parse(arguments)) {
        const QStringList unknown = p.parser.unknownOptionNames();
        if (unknown.isEmpty())
            return fail(p.parser.errorText());
        return fail(CommandLine::unknownOptionMessage(arguments, unknown.constFirst()));
    }
    if (p.parser.isSet(p.help)) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    if (p.parser.isSet(p.version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    // An option first, a word later: `accessy-invite --demo bogus`.
    if (!p.parser.positionalArguments().isEmpty())
        return fail(
            TopLevel::tr("unknown command '%1'").arg(p.parser.positionalArguments().constFirst()));
    return fail(TopLevel::tr("nothing to do")); // parseWindowRequest() would have opened the window
}

} // namespace cli
