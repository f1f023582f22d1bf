#pragma once
// What the benchmarks share: timing, percentiles, and fictitious people in numbers.

#include "domain/Contact.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace bench {

// Median and 95th percentile of samples in milliseconds.
struct Summary {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Summary summarise(QList<double> samples)
{
    Summary summary;
    if (samples.isEmpty())
        return summary;
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) { return samples.at(qMin(samples.size() - 1, qsizetype(q * double(samples.size())))); };
    summary.median = at(0.5);
    summary.p95 = at(0.95);
    summary.max = samples.constLast();
    return summary;
}

// Fictitious Ukrainian names: enough combinations for a million distinct people, none of them
// anyone in particular.
struct PersonName {
    QString given;
    QString family;
};

inline PersonName fictitiousPerson(int n)
{
    static const QStringList given {
        QStringLiteral("Олена"), QStringLiteral("Тарас"), QStringLiteral("Ірина"), QStringLiteral("Микола"),
        QStringLiteral("Наталія"), QStringLiteral("Сергій"), QStringLiteral("Оксана"), QStringLiteral("Віктор"),
        QStringLiteral("Людмила"), QStringLiteral("Богдан"), QStringLiteral("Світлана"), QStringLiteral("Андрій"),
        QStringLiteral("Юлія"), QStringLiteral("Олександр"), QStringLiteral("Марія"), QStringLiteral("Іван"),
        QStringLiteral("Ганна"), QStringLiteral("Юрій"), QStringLiteral("Катерина"), QStringLiteral("Євген"),
        QStringLiteral("Ярослава"), QStringLiteral("Дмитро"), QStringLiteral("Зоряна"), QStringLiteral("Їжена"),
    };
    static const QStringList roots {
        QStringLiteral("Коваль"), QStringLiteral("Бондар"), QStringLiteral("Ткач"), QStringLiteral("Мельник"),
        QStringLiteral("Шевч"), QStringLiteral("Кравч"), QStringLiteral("Гончар"), QStringLiteral("Лис"),
        QStringLiteral("Савч"), QStringLiteral("Руд"), QStringLiteral("Олійн"), QStringLiteral("Зінч"),
        QStringLiteral("Пилип"), QStringLiteral("Дяч"), QStringLiteral("Кушн"), QStringLiteral("Панч"),
        QStringLiteral("Марч"), QStringLiteral("Гриц"), QStringLiteral("Петр"), QStringLiteral("Сидор"),
        QStringLiteral("Яковл"), QStringLiteral("Юрч"), QStringLiteral("Єрм"), QStringLiteral("Щерб"),
    };
    static const QStringList endings {
        QStringLiteral("енко"), QStringLiteral("ук"), QStringLiteral("ишин"), QStringLiteral("ак"),
        QStringLiteral("ій"), QStringLiteral("евич"), QStringLiteral("ко"), QStringLiteral("ець"),
    };
    const int g = n % given.size();
    const int r = (n / given.size()) % roots.size();
    const int e = (n / (given.size() * roots.size())) % endings.size();
    const int serial = n / (given.size() * roots.size() * endings.size());
    // Past the 4,608 plain combinations a number keeps people apart, as a second surname would.
    QString family = roots.at(r) + endings.at(e);
    if (serial > 0)
        family += QStringLiteral("-") + QString::number(serial);
    return { given.at(g), family };
}

// A fictitious person as a contact, with an @example.org address.
inline dd::Contact fictitiousContact(int n)
{
    const PersonName name = fictitiousPerson(n);
    dd::Contact contact;
    contact.givenName = name.given;
    contact.familyName = name.family;
    contact.email = QStringLiteral("person%1@example.org").arg(n);
    return contact;
}

// One line of figures, at once (a long run shows its progress).
inline void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// A memory figure of this process from /proc/self/status in MiB ("VmRSS" now, "VmHWM" the
// high-water mark); -1 where there is no such file (not Linux).
inline double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace bench
