#include "CommandSupport.h"

#include "Cli.h"

#include "storage/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace dd::cli {

QString programName()
{
    return QStringLiteral("delegation-desk");
}

CommandOutput::CommandOutput(const QString &usage, QTextStream &out, QTextStream &err)
    : m_usage(usage)
    , m_out(out)
    , m_err(err)
{
}

int CommandOutput::usageError(const QString &message) const
{
    m_err << programName() << ": " << message << '\n' << m_usage << '\n';
    return Usage;
}

int CommandOutput::failure(const QString &message) const
{
    m_err << programName() << ": " << message << '\n';
    return Failure;
}

std::optional<int> CommandOutput::parse(QCommandLineParser &parser, const QStringList &arguments,
                                        const QCommandLineOption &help) const
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // Qt's first line names the program only; ours gives the command's syntax.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(QLatin1Char('\n')), m_usage);
        m_out << text;
        return Success;
    }
    return std::nullopt;
}

std::unique_ptr<storage::Database> openToRead(const QString &path, QString *error)
{
    storage::Database::Options options;
    options.mode = storage::Database::Mode::ReadOnly;
    options.createIfMissing = false;
    storage::Database::Error openError;
    auto db = storage::Database::open(path, options, &openError);
    if (!db && error)
        *error = openError.message;
    return db;
}

} // namespace dd::cli
