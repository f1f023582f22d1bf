#include "ImportWriter.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "SqliteHandle.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace dd::storage {
namespace {

// Below this many rows the import keeps the WAL (a switch of journal costs more than it saves).
constexpr qint64 bulkRows = 20000;

// Writes go to the writer thread in batches, and at most so many batches wait for it: the
// caller's locking costs little, and so does the memory of rows read ahead.
constexpr std::size_t batchSize = 256;
constexpr std::size_t batchesAhead = 16;

QString text(const sqlite3_stmt *statement, int column)
{
    auto *s = const_cast<sqlite3_stmt *>(statement);
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    if (!bytes)
        return {};
    return QString::fromUtf8(bytes, sqlite3_column_bytes(s, column));
}

} // namespace

// The writer thread and what it shares with the caller's: batches of writes in order, and
// whether it is to pause or stop.
class ImportWriter::Thread {
public:
    explicit Thread(ImportWriter &writer)
        : m_writer(writer)
        , m_thread([this] { run(); })
    {
    }
    ~Thread() { stop(); }

    // Hands a batch over, waiting while too many are ahead of it, and takes an empty one
    // back in its place. False when a write failed.
    bool hand(Batch *batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_failed || m_queue.size() < batchesAhead; });
        if (m_failed)
            return false;
        m_queue.push_back(std::move(*batch));
        if (m_free.empty()) {
            *batch = Batch();
        } else {
            *batch = std::move(m_free.back());
            m_free.pop_back();
        }
        m_changed.notify_all();
        return true;
    }
    // Waits until every batch is written. False when a write failed.
    bool drain()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_failed || (m_queue.empty() && !m_busy); });
        return !m_failed;
    }
    bool failed()
    {
        std::lock_guard lock(m_mutex);
        return m_failed;
    }
    // The thread waits between two batches until resume().
    void pause()
    {
        std::unique_lock lock(m_mutex);
        m_pauseWanted = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_paused || m_done; });
    }
    void resume()
    {
        std::lock_guard lock(m_mutex);
        m_pauseWanted = false;
        m_changed.notify_all();
    }
    // Ends the thread: after the batches handed over, or at once when discard.
    void stop(bool discard = false)
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopWanted = true;
            m_pauseWanted = false;
            if (discard)
                m_queue.clear();
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run()
    {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_busy = false;
                m_changed.notify_all();
                m_changed.wait(lock, [this] { return m_pauseWanted || m_stopWanted || !m_queue.empty(); });
                if (m_pauseWanted) {
                    m_paused = true;
                    m_changed.notify_all();
                    m_changed.wait(lock, [this] { return !m_pauseWanted; });
                    m_paused = false;
                    continue;
                }
                if (m_queue.empty()) { // and stopping
                    m_done = true;
                    m_changed.notify_all();
                    return;
                }
                batch = std::move(m_queue.front());
                m_queue.pop_front();
                m_busy = true;
            }
            bool ok = true;
            for (const Write &write : batch.writes) {
                ok = m_writer.execute(batch, write);
                if (!ok) {
                    m_writer.m_failedLine = write.line;
                    break;
                }
            }
            batch.clear();
            std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(batch));
            if (!ok) {
                m_failed = true;
                m_queue.clear();
            }
        }
    }

    ImportWriter &m_writer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_free; // emptied, for the caller's thread to fill again
    bool m_busy = false;
    bool m_failed = false;
    bool m_pauseWanted = false;
    bool m_paused = false;
    bool m_stopWanted = false;
    bool m_done = false;
    std::thread m_thread; // last: started once the rest is there
};

ImportWriter::ImportWriter(const Database &database)
    : m_db(database.connection())
{
}

ImportWriter::~ImportWriter()
{
    if (m_transaction || m_thread)
        rollback();
    finalizeStatements();
}

