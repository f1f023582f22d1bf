#include "ImportWriter.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlDialect.h"
#include "SqliteHandle.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QUuid>
#include <QSqlQuery>

namespace dd::storage {
namespace {

// Below this many rows the LOCALIZED indexes are kept as they are (building one again costs
// as much as the comparisons a small import makes), and so is the WAL.
constexpr qint64 bulkRows = 20000;

QString text(const sqlite3_stmt *statement, int column)
{
    auto *s = const_cast<sqlite3_stmt *>(statement);
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
    if (!bytes)
        return {};
    return QString::fromUtf8(bytes, sqlite3_column_bytes(s, column));
}

} // namespace

ImportWriter::ImportWriter(const Database &database)
    : m_db(database.connection())
{
}

ImportWriter::~ImportWriter()
{
    for (sqlite3_stmt *statement : std::as_const(m_inserts))
        sqlite3_finalize(statement);
    for (sqlite3_stmt *statement : std::as_const(m_updates))
        sqlite3_finalize(statement);
    if (m_transaction)
        rollback();
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

sqlite3_stmt *ImportWriter::prepare(const QString &sql)
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle) {
        fail(tr("The database is not open."));
        return nullptr;
    }
    const QByteArray bytes = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, bytes.constData(), int(bytes.size()), &statement, nullptr)
        != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

bool ImportWriter::bindAll(sqlite3_stmt *statement, int first, const QVariantList &values)
{
    int index = first;
    for (const QVariant &value : values) {
        int result = SQLITE_OK;
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            result = value.isNull() ? sqlite3_bind_null(statement, index)
                                    : sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        default: {
            const QString string = value.toString();
            if (string.isEmpty()) {
                result = sqlite3_bind_null(statement, index);
            } else {
                const QByteArray bytes = string.toUtf8();
                result = sqlite3_bind_text(
                    statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            }
        }
        }
        if (result != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement))));
        ++index;
    }
    return true;
}

bool ImportWriter::step(sqlite3_stmt *statement)
{
    const int result = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (result == SQLITE_DONE || result == SQLITE_ROW)
        return true;
    return fail(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement))));
}

bool ImportWriter::execSql(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(query.lastError().text());
    return true;
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
        "SELECT id, uid, name, country, official_code FROM communities"));
    if (!s)
        return false;
    while (sqlite3_step(s) == SQLITE_ROW)
        each({ sqlite3_column_int64(s, 0), text(s, 1), text(s, 2), text(s, 3), text(s, 4) });
    sqlite3_finalize(s);
    return true;
}

bool ImportWriter::readOrganisations(const std::function<void(const OrganisationRow &)> &each)
{
    sqlite3_stmt *s = prepare(QStringLiteral("SELECT id, uid, name, country FROM organisations"));
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
        "SELECT id, uid, given_name, family_name, email, community_id FROM contacts"));
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
        = prepare(QStringLiteral("SELECT id, delegation_id, contact_id FROM delegation_members"));
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
    sqlite3_stmt *s = prepare(QStringLiteral(
        "SELECT m.id, p.given_name, p.family_name, p.given_name_latin, p.family_name_latin "
        "FROM delegation_members m JOIN contacts p ON p.id = m.contact_id WHERE m.delegation_id = ?"));
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
    sqlite3_stmt *s = prepare(QStringLiteral(
        "SELECT given_name, family_name, given_name_latin, family_name_latin FROM contacts WHERE id = ?"));
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
    const QString written = table == EntityKind::Community ? QStringLiteral("communities")
        : table == EntityKind::Organisation                ? QStringLiteral("organisations")
                                                           : QStringLiteral("contacts");
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
    m_now = SqlDialect::nowUtc();
    m_droppedIndexes.clear();
    m_firstCreated.clear();
    // A big transaction touches many more pages than SQLite's default cache of 2 MiB holds;
    // each page spilled is written to the WAL and read back. 128 MiB for the import's length.
    QSqlQuery cache(m_db);
    if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next())
        m_cacheSize = cache.value(0).toInt();
    cache.exec(QStringLiteral("PRAGMA cache_size = -131072"));
    if (bulk) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                     "AND tbl_name = ? AND sql LIKE ?"));
        query.addBindValue(written);
        query.addBindValue(QString(QStringLiteral("%COLLATE ") + QLatin1String(SqlDialect::collationName) + QLatin1Char('%')));
        if (!query.exec())
            return fail(query.lastError().text());
        QStringList names;
        while (query.next()) {
            names.append(query.value(0).toString());
            m_droppedIndexes.append(query.value(1).toString());
        }
        for (const QString &name : std::as_const(names)) {
            if (!execSql(QStringLiteral("DROP INDEX ") + name))
                return false;
        }
    }
    return true;
}

