#include "cli/commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace cli {

CommandLine::CommandLine(const QString &command, const QString &description,
                         const QString &epilogue)
    : m_command(command)
    , m_epilogue(epilogue)
    , m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    , m_version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                tr("Show the version."))
{
    // -y and --yes alike; "-fast" is one unknown option, not -f -a -s -t.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
    m_parser.addOption(m_version);
}

QCommandLineOption CommandLine::addOption(const QCommandLineOption &option,
                                          const QString &missingValueCause)
{
    m_parser.addOption(option);
    if (!missingValueCause.isEmpty()) {
        for (const QString &name : option.names())
            m_missingValueCauses.insert(name, missingValueCause);
    }
    return option;
}

void CommandLine::addPositionalArgument(const QString &name, const QString &description,
                                        const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_positionals = true;
}

QString CommandLine::unknownOptionMessage(const QString &option)
{
    return tr("unknown option \"%1\"").arg(option);
}

QString CommandLine::unknownOptionMessage(const QStringList &arguments, const QString &name)
{
    for (const QString &argument : arguments) {
        const QString spelled = argument.section(QLatin1Char('='), 0, 0);
        if (spelled.startsWith(QLatin1Char('-')) &&
            QStringView(spelled).mid(spelled.startsWith(QLatin1String("--")) ? 2 : 1) == name)
            return unknownOptionMessage(spelled);
    }
    return unknownOptionMessage((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) +
                                name);
}

QString CommandLine::helpText() const
{
    // Qt names the program by its path; people type "accessy-invite send".
    QString text = m_parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const QString program = arguments.isEmpty() ? QString() : arguments.constFirst();
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, program.size(), QStringLiteral("accessy-invite ") + m_command);
    if (!m_epilogue.isEmpty())
        text += QLatin1Char('\n') + m_epilogue;
    return text;
}

int CommandLine::fail(const QString &cause) const
{
    QTextStream(stderr) << "accessy-invite " << m_command << ": " << cause << "\n\n" << helpText();
    return 2;
}

QString CommandLine::causeOfParseError(const QStringList &arguments) const
{
    const QStringList unknown = m_parser.unknownOptionNames();
    if (!unknown.isEmpty())
        return unknownOptionMessage(arguments, unknown.constFirst());
    // The only other failure of a known option: the last one lacks its value.
    if (!arguments.isEmpty()) {
        QString last = arguments.constLast();
        while (last.startsWith(QLatin1Char('-')))
            last.remove(0, 1);
        if (const auto it = m_missingValueCauses.constFind(last); it != m_missingValueCauses.cend())
            return *it;
    }
    return m_parser.errorText();
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(QStringList{QStringLiteral("accessy-invite")} + arguments))
        return fail(causeOfParseError(arguments));
    if (m_parser.isSet(m_help)) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    if (m_parser.isSet(m_version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (!m_positionals && !m_parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument \"%1\"").arg(m_parser.positionalArguments().first()));
    return std::nullopt;
}

} // namespace cli
