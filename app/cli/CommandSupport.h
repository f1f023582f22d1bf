#pragma once
// What the commands of the command line share (export, import, print, calendar): messages on
// stderr in the program's voice, the usage line after a wrong usage, --help that starts with
// the command's own syntax, and opening an existing database to read.

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace dd::storage {
class Database;
}

namespace dd::cli {

// How messages start: "delegation-desk: …".
QString programName();

class CommandOutput
{
public:
    // usage: the translated "Usage: …" line of the command.
    CommandOutput(const QString &usage, QTextStream &out, QTextStream &err);

    // Says what is wrong, then the usage line; returns the exit status for wrong usage.
    int usageError(const QString &message) const;
    // Says why the command failed; returns the exit status for a failure.
    int failure(const QString &message) const;

    // Parses the command's options. Returns the exit status when the command is done already
    // (wrong usage, or --help printed), nothing when it should go on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                             const QCommandLineOption &help) const;

private:
    QString m_usage;
    QTextStream &m_out;
    QTextStream &m_err;
};

// An existing database, opened read-only (a command that only reads never creates a file);
// null and *error when it cannot be opened.
std::unique_ptr<storage::Database> openToRead(const QString &path, QString *error);

} // namespace dd::cli