QString ImportWriter::tableName(Table table)
{
    switch (table) {
    case Table::Communities: return QStringLiteral("communities");
    case Table::Organisations: return QStringLiteral("organisations");
    case Table::Contacts: return QStringLiteral("contacts");
    case Table::ContactSensitive: return QStringLiteral("contact_sensitive");
    case Table::Members: return QStringLiteral("delegation_members");
    }
    return {};
}

QStringList ImportWriter::columns(Table table)
{
    switch (table) {
    case Table::Communities:
        return { QStringLiteral("uid"), QStringLiteral("name"), QStringLiteral("name_latin"),
            QStringLiteral("kind"), QStringLiteral("country"), QStringLiteral("region"),
            QStringLiteral("subregion"), QStringLiteral("official_code"), QStringLiteral("centre"),
            QStringLiteral("population"), QStringLiteral("notes") };
    case Table::Organisations:
        return { QStringLiteral("uid"), QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("country"), QStringLiteral("website"), QStringLiteral("parent_id"),
            QStringLiteral("notes") };
    case Table::Contacts:
        return { QStringLiteral("uid"), QStringLiteral("salutation"), QStringLiteral("given_name"),
            QStringLiteral("patronymic"), QStringLiteral("family_name"),
            QStringLiteral("given_name_latin"), QStringLiteral("family_name_latin"),
            QStringLiteral("position"), QStringLiteral("community_id"),
            QStringLiteral("organisation_id"), QStringLiteral("email"), QStringLiteral("phone"),
            QStringLiteral("languages"), QStringLiteral("nationality"),
            QStringLiteral("consent_public_list"), QStringLiteral("notes") };
    case Table::ContactSensitive:
        return { QStringLiteral("contact_id"), QStringLiteral("date_of_birth"),
            QStringLiteral("passport_number"), QStringLiteral("passport_expiry") };
    case Table::Members:
        return { QStringLiteral("uid"), QStringLiteral("delegation_id"), QStringLiteral("contact_id"),
            QStringLiteral("community_id"), QStringLiteral("role"), QStringLiteral("status"),
            QStringLiteral("checked_in_at"), QStringLiteral("arrival_at"),
            QStringLiteral("arrival_transport"), QStringLiteral("arrival_number"),
            QStringLiteral("arrival_place"), QStringLiteral("departure_at"),
            QStringLiteral("departure_transport"), QStringLiteral("departure_number"),
            QStringLiteral("departure_place"), QStringLiteral("hotel"), QStringLiteral("room_type"),
            QStringLiteral("check_in_on"), QStringLiteral("check_out_on"),
            QStringLiteral("visa_status"), QStringLiteral("invitation_sent"),
            QStringLiteral("badge_printed"), QStringLiteral("dietary"),
            QStringLiteral("accessibility"), QStringLiteral("notes") };
    }
    return {};
}

bool ImportWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

sqlite3_stmt *ImportWriter::prepare(const QString &sql, QString *error)
{
    // The writer thread uses the handle taken by begin(): it must not touch the QSqlDatabase,
    // which belongs to the caller's thread.
    sqlite3 *handle = m_handle ? m_handle : sqliteHandle(m_db);
    if (!handle) {
        *error = tr("The database is not open.");
        return nullptr;
    }
    const QByteArray bytes = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, bytes.constData(), int(bytes.size()), &statement, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

ImportWriter::Value ImportWriter::Batch::textValue(const QString &string)
{
    Value result;
    if (string.isEmpty())
        return result;
    const QByteArray utf8 = string.toUtf8();
    result.type = Value::Text;
    result.integer = qint64(text.size());
    result.size = int(utf8.size());
    text.insert(text.end(), utf8.cbegin(), utf8.cend());
    return result;
}

ImportWriter::Value ImportWriter::valueOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: {
        Value result;
        if (!value.isNull()) {
            result.type = Value::Integer;
            result.integer = value.toLongLong();
        }
        return result;
    }
    default:
        return m_batch.textValue(value.toString());
    }
}

