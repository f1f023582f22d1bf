// Opening a database file: a new or 0-byte file is created at the current schema version with
// the connection set up (WAL, foreign keys, application id, the localized collation); every file
// that is refused (not SQLite, damaged, another program's, newer, read-only where writing is
// needed, locked by another process) stays byte-for-byte as it was and the message names it; a
// read-only file opens for reading; the writer's lock names its holder and a stale lock does not
// block; check(), isEmpty(), backup() and transactions.

#include "PlainConnection.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlDialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

using namespace dd;
using namespace dd::storage;

namespace {

using Problem = Database::Problem;

QString problemName(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("None");
    case Problem::NotFound:
        return QStringLiteral("NotFound");
    case Problem::CannotCreate:
        return QStringLiteral("CannotCreate");
    case Problem::NotADatabase:
        return QStringLiteral("NotADatabase");
    case Problem::Corrupt:
        return QStringLiteral("Corrupt");
    case Problem::ForeignDatabase:
        return QStringLiteral("ForeignDatabase");
    case Problem::NewerVersion:
        return QStringLiteral("NewerVersion");
    case Problem::Locked:
        return QStringLiteral("Locked");
    case Problem::ReadOnly:
        return QStringLiteral("ReadOnly");
    case Problem::MigrationFailed:
        return QStringLiteral("MigrationFailed");
    }
    return QStringLiteral("?");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// Overwrites bytes in place, keeping the rest of the file.
bool patchBytes(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset)
        && file.write(bytes) == bytes.size();
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// What must not change when a file is refused: its bytes, its time stamp and the folder around it
// (no lock file left behind, no backup copy). SQLite's read-only look at a WAL-mode file may
// leave the -wal and -shm companions beside it; they are left out here and checked apart.
struct Snapshot {
    QByteArray bytes;
    QDateTime modified;
    QStringList folder;

