#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cli {

// One command's command line, the same way for every command: QCommandLineParser with a usage
// line that names the command ("Usage: accessy-invite send [options]", never the build path),
// --help and --version, and every problem reported as "accessy-invite send: <cause>" followed
// by the usage on standard error, exit status 2.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(cli::CommandLine)

public:
    // `command` is the word after accessy-invite ("send"); `epilogue` follows the options in
    // --help (environment, exit status).
    CommandLine(const QString &command, const QString &description, const QString &epilogue = {});

    QCommandLineParser &parser() { return m_parser; }
    // The cause named when `option` (which takes a value) ends the command line without one.
    // Returns the option, to read its value after parse().
    QCommandLineOption addOption(const QCommandLineOption &option,
                                 const QString &missingValueCause = {});
    // Positional arguments are refused unless declared (QCommandLineParser would collect them).
    void addPositionalArgument(const QString &name, const QString &description,
                               const QString &syntax = {});

    // Parses `arguments` (those after the command's name). Returns the exit status when the
    // command is done already: 0 after --help or --version, 2 after a problem (reported).
    std::optional<int> parse(const QStringList &arguments);
    // Reports a problem found after parsing (a bad value): cause, usage, and returns 2.
    int fail(const QString &cause) const;
    QString helpText() const;

    // `unknown option "--fast"`: the one wording for an option no command knows.
    static QString unknownOptionMessage(const QString &option);
    // The same, naming the option as typed ("--fast", "-x", without "=value") among `arguments`;
    // `name` is how QCommandLineParser::unknownOptionNames() reports it.
    static QString unknownOptionMessage(const QStringList &arguments, const QString &name);

private:
    QString causeOfParseError(const QStringList &arguments) const;

    QString m_command;
    QString m_epilogue;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QHash<QString, QString> m_missingValueCauses; // option name -> cause
    bool m_positionals = false;
};

} // namespace cli