bool ImportWriter::bindAll(sqlite3_stmt *statement, int first, const Batch &batch, std::size_t begin,
    std::size_t end, QString *error)
{
    int index = first;
    for (std::size_t i = begin; i < end; ++i) {
        const Value *value = &batch.values[i];
        int result = SQLITE_OK;
        switch (value->type) {
        case Value::Null:
            result = sqlite3_bind_null(statement, index);
            break;
        case Value::Integer:
            result = sqlite3_bind_int64(statement, index, value->integer);
            break;
        case Value::Text:
            // The write outlives the step: no copy.
            result = sqlite3_bind_text(statement, index, batch.bytes(*value), value->size, SQLITE_STATIC);
            break;
        }
        if (result != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
            return false;
        }
        ++index;
    }
    return true;
}

bool ImportWriter::step(sqlite3_stmt *statement, QString *error)
{
    const int result = sqlite3_step(statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW)
        *error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

qint64 ImportWriter::count(Table table)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + tableName(table)) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool ImportWriter::readCommunities(const std::function<void(const CommunityRow &)> &each)
{
    sqlite3_stmt *s = prepare(QStringLiteral(
        "SELECT id, uid, name, country, official_code FROM communities"), &m_error);
    if (!s)
        return false;
    while (sqlite3_step(s) == SQLITE_ROW)
        each({ sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), text(s, 3), text(s, 4) });
    sqlite3_finalize(s);
    return true;
}

bool ImportWriter::readOrganisations(const std::function<void(const OrganisationRow &)> &each)
{
    sqlite3_stmt *s = prepare(QStringLiteral("SELECT id, uid, name, country FROM organisations"), &m_error);
    if (!s)
        return false;
    while (sqlite3_step(s) == SQLITE_ROW)
        each({ sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), text(s, 3) });
    sqlite3_finalize(s);
    return true;
}

bool ImportWriter::readContacts(const std::function<void(const ContactRow &)> &each)
{
    sqlite3_stmt *s = prepare(QStringLiteral(
        "SELECT id, uid, given_name, family_name, email, community_id FROM contacts"), &m_error);
    if (!s)
        return false;
    while (sqlite3_step(s) == SQLITE_ROW) {
        each({ sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), text(s, 3), text(s, 4),
            sqlite3_column_int64(s, 5) });
    }
    sqlite3_finalize(s);
    return true;
}

bool ImportWriter::readMembers(const std::function<void(const MemberRow &)> &each)
{
    sqlite3_stmt *s
        = prepare(QStringLiteral("SELECT id, delegation_id, contact_id FROM delegation_members"), &m_error);
    if (!s)
        return false;
    while (sqlite3_step(s) == SQLITE_ROW) {
        each({ sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1),
            sqlite3_column_int64(s, 2) });
    }
    sqlite3_finalize(s);
    return true;
}

bool ImportWriter::readMemberNames(RowId delegationId, const std::function<void(const MemberName &)> &each)
{
    if (!flush())
        return false;
    sqlite3_stmt *s = prepare(QStringLiteral(
        "SELECT m.id, p.given_name, p.family_name, p.given_name_latin, p.family_name_latin "
        "FROM delegation_members m JOIN contacts p ON p.id = m.contact_id WHERE m.delegation_id = ?"), &m_error);
    if (!s)
        return false;
    sqlite3_bind_int64(s, 1, delegationId);
    while (sqlite3_step(s) == SQLITE_ROW)
        each({ sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), text(s, 3), text(s, 4) });
    sqlite3_finalize(s);
    return true;
}

bool ImportWriter::readContactNames(RowId contactId, const std::function<void(const MemberName &)> &each)
{
    if (!flush())
        return false;
    sqlite3_stmt *s = prepare(QStringLiteral(
        "SELECT given_name, family_name, given_name_latin, family_name_latin FROM contacts WHERE id = ?"), &m_error);
    if (!s)
        return false;
    sqlite3_bind_int64(s, 1, contactId);
    while (sqlite3_step(s) == SQLITE_ROW)
        each({ 0, text(s, 0), text(s, 1), text(s, 2), text(s, 3) });
    sqlite3_finalize(s);
    return true;
}

