// Benchmark: the contacts list at scale. Opens the list as the window does (a lazy model over
// a ListSource, sorted by family name in Ukrainian order) and types in its filter box letter
// by letter, timing the first rows shown and each keystroke, and reading the process's memory
// high-water mark. Reference, in the same run: reading every row of the same list into memory,
// which is what a list that is not lazy would do.
//
//   bench_lists [--contacts N] [--database PATH]     (BENCH_VERBOSE=1 prints every keystroke)
//
// Prints figures; fails only when the list shows wrong rows.

#include "models/EntityTableModel.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/ListSource.h"

#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace dd;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts to create."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Where to build the database (default: a temporary folder)."),
                                            QStringLiteral("PATH"));
    parser.addOptions({ contactsOption, databaseOption });
    parser.process(app);
    const int contactCount = parser.value(contactsOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : dir.filePath(QStringLiteral("bench-lists.sqlite"));
    QFile::remove(path);
    storage::Database::Error error;
    auto db = storage::Database::open(path, &error);
    if (!db) {
        bench::say(error.message);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    {
        storage::Transaction transaction(db->connection());
        storage::ContactRepository contacts(*db);
        for (int i = 0; i < contactCount; ++i) {
            Contact contact = bench::fictitiousContact(i);
            contact.position = (i % 7 == 0) ? QStringLiteral("Міський голова") : QStringLiteral("Депутат");
            if (!contacts.insert(contact)) {
                bench::say(contacts.lastError());
                return 1;
            }
        }
        if (!transaction.commit()) {
            bench::say(transaction.errorText());
            return 1;
        }
    }
    bench::say(QStringLiteral("database: %1 contacts written in %2 s").arg(contactCount).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    const double baseline = bench::memoryMiB("VmRSS");
    bench::say(QStringLiteral("memory before opening the list: %1 MiB resident").arg(baseline, 0, 'f', 1));

    // The window's way: a lazy model, first page only, sorted by family name.
    models::EntityTableModel model;
    timer.restart();
    model.setSource(std::make_unique<storage::ListSource>(*db, EntityKind::Contact));
    model.sort(0, Qt::AscendingOrder);
    const double firstRows = msSince(timer);
    bench::say(QStringLiteral("list opened, sorted by family name: %1 ms to the first %2 rows of %3")
            .arg(firstRows, 0, 'f', 1)
            .arg(model.rowCount())
            .arg(model.totalCount()));
    if (model.totalCount() != contactCount || model.rowCount() > models::EntityTableModel::pageSize) {
        bench::say(QStringLiteral("WRONG: the list read %1 rows").arg(model.rowCount()));
        return 1;
    }

    // Typing in the filter box, letter by letter, as a person does.
    QList<double> keystrokes;
    const QStringList typed { QStringLiteral("Шевч"), QStringLiteral("kovalenko"), QStringLiteral("олена бонд"),
                              QStringLiteral("person12") };
    for (const QString &query : typed) {
        for (int length = 1; length <= query.size(); ++length) {
            timer.restart();
            model.setFilter(query.left(length));
            keystrokes.append(msSince(timer));
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                bench::say(QStringLiteral("  %1: %2 ms, %3 rows").arg(query.left(length)).arg(keystrokes.constLast(), 0, 'f', 1).arg(model.totalCount()));
        }
        if (model.totalCount() == 0) {
            bench::say(QStringLiteral("WRONG: nothing matches %1").arg(query));
            return 1;
        }
        model.setFilter(QString());
    }
    const bench::Summary filter = bench::summarise(keystrokes);
    bench::say(QStringLiteral("filter keystrokes: %1   median %2 ms   p95 %3 ms   max %4 ms")
            .arg(keystrokes.size())
            .arg(filter.median, 0, 'f', 1)
            .arg(filter.p95, 0, 'f', 1)
            .arg(filter.max, 0, 'f', 1));

    // Scrolling to the end reads page after page (what a view does while scrolling).
    timer.restart();
    int pages = 0;
    while (model.canFetchMore({}) && pages < 40) {
        model.fetchMore({});
        ++pages;
    }
    bench::say(QStringLiteral("scrolling: %1 more pages in %2 ms (%3 ms a page)")
            .arg(pages)
            .arg(msSince(timer), 0, 'f', 1)
            .arg(pages ? msSince(timer) / pages : 0.0, 0, 'f', 1));
    const double lazyPeak = bench::memoryMiB("VmHWM");
    bench::say(QStringLiteral("peak memory with the lazy list: %1 MiB (%2 MiB above the database alone)")
            .arg(lazyPeak, 0, 'f', 1)
            .arg(lazyPeak - baseline, 0, 'f', 1));

    // Reference: every row of the same list in memory at once.
    timer.restart();
    storage::ListSource everything(*db, EntityKind::Contact);
    everything.setSort(0, Qt::AscendingOrder);
    const QList<QVariantList> rows = everything.fetch(0, contactCount + 1);
    const double allRows = msSince(timer);
    const double eagerPeak = bench::memoryMiB("VmHWM");
    bench::say(QStringLiteral("reference, all %1 rows read at once: %2 ms, peak memory %3 MiB (%4 MiB above the database alone)")
            .arg(rows.size())
            .arg(allRows, 0, 'f', 1)
            .arg(eagerPeak, 0, 'f', 1)
            .arg(eagerPeak - baseline, 0, 'f', 1));
    bench::say(QStringLiteral("ratio first rows / all rows: %1   memory above baseline, lazy / all: %2")
            .arg(allRows > 0 ? firstRows / allRows : 0.0, 0, 'f', 3)
            .arg(eagerPeak - baseline > 0 ? (lazyPeak - baseline) / (eagerPeak - baseline) : 0.0, 0, 'f', 3));
    return 0;
}
