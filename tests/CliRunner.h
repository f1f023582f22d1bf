#pragma once
// Runs the real executable (DD_EXECUTABLE) as a user's shell would, for the command-line
// tests: no display at all (commands must not need one; print chooses the offscreen platform
// itself), a UTF-8 C locale, and what it wrote to stdout and stderr.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dd::clitest {

struct Run {
    int exitCode = -1;  // -1: did not finish in time; -2: crashed
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
};

inline Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DD_EXECUTABLE), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
             process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace dd::clitest