bool ImportWriter::begin(EntityKind table, qint64 expectedRows)
{
    m_error.clear();
    m_threadError.clear();
    m_failedLine = 0;
    const Table counted = table == EntityKind::Community ? Table::Communities
        : table == EntityKind::Organisation              ? Table::Organisations
                                                         : Table::Contacts;
    const bool bulk = expectedRows >= bulkRows && expectedRows > count(counted);
    if (bulk) {
        // In WAL mode every page of a big import is written twice: to the WAL, and again to
        // the file when the WAL is checkpointed. With a rollback journal, pages added at the
        // end of the file are not journalled at all, so they are written once (bench_import,
        // a million contacts: 59 s in WAL, 51 s so; its commit 4.6 s, 1.2 s). The mode cannot
        // change inside a transaction, nor while another connection has the file open (the
        // pragma then leaves WAL as it is, and the import runs in WAL); WAL is put back after
        // the commit or rollback, and every open sets it again should the process end between.
        QSqlQuery mode(m_db);
        m_walSuspended = mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && mode.next()
            && mode.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    }
    m_transaction = std::make_unique<Transaction>(m_db);
    if (!m_transaction->isActive()) {
        const QString message = m_transaction->errorText();
        m_transaction.reset();
        restoreJournal();
        return fail(message);
    }
    m_now = SqlDialect::nowUtc().toUtf8();
    // A big transaction touches many more pages than SQLite's default cache of 2 MiB holds;
    // each page spilled is written to the WAL and read back. 128 MiB for the import's length.
    QSqlQuery cache(m_db);
    if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next())
        m_cacheSize = cache.value(0).toInt();
    cache.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    // Row ids are given here, one above each table's largest, as SQLite would give them.
    m_lastId.clear();
    for (Table each : { Table::Communities, Table::Organisations, Table::Contacts, Table::ContactSensitive, Table::Members }) {
        QSqlQuery last(m_db);
        if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + tableName(each)) || !last.next()) {
            fail(last.lastError().text());
            rollback();
            return false;
        }
        m_lastId.insert(int(each), last.value(0).toLongLong());
    }
    if (!clearStaleDocuments()) {
        rollback();
        return false;
    }
    m_handle = sqliteHandle(m_db);
    m_thread = std::make_unique<Thread>(*this);
    return true;
}

bool ImportWriter::clearStaleDocuments()
{
    // The records this import creates get row ids above the largest of each table: a document
    // left there by a record since removed goes first.
    SearchIndex index(m_db);
    for (Table table : { Table::Communities, Table::Organisations, Table::Contacts }) {
        const std::optional<EntityKind> kind = SearchIndex::kindOfTable(tableName(table));
        if (kind && !index.removeFrom(*kind, m_lastId.value(int(table)) + 1))
            return fail(index.lastError());
    }
    return true;
}

bool ImportWriter::hand(Write &&write)
{
    write.line = m_line;
    m_batch.writes.push_back(std::move(write));
    if (m_batch.writes.size() < batchSize)
        return true;
    if (!m_thread)
        return fail(tr("No import is under way."));
    if (!m_thread->hand(&m_batch)) {
        m_thread->drain();
        return fail(m_threadError);
    }
    return true;
}

bool ImportWriter::flush()
{
    if (!m_thread)
        return m_error.isEmpty();
    if (!m_batch.writes.empty())
        m_thread->hand(&m_batch);
    if (!m_thread->drain())
        return fail(m_threadError);
    return true;
}

bool ImportWriter::whilePaused(const std::function<bool()> &what)
{
    if (!m_thread)
        return what();
    m_thread->pause();
    const bool result = what();
    m_thread->resume();
    return result;
}

bool ImportWriter::stopThread()
{
    if (!m_thread)
        return true;
    const bool written = flush();
    m_thread->stop();
    m_thread.reset();
    return written;
}