bool ImportWriter::insert(Table table, const QVariantList &values, RowId *id)
{
    sqlite3_stmt *statement = m_inserts.value(int(table));
    const QStringList names = columns(table);
    const bool ownUid = names.constFirst() == QLatin1String("uid");
    if (!statement) {
        QStringList all { QStringLiteral("uid"), QStringLiteral("created_at"), QStringLiteral("updated_at") };
        all += ownUid ? names.mid(1) : names;
        QStringList marks;
        for (int i = 0; i < all.size(); ++i)
            marks.append(QStringLiteral("?"));
        statement = prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(tableName(table), all.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", "))));
        if (!statement)
            return false;
        m_inserts.insert(int(table), statement);
    }
    if (values.size() != names.size())
        return fail(QStringLiteral("ImportWriter: %1 values for %2 columns").arg(values.size()).arg(names.size()));
    QString uid = ownUid ? values.constFirst().toString() : QString();
    if (uid.isEmpty())
        uid = nextUid();
    const QVariantList head { uid, m_now, m_now };
    if (!bindAll(statement, 1, head)
        || !bindAll(statement, 4, ownUid ? values.mid(1) : values) || !step(statement))
        return false;
    const RowId inserted = sqlite3_last_insert_rowid(sqliteHandle(m_db));
    if (id)
        *id = inserted;
    if (!m_firstCreated.contains(int(table)))
        m_firstCreated.insert(int(table), inserted);
    return true;
}

QString ImportWriter::nextUid()
{
    // A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, a 12-bit counter
    // (its section 6.2, method 1) and random bits, so that the uids of one import increase.
    // Random version 4 uids would land all over the uid index: at a million rows, each insert
    // would then read and write a page of it at random.
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    if (now > m_uidMillis) {
        m_uidMillis = now;
        m_uidCounter = quint32(QRandomGenerator::global()->bounded(0x400));
    } else if (++m_uidCounter > 0xFFF) {
        ++m_uidMillis; // the counter ran out in this millisecond: borrow the next one
        m_uidCounter = 0;
    }
    const quint64 random = QRandomGenerator::global()->generate64();
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
    const QString key = QString::number(int(table)) + QLatin1Char(':') + names.join(QLatin1Char(','));
    sqlite3_stmt *statement = m_updates.value(key);
    if (!statement) {
        QStringList sets { QStringLiteral("updated_at = ?") };
        for (const QString &name : names)
            sets.append(name + QStringLiteral(" = ?"));
        statement = prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                .arg(tableName(table), sets.join(QStringLiteral(", "))));
        if (!statement)
            return false;
        m_updates.insert(key, statement);
    }
    QVariantList all { m_now };
    all += values;
    all.append(id);
    return bindAll(statement, 1, all) && step(statement);
}

bool ImportWriter::remove(Table table, RowId id)
{
    sqlite3_stmt *statement = prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableName(table)));
    if (!statement)
        return false;
    sqlite3_bind_int64(statement, 1, id);
    const bool removed = step(statement);
    sqlite3_finalize(statement);
    return removed; // its search document is written only by commit()
}