    static Snapshot of(const QString &path)
    {
        QStringList entries = folderEntries(QFileInfo(path).absolutePath());
        entries.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        return { fileBytes(path), QFileInfo(path).lastModified(), entries };
    }
};

// A write-ahead log beside a file that was only looked at holds nothing.
bool walIsEmpty(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return !wal.exists() || wal.size() == 0;
}

QString userName()
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

// The message without the file's path, so that digits in the path cannot answer for it.
QString withoutPath(const QString &message, const QString &path)
{
    QString rest = message;
    return rest.remove(QDir::toNativeSeparators(path));
}

bool mentionsNumber(const QString &text, int number)
{
    return text.contains(QRegularExpression(QStringLiteral("(^|\\D)%1(\\D|$)").arg(number)));
}

// How the files of the refusal table are damaged or foreign.
enum class Kind {
    Text,
    LineBreak,
    Png,
    MagicOverwritten,
    TruncatedHalf,
    TruncatedOffPage,
    TruncatedInHeader,
    HeaderOnly,
    ImpossiblePageSize,
    PageOneBtreeHeader,
    PageOneCellPointers,
    SchemaText,
    ForeignTables,
    ForeignApplicationId,
    Newer,
};

int pageSizeOf(const QByteArray &bytes)
{
    const int size = qFromBigEndian<quint16>(bytes.constData() + 16);
    return size == 1 ? 65536 : size;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QLocale m_defaultLocale;

    int m_counter = 0;

    QString pathFor(const QString &name) const { return m_dir.filePath(name); }
    QString uniquePath(const QString &prefix)
    {
        return pathFor(prefix + QStringLiteral("-%1").arg(++m_counter));
    }

    std::unique_ptr<Database> openOrFail(
        const QString &path, const Database::Options &options = Database::Options())
    {
        Database::Error error;
        auto db = Database::open(path, options, &error);
        if (!db)
            qWarning("open %s failed: %s", qUtf8Printable(path), qUtf8Printable(error.message));
        return db;
    }

    // A real database of ours with some rows, closed again (so the file holds everything).
    bool makeDatabaseWithRows(const QString &path, int rows = 200)
    {
        auto db = openOrFail(path);
        if (!db)
            return false;
        {
            Transaction transaction(db->connection());
            CommunityRepository communities(*db);
            for (int i = 0; i < rows; ++i) {
                Community community;
                community.name = QStringLiteral("Громада %1").arg(i);
                community.kind = QStringLiteral("hromada");
                community.country = QStringLiteral("UA");
                community.notes
                    = QStringLiteral("row %1 of a database that is going to be damaged").arg(i);
                if (!communities.insert(community))
                    return false;
            }
            if (!transaction.commit())
                return false;
        }
        return true;
    }

    bool makeFile(Kind kind, const QString &path)
    {
        switch (kind) {
        case Kind::Text:
            return writeBytes(
                path, QStringLiteral("name,email\nОлена Приклад,olena@example.org\n").toUtf8());
        case Kind::LineBreak:
            return writeBytes(path, QByteArray("\n"));
        case Kind::Png: {
            QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29);
            for (int i = 0; i < 4096; ++i)
                png.append(char((i * 131 + 7) & 0xff));
            return writeBytes(path, png);
        }
        case Kind::ForeignTables: {
            PlainConnection other(path, PlainConnection::ReadWrite);
            return other.isOpen()
                && other.exec(
                    QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)"))
                && other.exec(
                    QStringLiteral("INSERT INTO bookmarks (url) VALUES ('https://example.org')"));
        }
        case Kind::ForeignApplicationId: {
            PlainConnection other(path, PlainConnection::ReadWrite);
            return other.isOpen()
                && other.exec(QStringLiteral("PRAGMA application_id = 1179402563"))
                && other.exec(QStringLiteral("PRAGMA user_version = 1"));
        }
        case Kind::Newer: {
            PlainConnection newer(path, PlainConnection::ReadWrite);
            return newer.isOpen()
                && newer.exec(
                    QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId))
                && newer.exec(QStringLiteral("CREATE TABLE communities (id INTEGER PRIMARY KEY)"))
                && newer.exec(
                    QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1));
        }
        default:
            break;
        }

        if (!makeDatabaseWithRows(path))
            return false;
        const QByteArray bytes = fileBytes(path);
        const int pageSize = pageSizeOf(bytes);
        if (bytes.size() < 8 * pageSize)
            return false; // too small to damage in the ways below
        switch (kind) {
        case Kind::MagicOverwritten:
            return patchBytes(path, 0, QByteArray("Not an SQLite!!\0", 16));
        case Kind::TruncatedHalf:
            return QFile::resize(path, (bytes.size() / pageSize / 2) * pageSize);
        case Kind::TruncatedOffPage:
            return QFile::resize(path, bytes.size() / 2 + 100);
        case Kind::TruncatedInHeader:
            return QFile::resize(path, 60);
        case Kind::HeaderOnly:
            return QFile::resize(path, 100);
        case Kind::ImpossiblePageSize:
            return patchBytes(path, 16, QByteArray("\x03\x00", 2)); // 768: not a power of two
        case Kind::PageOneBtreeHeader:
            return patchBytes(path, 100, QByteArray(8, '\xff'));
        case Kind::PageOneCellPointers: {
            // Page 1 holds the schema table; its header is 12 bytes on an interior page, 8 on a
            // leaf.
            const int headerSize = uchar(bytes.at(100)) == 0x05 ? 12 : 8;
            const int cells = qFromBigEndian<quint16>(bytes.constData() + 103);
            if (cells < 1)
                return false;
            return patchBytes(path, 100 + headerSize, QByteArray(2 * cells, '\xff'));
        }
        case Kind::SchemaText: {
            const qsizetype at = bytes.indexOf("CREATE TABLE contacts");
            return at > 0 && patchBytes(path, at, QByteArray("#!@$%^&*()!@"));
        }
        default:
            return false;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_defaultLocale = QLocale();
    }

    void init()
    {
        // A connection removed while still in use, or any other complaint, is a failure here.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void cleanup() { QLocale::setDefault(m_defaultLocale); }

    // --- a new database ----------------------------------------------------------------------

    void newFileIsCreatedAtTheCurrentVersion_data()
    {
        QTest::addColumn<bool>("zeroByteFile");
        QTest::newRow("missing file") << false;
        QTest::newRow("0-byte file") << true;
    }

    void newFileIsCreatedAtTheCurrentVersion()
    {
        QFETCH(bool, zeroByteFile);
        const QString folder = uniquePath(QStringLiteral("new"));
        const QString path = folder + QStringLiteral("/sub folder/Нова база.sqlite");
        if (zeroByteFile) {
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY(writeBytes(path, QByteArray()));
            QCOMPARE(QFileInfo(path).size(), 0);
        } else {
            QVERIFY(!QFileInfo::exists(path));
        }

        Database::Error error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(problemName(error.problem), problemName(Problem::None));
        QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!db->isReadOnly());
        QCOMPARE(db->schemaVersion(), Schema::currentVersion());
        QVERIFY(db->backupPath().isEmpty()); // nothing to back up in a new file
        QCOMPARE(
            scalar(*db, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion());
        QCOMPARE(
            scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(), Schema::applicationId);
        QCOMPARE(
            scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        for (const QString &table : Schema::recordTables()) {
            QVERIFY2(scalar(*db,
                         QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                        "AND name = '%1'")
                             .arg(table))
                         .toInt()
                    == 1,
                qPrintable(table));
        }
        QVERIFY(QFileInfo::exists(Database::lockPath(db->path())));
        db.reset();
        QVERIFY(!QFileInfo::exists(Database::lockPath(QFileInfo(path).absoluteFilePath())));

        // What was written is a file we take back as it is.
        QVERIFY(QFileInfo(path).size() > 0);
        db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
        QCOMPARE(db->schemaVersion(), Schema::currentVersion());
        QVERIFY(db->backupPath().isEmpty());
        const QStringList entries = folderEntries(QFileInfo(path).absolutePath());
        QVERIFY2(
            entries.filter(QStringLiteral(".bak-v")).isEmpty(), qPrintable(entries.join(u' ')));
    }

    void missingFileIsNotCreatedWhenNotAsked_data()
    {
        QTest::addColumn<bool>("readOnlyMode");
        QTest::newRow("createIfMissing off") << false;
        QTest::newRow("read-only mode") << true;
    }

    void missingFileIsNotCreatedWhenNotAsked()
    {
        QFETCH(bool, readOnlyMode);
        const QString path = pathFor(QStringLiteral("missing-%1.sqlite").arg(readOnlyMode));
        Database::Options options;
        options.createIfMissing = false;
        if (readOnlyMode) {
            options.createIfMissing = true;
            options.mode = Database::Mode::ReadOnly;
        }
        Database::Error error;
        QVERIFY(!Database::open(path, options, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem::NotFound));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(Database::lockPath(path)));
    }

    void folderIsRefused()
    {
        const QString path = pathFor(QStringLiteral("a folder.sqlite"));
        QVERIFY(QDir().mkpath(path));
        Database::Error error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem::NotADatabase));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY(folderEntries(path).isEmpty());
    }

    // --- refusals --------------------------------------------------------------------------

    void refusalLeavesTheFileAlone_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QList<int>>("numbers"); // the message names these (apart from the path)

        const QList<int> none;
        QTest::newRow("text file") << int(Kind::Text) << int(Problem::NotADatabase) << none;
        QTest::newRow("a single line break")
            << int(Kind::LineBreak) << int(Problem::NotADatabase) << none;
        QTest::newRow("PNG image") << int(Kind::Png) << int(Problem::NotADatabase) << none;
        QTest::newRow("SQLite magic overwritten")
            << int(Kind::MagicOverwritten) << int(Problem::NotADatabase) << none;
        QTest::newRow("truncated to half its pages")
            << int(Kind::TruncatedHalf) << int(Problem::Corrupt) << none;
        QTest::newRow("truncated off a page boundary")
            << int(Kind::TruncatedOffPage) << int(Problem::Corrupt) << none;
        QTest::newRow("truncated inside the header")
            << int(Kind::TruncatedInHeader) << int(Problem::Corrupt) << none;
        QTest::newRow("only the 100-byte header")
            << int(Kind::HeaderOnly) << int(Problem::Corrupt) << none;
        QTest::newRow("impossible page size")
            << int(Kind::ImpossiblePageSize) << int(Problem::Corrupt) << none;
        QTest::newRow("garbage over page 1's b-tree header")
            << int(Kind::PageOneBtreeHeader) << int(Problem::Corrupt) << none;
        QTest::newRow("garbage over page 1's cell pointers")
            << int(Kind::PageOneCellPointers) << int(Problem::Corrupt) << none;
        QTest::newRow("garbage over the schema text")
            << int(Kind::SchemaText) << int(Problem::Corrupt) << none;
        QTest::newRow("another program's tables, no application id")
            << int(Kind::ForeignTables) << int(Problem::ForeignDatabase) << none;
        QTest::newRow("another program's application id")
            << int(Kind::ForeignApplicationId) << int(Problem::ForeignDatabase) << none;
        QTest::newRow("written by a newer version")
            << int(Kind::Newer) << int(Problem::NewerVersion)
            << QList<int> { Schema::currentVersion() + 1, Schema::currentVersion() };
    }

    void refusalLeavesTheFileAlone()
    {
        QFETCH(int, kind);
        QFETCH(int, problem);
        QFETCH(QList<int>, numbers);

        const QString folder = pathFor(QStringLiteral("refusal-%1").arg(kind));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/delegations.sqlite");
        QVERIFY(makeFile(Kind(kind), path));
        // Let a change of the time stamp show, however coarse the file system's clock.
        QTest::qWait(20);
        const Snapshot before = Snapshot::of(path);
        QVERIFY(!before.bytes.isEmpty());

        for (bool requireWritable : { false, true }) {
            Database::Options options;
            options.requireWritable = requireWritable;
            Database::Error error;
            const auto db = Database::open(path, options, &error);
            QVERIFY2(!db, "the file was accepted");
            QCOMPARE(problemName(error.problem), problemName(Problem(problem)));
            QVERIFY2(error.message.contains(path), qPrintable(error.message));
            for (int number : std::as_const(numbers)) {
                QVERIFY2(mentionsNumber(withoutPath(error.message, path), number),
                    qPrintable(error.message));
            }
        }
        // Looking only is refused the same way.
        Database::Options readOnly;
        readOnly.mode = Database::Mode::ReadOnly;
        Database::Error error;
        QVERIFY(!Database::open(path, readOnly, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem(problem)));

        const Snapshot after = Snapshot::of(path);
        QVERIFY2(after.bytes == before.bytes, "the refused file was modified");
        QCOMPARE(after.modified, before.modified);
        QCOMPARE(after.folder, before.folder); // no lock, no .bak-v* left beside it
        QVERIFY(walIsEmpty(path));
    }

    void garbageInUnusedSpaceOfPageOneIsHarmless()
    {
        const QString path = pathFor(QStringLiteral("unused-space.sqlite"));
        QVERIFY(makeDatabaseWithRows(path));
        const QByteArray bytes = fileBytes(path);
        // Between the end of the cell pointer array and the start of the cell content area
        // nothing is stored (https://www.sqlite.org/fileformat.html, section 1.6).
        const int headerSize = uchar(bytes.at(100)) == 0x05 ? 12 : 8;
        const int cells = qFromBigEndian<quint16>(bytes.constData() + 103);
        const int unusedFrom = 100 + headerSize + 2 * cells;
        int unusedTo = qFromBigEndian<quint16>(bytes.constData() + 105);
        if (unusedTo == 0)
            unusedTo = 65536;
        QVERIFY2(unusedTo - unusedFrom >= 64, "page 1 has no unused space to write over");
        const int middle = (unusedFrom + unusedTo) / 2 - 16;
        QVERIFY(patchBytes(path, middle, QByteArray(32, '\xa5')));

        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM communities")).toInt(), 200);
        const Database::CheckReport report = db->check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(u'\n')));
    }

    void damagedDataPageOpensButCheckFindsIt()
    {
        const QString path = pathFor(QStringLiteral("damaged-data.sqlite"));
        QVERIFY(makeDatabaseWithRows(path));
        const QByteArray bytes = fileBytes(path);
        const int pageSize = pageSizeOf(bytes);
        const qsizetype row = bytes.indexOf("row 100 of a database");
        QVERIFY(row > pageSize);
        const qint64 page = row / pageSize * pageSize;
        QVERIFY(patchBytes(path, page, QByteArray(8, '\xff')));

        auto db = openOrFail(path);
        QVERIFY(db); // opening reads only the header and the schema
        const Database::CheckReport report = db->check();
        QVERIFY(!report.healthy);
        QVERIFY(!report.problems.isEmpty());
    }

    void checkFindsBrokenReferences()
    {
        const QString path = pathFor(QStringLiteral("broken-reference.sqlite"));
        QVERIFY(openOrFail(path));
        {
            // Foreign keys are off on a plain connection. (Its writes to contacts, communities
            // and organisations fail: their names are indexed in the LOCALIZED collation, which
            // only Delegation Desk registers; events are not.)
            PlainConnection careless(path, PlainConnection::ReadWrite);
            QVERIFY(careless.isOpen());
            QVERIFY2(
                careless.exec(QStringLiteral(
                    "INSERT INTO events (uid, created_at, updated_at, name, kind, organiser_id) "
                    "VALUES ('u-1', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 'Приклад', "
                    "'conference', 4242)")),
                qPrintable(careless.error()));
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        const Database::CheckReport report = db->check();
        QVERIFY(!report.healthy);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.constFirst().contains(QLatin1String("events"))
                && report.problems.constFirst().contains(QLatin1String("organisations")),
            qPrintable(report.problems.constFirst()));
    }

    // --- read-only ---------------------------------------------------------------------------

    void readOnlyFileOpensForReading()
    {
        const QString path = pathFor(QStringLiteral("read-only.sqlite"));
        QVERIFY(makeDatabaseWithRows(path, 3));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QTest::qWait(20);
        const Snapshot before = Snapshot::of(path);

        {
            Database::Error error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error.message));
            // Even where the process could write anyway (root), the mode says read-only.
            QVERIFY(db->isReadOnly());
            QCOMPARE(db->schemaVersion(), Schema::currentVersion());
            QVERIFY(!QFileInfo::exists(Database::lockPath(path))); // readers take no lock
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM communities")).toInt(), 3);
            QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);

            CommunityRepository communities(*db);
            const auto first = communities.find(1);
            QVERIFY(first);
            QCOMPARE(first->name, QStringLiteral("Громада 0"));
            Community community;
            community.name = QStringLiteral("Нова");
            QVERIFY(!communities.insert(community));
            QVERIFY(!communities.lastError().isEmpty());
            Community changed = *first;
            changed.name = QStringLiteral("Змінена");
            QVERIFY(!communities.update(changed));
            QVERIFY(!communities.remove(first->id));
            QSqlQuery query(db->connection());
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM communities")));
            QVERIFY(db->check().healthy);
        }

        const Snapshot after = Snapshot::of(path);
        QVERIFY2(after.bytes == before.bytes, "the read-only file was modified");
        QCOMPARE(after.modified, before.modified);
        QCOMPARE(after.folder, before.folder); // no lock, no .bak-v*
        QVERIFY(walIsEmpty(path));
    }

    void readOnlyFileIsRefusedWhenWritingIsRequired()
    {
        const QString path = pathFor(QStringLiteral("read-only-required.sqlite"));
        QVERIFY(makeDatabaseWithRows(path, 3));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QTest::qWait(20);
        const Snapshot before = Snapshot::of(path);

        Database::Options options;
        options.requireWritable = true;
        Database::Error error;
        QVERIFY(!Database::open(path, options, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem::ReadOnly));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));

        const Snapshot after = Snapshot::of(path);
        QVERIFY(after.bytes == before.bytes);
        QCOMPARE(after.modified, before.modified);
        QCOMPARE(after.folder, before.folder);
    }

    void readOnlyFileNeedingAnUpgradeIsRefused()
    {
        const QString path = pathFor(QStringLiteral("read-only-old.sqlite"));
        QVERIFY(makeDatabaseWithRows(path, 3));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QTest::qWait(20);
        const Snapshot before = Snapshot::of(path);

        const int next = Schema::currentVersion() + 1;
        Database::Options options;
        options.migrations.append({ next, [](QSqlDatabase &db, QString *error) {
                                       return Schema::execAll(
                                           db, { QStringLiteral("CREATE TABLE later (x)") }, error);
                                   } });
        Database::Error error;
        QVERIFY(!Database::open(path, options, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem::ReadOnly));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(mentionsNumber(withoutPath(error.message, path), Schema::currentVersion())
                && mentionsNumber(withoutPath(error.message, path), next),
            qPrintable(error.message));

        const Snapshot after = Snapshot::of(path);
        QVERIFY(after.bytes == before.bytes);
        QCOMPARE(after.modified, before.modified);
        QCOMPARE(after.folder, before.folder);
        QVERIFY(walIsEmpty(path));
    }

    void emptyReadOnlyFileIsRefused()
    {
        const QString path = pathFor(QStringLiteral("read-only-empty.sqlite"));
        QVERIFY(writeBytes(path, QByteArray()));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const Snapshot before = Snapshot::of(path);
        Database::Error error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem::ReadOnly));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        const Snapshot after = Snapshot::of(path);
        QCOMPARE(after.bytes.size(), 0);
        QCOMPARE(after.modified, before.modified);
        QCOMPARE(after.folder, before.folder);
    }

    void readOnlyModeNeverWrites()
    {
        const QString path = pathFor(QStringLiteral("read-only-mode.sqlite"));
        QVERIFY(makeDatabaseWithRows(path, 3));
        QTest::qWait(20);
        const Snapshot before = Snapshot::of(path);
        {
            Database::Options options;
            options.mode = Database::Mode::ReadOnly;
            Database::Error error;
            auto db = Database::open(path, options, &error);
            QVERIFY2(db, qPrintable(error.message));
            QVERIFY(db->isReadOnly());
            QVERIFY(!QFileInfo::exists(Database::lockPath(path)));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM communities")).toInt(), 3);
            QSqlQuery query(db->connection());
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM communities")));
        }
        const Snapshot after = Snapshot::of(path);
        QVERIFY(after.bytes == before.bytes);
        QCOMPARE(after.modified, before.modified);
    }

    // --- the writer's lock -----------------------------------------------------------------

    void secondWriterIsRefusedNamingTheHolder()
    {
        const QString path = pathFor(QStringLiteral("locked.sqlite"));
        auto first = openOrFail(path);
        QVERIFY(first);
        QVERIFY(QFileInfo::exists(Database::lockPath(path)));

        Database::Error error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem::Locked));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        const QString rest = withoutPath(error.message, path);
        QVERIFY(!userName().isEmpty());
        QVERIFY2(rest.contains(userName()), qPrintable(error.message));
        QVERIFY2(rest.contains(QSysInfo::machineHostName()), qPrintable(error.message));
        QVERIFY2(mentionsNumber(rest, int(QCoreApplication::applicationPid())),
            qPrintable(error.message));
        QVERIFY(QFileInfo::exists(Database::lockPath(path))); // the refused open left it alone

        // Reading needs no lock.
        Database::Options readOnly;
        readOnly.mode = Database::Mode::ReadOnly;
        auto reader = Database::open(path, readOnly, &error);
        QVERIFY2(reader, qPrintable(error.message));
        QVERIFY(reader->isReadOnly());
        reader.reset();

        first.reset();
        QVERIFY(!QFileInfo::exists(Database::lockPath(path)));
        auto again = Database::open(path, &error);
        QVERIFY2(again, qPrintable(error.message));
        QVERIFY(!again->isReadOnly());
    }

    void lockOfAFinishedProcessIsStale()
    {
        const QString path = pathFor(QStringLiteral("stale-lock.sqlite"));
        QVERIFY(openOrFail(path));

        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("exit 0") });
        QVERIFY(shell.waitForStarted());
        const qint64 pid = shell.processId();
        QVERIFY(pid > 0);
        QVERIFY(shell.waitForFinished());
        QVERIFY(::kill(pid_t(pid), 0) == -1 && errno == ESRCH); // gone, and reaped

        // QLockFile's format: pid, application, host, machine id, boot id; one per line.
        const QByteArray lock = QByteArray::number(pid) + "\nsh\n"
            + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
            + QSysInfo::bootUniqueId() + '\n';
        QVERIFY(writeBytes(Database::lockPath(path), lock));

        Database::Error error;
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
        const QByteArray taken = fileBytes(Database::lockPath(path));
        QCOMPARE(taken.left(taken.indexOf('\n')),
            QByteArray::number(QCoreApplication::applicationPid()));
    }

    void lockOfALiveProcessHoldsUntilItIsKilled()
    {
        const QString path = pathFor(QStringLiteral("killed-holder.sqlite"));
        QVERIFY(openOrFail(path));

        QProcess holder;
        holder.start(QStringLiteral("sleep"), { QStringLiteral("120") });
        QVERIFY(holder.waitForStarted());
        const qint64 pid = holder.processId();
        const QByteArray lock = QByteArray::number(pid) + "\nsleep\n"
            + QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() + '\n'
            + QSysInfo::bootUniqueId() + '\n';
        QVERIFY(writeBytes(Database::lockPath(path), lock));

        Database::Error error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem::Locked));
        QVERIFY2(
            mentionsNumber(withoutPath(error.message, path), int(pid)), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("sleep")), qPrintable(error.message));

        holder.kill();
        QVERIFY(holder.waitForFinished());
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error.message));
    }

    void lockFromAnotherHostIsRespected()
    {
        // On a shared folder the holder's process cannot be seen from here: the lock holds.
        const QString path = pathFor(QStringLiteral("other-host.sqlite"));
        QVERIFY(openOrFail(path));
        const QByteArray lock(
            "4242\ndelegation-desk\nother-laptop\n0123456789abcdef0123456789abcdef\n"
            "00000000-0000-0000-0000-000000000000\n");
        QVERIFY(writeBytes(Database::lockPath(path), lock));
        const Snapshot before = Snapshot::of(path);

        Database::Error error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(problemName(error.problem), problemName(Problem::Locked));
        QVERIFY2(error.message.contains(QLatin1String("other-laptop")), qPrintable(error.message));
        QVERIFY2(mentionsNumber(withoutPath(error.message, path), 4242), qPrintable(error.message));
        QCOMPARE(fileBytes(Database::lockPath(path)), lock);
        QVERIFY(Snapshot::of(path).bytes == before.bytes);
    }

    // --- the localized collation -------------------------------------------------------------

    void collationOrdersLikeTheAlphabet_data()
    {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::newRow("А before Г") << QStringLiteral("Абрамів") << QStringLiteral("Гаврилів");
        QTest::newRow("Г before Ґ") << QStringLiteral("Гаврилів") << QStringLiteral("Ґалаґан");
        QTest::newRow("Ґ before Д") << QStringLiteral("Ґалаґан") << QStringLiteral("Дніпро");
        QTest::newRow("Д before Е") << QStringLiteral("Дніпро") << QStringLiteral("Едем");
        QTest::newRow("Е before Є") << QStringLiteral("Етьєн") << QStringLiteral("Єва");
        QTest::newRow("Є before Ж") << QStringLiteral("Єва") << QStringLiteral("Ждан");
        QTest::newRow("Ж before И") << QStringLiteral("Ждан") << QStringLiteral("Ичня");
        QTest::newRow("И before І") << QStringLiteral("Ичня") << QStringLiteral("Іванів");
        QTest::newRow("І before Ї") << QStringLiteral("Ірпінь") << QStringLiteral("Їжак");
        QTest::newRow("Ї before Й") << QStringLiteral("Їжак") << QStringLiteral("Йосипів");
        QTest::newRow("lower case among upper") << QStringLiteral("єва") << QStringLiteral("Ждан");
        QTest::newRow("É among E: Évry before Eze")
            << QStringLiteral("Évry") << QStringLiteral("Eze");
        QTest::newRow("é beside e: Eze before Éze")
            << QStringLiteral("Eze") << QStringLiteral("Éze");
        QTest::newRow("é beside e: Éze before Ezy")
            << QStringLiteral("Éze") << QStringLiteral("Ezy");
        QTest::newRow("case does not split: eza before Eze")
            << QStringLiteral("eza") << QStringLiteral("Eze");
        QTest::newRow("Ezy before Zed") << QStringLiteral("Ezy") << QStringLiteral("Zed");
        QTest::newRow("numbers by value")
            << QStringLiteral("Громада 9") << QStringLiteral("Громада 10");
    }

    void collationOrdersLikeTheAlphabet()
    {
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        const QString path = uniquePath(QStringLiteral("collation")) + QStringLiteral(".sqlite");
        auto db = openOrFail(path);
        QVERIFY(db);
        CommunityRepository communities(*db);
        // Inserted in the wrong order, so that insertion order cannot pass for sorting.
        for (const QString &name : { later, earlier }) {
            Community community;
            community.name = name;
            QVERIFY2(communities.insert(community), qPrintable(communities.lastError()));
        }
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM communities ORDER BY ")
            + SqlDialect::collated(QStringLiteral("name"))));
        QStringList sorted;
        while (query.next())
            sorted.append(query.value(0).toString());
        QCOMPARE(sorted, (QStringList { earlier, later }));
    }

    void collationDoesNotDependOnTheUiLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("French") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("Ukrainian") << QLocale(QLocale::Ukrainian, QLocale::Ukraine);
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
    }

    void collationDoesNotDependOnTheUiLanguage()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        const QStringList cyrillic = QString::fromUtf8(
            "Абрамів Гаврилів Ґалаґан Дніпро Едем Етьєн Єва Ждан Ичня Іванів Ірпінь Їжак Йосипів")
                                         .split(u' ');
        const QStringList latin
            = QString::fromUtf8("Ångström Évry eza Eze Éze Ezy Zed").split(u' ');

        const QString path = uniquePath(QStringLiteral("collation-in")) + QStringLiteral(".sqlite");
        auto db = openOrFail(path);
        QVERIFY(db);
        {
            CommunityRepository communities(*db);
            const QStringList all = cyrillic + latin;
            for (auto it = all.crbegin(); it != all.crend(); ++it) {
                Community community;
                community.name = *it;
                QVERIFY(communities.insert(community));
            }
        }
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM communities ORDER BY ")
            + SqlDialect::collated(QStringLiteral("name"))));
        QStringList sortedCyrillic;
        QStringList sortedLatin;
        while (query.next()) {
            const QString name = query.value(0).toString();
            (name.at(0).script() == QChar::Script_Cyrillic ? sortedCyrillic : sortedLatin)
                .append(name);
        }
        QCOMPARE(sortedCyrillic, cyrillic);
        QCOMPARE(sortedLatin, latin);
    }

    // --- integrity -------------------------------------------------------------------------

    void foreignKeysAreEnforced()
    {
        auto db = openOrFail(pathFor(QStringLiteral("foreign-keys.sqlite")));
        QVERIFY(db);
        ContactRepository contacts(*db);
        Contact contact;
        contact.familyName = QStringLiteral("Приклад");
        contact.communityId = 99999;
        QVERIFY(!contacts.insert(contact));
        QVERIFY2(contacts.lastError().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
            qPrintable(contacts.lastError()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0);

        // Removing a community its contacts refer to clears the reference (ON DELETE SET NULL).
        CommunityRepository communities(*db);
        Community community;
        community.name = QStringLiteral("Корюківська громада");
        QVERIFY(communities.insert(community));
        contact.communityId = community.id;
        QVERIFY2(contacts.insert(contact), qPrintable(contacts.lastError()));
        QVERIFY(communities.remove(community.id));
        QCOMPARE(contacts.find(contact.id)->communityId, RowId(0));
    }

    void newDatabaseIsHealthyAndEmpty()
    {
        auto db = openOrFail(pathFor(QStringLiteral("healthy.sqlite")));
        QVERIFY(db);
        const Database::CheckReport report = db->check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(u'\n')));
        QVERIFY(report.problems.isEmpty());
        QVERIFY(db->isEmpty());

        CommunityRepository communities(*db);
        Community community;
        community.name = QStringLiteral("Chaville");
        QVERIFY(communities.insert(community));
        QVERIFY(!db->isEmpty());
        QVERIFY(communities.remove(community.id));
        QVERIFY(db->isEmpty());
    }

    void backupWritesACopyThatOpens()
    {
        const QString path = pathFor(QStringLiteral("original.sqlite"));
        const QString copy = pathFor(QStringLiteral("copies/original copy.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QString uid;
        {
            auto db = openOrFail(path);
            QVERIFY(db);
            CommunityRepository communities(*db);
            Community community;
            community.name = QStringLiteral("Славутицька громада");
            community.officialCode = QStringLiteral("0123");
            QVERIFY(communities.insert(community));
            uid = community.uid;

            QString error;
            QVERIFY2(db->backup(copy, &error), qPrintable(error));
            QVERIFY(QFileInfo(copy).size() > 0);

            // A backup never overwrites a file.
            const QByteArray existing = fileBytes(copy);
            QVERIFY(!db->backup(copy, &error));
            QVERIFY(!error.isEmpty());
            QVERIFY(fileBytes(copy) == existing);
        }
        QVERIFY(QFile::remove(path));

        auto restored = openOrFail(copy);
        QVERIFY(restored);
        QCOMPARE(restored->schemaVersion(), Schema::currentVersion());
        QVERIFY(restored->backupPath().isEmpty());
        QVERIFY(restored->check().healthy);
        CommunityRepository communities(*restored);
        const auto community = communities.findByUid(uid);
        QVERIFY(community);
        QCOMPARE(community->name, QStringLiteral("Славутицька громада"));
        QCOMPARE(community->officialCode, QStringLiteral("0123"));
    }

    void transactionRollsBackUnlessCommitted_data()
    {
        QTest::addColumn<bool>("commit");
        QTest::newRow("committed") << true;
        QTest::newRow("not committed") << false;
    }

    void transactionRollsBackUnlessCommitted()
    {
        QFETCH(bool, commit);
        auto db = openOrFail(pathFor(QStringLiteral("transaction-%1.sqlite").arg(commit)));
        QVERIFY(db);
        {
            Transaction transaction(db->connection());
            QVERIFY(transaction.isActive());
            CommunityRepository communities(*db);
            for (const QString &name : { QStringLiteral("Boyarka"), QStringLiteral("Palaiseau") }) {
                Community community;
                community.name = name;
                QVERIFY(communities.insert(community));
            }
            if (commit) {
                QVERIFY2(transaction.commit(), qPrintable(transaction.errorText()));
                QVERIFY(!transaction.isActive());
            }
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM communities")).toInt(),
            commit ? 2 : 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