const ImportWriter::Layout &ImportWriter::layoutOf(Table table)
{
    auto found = m_layouts.find(int(table));
    if (found != m_layouts.end())
        return *found;
    Layout layout;
    layout.columns = columns(table);
    layout.ownUid = layout.columns.constFirst() == QLatin1String("uid");
    layout.kind = SearchIndex::kindOfTable(tableName(table));
    if (layout.kind) {
        for (const QString &column : SearchIndex::textColumns(*layout.kind))
            layout.textPositions.append(int(layout.columns.indexOf(column)));
    }
    return *m_layouts.insert(int(table), layout);
}

bool ImportWriter::insert(Table table, const QVariantList &values, RowId *id)
{
    const Layout &layout = layoutOf(table);
    if (values.size() != layout.columns.size())
        return fail(QStringLiteral("ImportWriter: %1 values for %2 columns").arg(values.size()).arg(layout.columns.size()));
    Write write;
    write.kind = Write::Insert;
    write.table = table;
    write.id = ++m_lastId[int(table)];
    if (id)
        *id = write.id;
    QString uid = layout.ownUid ? values.constFirst().toString() : QString();
    if (uid.isEmpty())
        uid = nextUid();
    write.firstValue = m_batch.values.size();
    m_batch.values.push_back(m_batch.textValue(uid));
    for (qsizetype i = layout.ownUid ? 1 : 0; i < values.size(); ++i)
        m_batch.values.push_back(valueOf(values.at(i)));
    write.valueCount = m_batch.values.size() - write.firstValue;
    // The record's search document, made here from the values it is written with.
    if (layout.kind) {
        QStringList texts;
        texts.reserve(layout.textPositions.size());
        for (const int position : layout.textPositions)
            texts.append(values.value(position).toString());
        const QString terms = SearchIndex::documentTerms(texts);
        if (!terms.isEmpty()) {
            write.documentRowid = SearchIndex::documentRowid(*layout.kind, write.id);
            write.terms = m_batch.textValue(terms);
        }
    }
    return hand(std::move(write));
}

QString ImportWriter::nextUid()
{
    // A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, a 12-bit counter
    // (its section 6.2, method 1) and random bits, so that the uids of one import increase.
    // Random version 4 uids would land all over the uid index: at a million rows, each insert
    // would then read and write a page of it at random.
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    if (m_uidMillis == 0) {
        // The random bits come from a generator of the writer's own, seeded once from the
        // system's: the global one takes a lock for each number.
        quint32 seed[8];
        QRandomGenerator::system()->fillRange(seed);
        m_random = QRandomGenerator(seed, 8);
    }
    if (now > m_uidMillis) {
        m_uidMillis = now;
        m_uidCounter = quint32(m_random.bounded(0x400));
    } else if (++m_uidCounter > 0xFFF) {
        ++m_uidMillis; // the counter ran out in this millisecond: borrow the next one
        m_uidCounter = 0;
    }
    const quint64 random = m_random.generate64();
    char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(quint8(m_uidMillis >> (40 - 8 * i)));
    bytes[6] = char(quint8(0x70 | (m_uidCounter >> 8)));
    bytes[7] = char(quint8(m_uidCounter & 0xFF));
    bytes[8] = char(quint8(0x80 | (random & 0x3F)));
    for (int i = 9; i < 16; ++i)
        bytes[i] = char(quint8(random >> (8 * (i - 8))));
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

bool ImportWriter::update(Table table, RowId id, const QStringList &names, const QVariantList &values)
{
    if (names.isEmpty())
        return true;
    Write write;
    write.kind = Write::Update;
    write.table = table;
    write.id = id;
    write.columns = names;
    write.firstValue = m_batch.values.size();
    for (const QVariant &value : values)
        m_batch.values.push_back(valueOf(value));
    write.valueCount = m_batch.values.size() - write.firstValue;
    return hand(std::move(write));
}

bool ImportWriter::remove(Table table, RowId id)
{
    // Rare (a row left out after it was written): done here, once the writes before it are
    // in, so that the search index forgets the record as every other removal makes it.
    if (!flush())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableName(table)));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    const std::optional<EntityKind> kind = SearchIndex::kindOfTable(tableName(table));
    SearchIndex index(m_db);
    if (kind && !index.refresh(*kind, id))
        return fail(index.lastError());
    return true;
}