bool ImportWriter::setSensitive(RowId contactId, const QVariantList &values)
{
    sqlite3_stmt *existing = prepare(QStringLiteral("SELECT id FROM contact_sensitive WHERE contact_id = ?"));
    if (!existing)
        return false;
    sqlite3_bind_int64(existing, 1, contactId);
    const RowId id = sqlite3_step(existing) == SQLITE_ROW ? sqlite3_column_int64(existing, 0) : 0;
    sqlite3_finalize(existing);
    if (id == 0) {
        QVariantList all { contactId };
        all += values;
        return insert(Table::ContactSensitive, all, nullptr);
    }
    return update(Table::ContactSensitive, id, columns(Table::ContactSensitive).mid(1), values);
}

bool ImportWriter::indexCreated(Table table, RowId first)
{
    const std::optional<EntityKind> indexed = SearchIndex::kindOfTable(tableName(table));
    if (!indexed)
        return true; // not a table the index holds
    const EntityKind kind = *indexed;
    // Row ids only grow within the transaction, so every record from the first created on is
    // one this import created. Read through the native handle, as the inserts were written.
    const QStringList columns = SearchIndex::textColumns(kind);
    sqlite3_stmt *read = prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE id >= ?")
                                     .arg(columns.join(QStringLiteral(", ")), tableName(table)));
    if (!read)
        return false;
    sqlite3_stmt *write = prepare(QStringLiteral("INSERT OR REPLACE INTO search_index (rowid, terms) VALUES (?, ?)"));
    if (!write) {
        sqlite3_finalize(read);
        return false;
    }
    sqlite3_bind_int64(read, 1, first);
    QStringList texts;
    bool ok = true;
    int result = SQLITE_ROW;
    while (ok && (result = sqlite3_step(read)) == SQLITE_ROW) {
        texts.clear();
        for (int i = 1; i <= columns.size(); ++i)
            texts.append(text(read, i));
        const QString terms = SearchIndex::documentTerms(texts);
        if (terms.isEmpty())
            continue;
        const QByteArray bytes = terms.toUtf8();
        // OR REPLACE: a record may reuse the row id of one deleted before, whose document is
        // then replaced rather than refused.
        sqlite3_bind_int64(write, 1, SearchIndex::documentRowid(kind, sqlite3_column_int64(read, 0)));
        sqlite3_bind_text(write, 2, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        ok = step(write);
    }
    if (ok && result != SQLITE_DONE)
        ok = fail(QString::fromUtf8(sqlite3_errmsg(sqliteHandle(m_db))));
    sqlite3_finalize(read);
    sqlite3_finalize(write);
    return ok;
}

bool ImportWriter::commit(const QList<QPair<EntityKind, RowId>> &touched)
{
    if (!m_transaction)
        return fail(tr("No import is under way."));
    for (const QString &statement : std::as_const(m_droppedIndexes)) {
        if (!execSql(statement)) {
            rollback();
            return false;
        }
    }
    // The documents of the records created are written in one pass now rather than with each
    // row: at a million contacts the index's merges and the rows' pages then do not compete for
    // the cache (bench_import: 32 s in all; 47 s row by row, 42 s through rebuild()'s Qt SQL
    // reads of every record). Those updated are read again.
    // Refreshing one document costs three statements, rebuilding the whole index one insert
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
        for (auto first = m_firstCreated.cbegin(); first != m_firstCreated.cend() && indexed; ++first)
            indexed = indexCreated(Table(first.key()), first.value());
        if (!indexed) {
            rollback();
            return false;
        }
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
    for (sqlite3_stmt *statement : std::as_const(m_inserts))
        sqlite3_finalize(statement);
    m_inserts.clear();
    for (sqlite3_stmt *statement : std::as_const(m_updates))
        sqlite3_finalize(statement);
    m_updates.clear();
    const bool committed = m_transaction->commit();
    if (!committed)
        fail(m_transaction->errorText());
    m_transaction.reset();
    restoreCache();
    restoreJournal();
    return committed;
}

void ImportWriter::rollback()
{
    // Statements still open would keep SQLite from rolling back cleanly.
    for (sqlite3_stmt *statement : std::as_const(m_inserts))
        sqlite3_finalize(statement);
    m_inserts.clear();
    for (sqlite3_stmt *statement : std::as_const(m_updates))
        sqlite3_finalize(statement);
    m_updates.clear();
    if (m_transaction)
        m_transaction->rollback();
    m_transaction.reset();
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