bool ImportWriter::setSensitive(RowId contactId, const QVariantList &values)
{
    Write write;
    write.kind = Write::SetSensitive;
    write.table = Table::ContactSensitive;
    write.id = contactId;
    // As an insert would take them: uid, contact, then the values. The id and uid are unused
    // when the contact has a sensitive row already.
    write.sensitiveId = ++m_lastId[int(Table::ContactSensitive)];
    write.firstValue = m_batch.values.size();
    m_batch.values.push_back(m_batch.textValue(nextUid()));
    m_batch.values.push_back(valueOf(qint64(contactId)));
    for (const QVariant &value : values)
        m_batch.values.push_back(valueOf(value));
    write.valueCount = m_batch.values.size() - write.firstValue;
    return hand(std::move(write));
}

bool ImportWriter::execute(const Batch &batch, const Write &write)
{
    switch (write.kind) {
    case Write::Insert: return executeInsert(batch, write);
    case Write::Update: return executeUpdate(batch, write);
    case Write::SetSensitive: return executeSetSensitive(batch, write);
    }
    return false;
}

bool ImportWriter::executeInsert(const Batch &batch, const Write &write)
{
    sqlite3_stmt *statement = m_inserts.value(int(write.table));
    if (!statement) {
        const QStringList names = columns(write.table);
        QStringList all { QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("created_at"),
            QStringLiteral("updated_at") };
        all += names.constFirst() == QLatin1String("uid") ? names.mid(1) : names;
        QStringList marks;
        for (int i = 0; i < all.size(); ++i)
            marks.append(QStringLiteral("?"));
        statement = prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(tableName(write.table), all.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", "))),
            &m_threadError);
        if (!statement)
            return false;
        m_inserts.insert(int(write.table), statement);
    }
    // id, uid, created_at, updated_at, then the rest.
    const std::size_t first = write.firstValue, end = write.firstValue + write.valueCount;
    sqlite3_bind_int64(statement, 1, write.id);
    if (!bindAll(statement, 2, batch, first, first + 1, &m_threadError))
        return false;
    sqlite3_bind_text(statement, 3, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 4, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    if (!bindAll(statement, 5, batch, first + 1, end, &m_threadError) || !step(statement, &m_threadError))
        return false;
    if (write.terms.type != Value::Text)
        return true;
    if (!m_documentInsert) {
        m_documentInsert = prepare(QStringLiteral("INSERT INTO search_documents (id, terms) VALUES (?, ?)"), &m_threadError);
        m_indexInsert = prepare(QStringLiteral("INSERT INTO search_index (rowid, terms) VALUES (?, ?)"), &m_threadError);
        if (!m_documentInsert || !m_indexInsert)
            return false;
    }
    for (sqlite3_stmt *document : { m_documentInsert, m_indexInsert }) {
        sqlite3_bind_int64(document, 1, write.documentRowid);
        sqlite3_bind_text(document, 2, batch.bytes(write.terms), write.terms.size, SQLITE_STATIC);
        if (!step(document, &m_threadError))
            return false;
    }
    return true;
}

bool ImportWriter::executeUpdate(const Batch &batch, const Write &write)
{
    const QString key = QString::number(int(write.table)) + QLatin1Char(':') + write.columns.join(QLatin1Char(','));
    sqlite3_stmt *statement = m_updates.value(key);
    if (!statement) {
        QStringList sets { QStringLiteral("updated_at = ?") };
        for (const QString &name : write.columns)
            sets.append(name + QStringLiteral(" = ?"));
        statement = prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                .arg(tableName(write.table), sets.join(QStringLiteral(", "))),
            &m_threadError);
        if (!statement)
            return false;
        m_updates.insert(key, statement);
    }
    sqlite3_bind_text(statement, 1, m_now.constData(), int(m_now.size()), SQLITE_STATIC);
    if (!bindAll(statement, 2, batch, write.firstValue, write.firstValue + write.valueCount, &m_threadError))
        return false;
    sqlite3_bind_int64(statement, int(write.valueCount) + 2, write.id);
    return step(statement, &m_threadError);
}

bool ImportWriter::executeSetSensitive(const Batch &batch, const Write &write)
{
    sqlite3_stmt *existing = prepare(QStringLiteral("SELECT id FROM contact_sensitive WHERE contact_id = ?"), &m_threadError);
    if (!existing)
        return false;
    sqlite3_bind_int64(existing, 1, write.id);
    const RowId id = sqlite3_step(existing) == SQLITE_ROW ? sqlite3_column_int64(existing, 0) : 0;
    sqlite3_finalize(existing);
    if (id == 0) {
        Write insert = write;
        insert.kind = Write::Insert;
        insert.id = write.sensitiveId;
        return executeInsert(batch, insert);
    }
    Write update;
    update.kind = Write::Update;
    update.table = Table::ContactSensitive;
    update.id = id;
    update.columns = columns(Table::ContactSensitive).mid(1);
    update.firstValue = write.firstValue + 2; // after the uid and the contact
    update.valueCount = write.valueCount - 2;
    return executeUpdate(batch, update);
}

bool ImportWriter::commit(const QList<QPair<EntityKind, RowId>> &touched)
{
    if (!m_transaction)
        return fail(tr("No import is under way."));
    if (!stopThread()) {
        rollback();
        return false;
    }
    // The records created have their documents already; those updated are read again.
    // Refreshing one document costs a few statements, rebuilding the whole index one insert
    // per record; past a quarter of the records a rebuild is cheaper.
    SearchIndex index(m_db);
    qint64 records = 0;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM "
                                  "communities) + (SELECT count(*) FROM organisations)"))
        && query.next())
        records = query.value(0).toLongLong();
    query.finish();
    bool indexed = true;
    if (qint64(touched.size()) * 4 > records) {
        indexed = index.rebuild();
    } else {
        for (const auto &record : touched) {
            QList<QPair<EntityKind, RowId>> all { record };
            all += index.dependants(record.first, record.second);
            for (const auto &one : std::as_const(all))
                indexed = indexed && index.refresh(one.first, one.second);
        }
    }
    if (!indexed) {
        fail(index.lastError());
        rollback();
        return false;
    }
    finalizeStatements();
    const bool committed = m_transaction->commit();
    if (!committed)
        fail(m_transaction->errorText());
    m_transaction.reset();
    m_handle = nullptr;
    restoreCache();
    restoreJournal();
    return committed;
}

void ImportWriter::finalizeStatements()
{
    for (sqlite3_stmt *statement : std::as_const(m_inserts))
        sqlite3_finalize(statement);
    m_inserts.clear();
    for (sqlite3_stmt *statement : std::as_const(m_updates))
        sqlite3_finalize(statement);
    m_updates.clear();
    sqlite3_finalize(m_documentInsert);
    sqlite3_finalize(m_indexInsert);
    m_documentInsert = nullptr;
    m_indexInsert = nullptr;
}

void ImportWriter::rollback()
{
    // The writer thread ends first, its writes not yet done discarded; statements still open
    // would keep SQLite from rolling back cleanly.
    if (m_thread) {
        m_thread->stop(true);
        m_thread.reset();
    }
    m_batch.clear();
    finalizeStatements();
    if (m_transaction)
        m_transaction->rollback();
    m_transaction.reset();
    m_handle = nullptr;
    restoreCache();
    restoreJournal();
}

void ImportWriter::restoreJournal()
{
    if (!m_walSuspended)
        return;
    m_walSuspended = false;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
}

void ImportWriter::restoreCache()
{
    if (m_cacheSize == 0)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    m_cacheSize = 0;
}

} // namespace dd::storage
