// Undo and redo underneath: a ChangeRecorder catches what an action changed, cascades included,
// and replaying its change set backward gives back the database exactly as it was, forward the
// database as the action left it. Compared row by row over every table, on the demonstration.

#include "domain/Contact.h"
#include "exchange/DemoScenario.h"
#include "storage/ChangeLog.h"
#include "storage/CommunityRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dd;
using namespace dd::storage;

class TestChangeLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;

    RowId idOf(const QString &sql, const QString &value)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(sql);
        query.addBindValue(value);
        if (!query.exec() || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }

    // Every row of every table the user's data lives in, as text: two snapshots are equal when
    // the databases hold the same data (the search index aside, which is compared by searching).
    QStringList snapshot()
    {
        QStringList tables;
        QSqlQuery list(m_db->connection());
        list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' "
                                 "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (list.next())
            tables.append(list.value(0).toString());
        QStringList rows;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery query(m_db->connection());
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
                rows.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
            }
        }
        return rows;
    }

    QList<RowId> found(EntityKind kind, const QString &query)
    {
        QList<RowId> ids;
        for (const SearchIndex::Match &match : SearchIndex(m_db->connection()).search(query, 50)) {
            if (match.kind == kind)
                ids.append(match.id);
        }
        return ids;
    }

    void verifyHealthy()
    {
        const Database::CheckReport report = m_db->check();
        QVERIFY2(report.healthy, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 1); // back on after a replay
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        Database::Error error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_run)), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QString loadError;
        QVERIFY2(exchange::DemoScenario::load(*m_db, &loadError), qPrintable(loadError));
    }
    void cleanup() { m_db.reset(); }

    void undoAndRedoACreation()
    {
        const QStringList before = snapshot();
        ChangeRecorder recorder(*m_db);
        QVERIFY2(recorder.isRecording(), qPrintable(recorder.lastError()));
        Contact contact;
        contact.givenName = QStringLiteral("Ярина");
        contact.familyName = QStringLiteral("Дзюба");
        ContactRepository repository(*m_db);
        QVERIFY2(repository.insert(contact), qPrintable(repository.lastError()));
        const QByteArray changes = recorder.finish();
        QVERIFY(!changes.isEmpty());
        QVERIFY(!recorder.isRecording());
        const QStringList after = snapshot();
        QCOMPARE(after.size(), before.size() + 1);

        const QList<ChangeLog::TouchedRecord> touched = ChangeLog::touchedRecords(changes);
        QCOMPARE(touched.size(), 1);
        QCOMPARE(touched.first().kind, EntityKind::Contact);
        QCOMPARE(touched.first().id, contact.id);
        QCOMPARE(found(EntityKind::Contact, QStringLiteral("dziuba")), QList<RowId>{ contact.id });

        QString error;
        QVERIFY2(ChangeLog::replay(*m_db, changes, ChangeLog::Direction::Backward, &error), qPrintable(error));
        QCOMPARE(snapshot(), before);
        QVERIFY(found(EntityKind::Contact, QStringLiteral("dziuba")).isEmpty());
        verifyHealthy();

        QVERIFY2(ChangeLog::replay(*m_db, changes, ChangeLog::Direction::Forward, &error), qPrintable(error));
        QCOMPARE(snapshot(), after); // the same row id, uid and times
        QCOMPARE(found(EntityKind::Contact, QStringLiteral("дзюба")), QList<RowId>{ contact.id });
        verifyHealthy();
    }

    // A contact who is a delegation member, a meeting participant and a delegation's head:
    // deleting removes and unlinks rows in four tables; undo puts every one of them back.
    void undoOfACascadedDeletionRestoresTheLinks()
    {
        const RowId id = idOf(QStringLiteral("SELECT m.contact_id FROM delegation_members m "
                                             "JOIN meeting_participants p ON p.contact_id = m.contact_id "
                                             "WHERE m.contact_id > ? ORDER BY 1 LIMIT 1"),
                              QStringLiteral("0"));
        QVERIFY(id > 0);
        const QStringList before = snapshot();
        ChangeRecorder recorder(*m_db);
        ContactRepository repository(*m_db);
        QVERIFY2(repository.remove(id), qPrintable(repository.lastError()));
        const QByteArray changes = recorder.finish();
        const QStringList afterDelete = snapshot();
        QVERIFY(afterDelete.size() <= before.size() - 3); // the contact, a membership, a participation

        QString error;
        QVERIFY2(ChangeLog::replay(*m_db, changes, ChangeLog::Direction::Backward, &error), qPrintable(error));
        QCOMPARE(snapshot(), before);
        verifyHealthy();
        QVERIFY2(ChangeLog::replay(*m_db, changes, ChangeLog::Direction::Forward, &error), qPrintable(error));
        QCOMPARE(snapshot(), afterDelete);
        verifyHealthy();
        QVERIFY2(ChangeLog::replay(*m_db, changes, ChangeLog::Direction::Backward, &error), qPrintable(error));
        QCOMPARE(snapshot(), before);
    }

    // A community that is a party to a partnership: undo gives the partnership its party back,
    // and the search finds the partnership by that community's name again.
    void undoOfADeletedPartyIsFoundAgain()
    {
        const RowId community = idOf(QStringLiteral("SELECT community_id FROM partnership_parties "
                                                    "WHERE community_id IN (SELECT id FROM communities WHERE name LIKE ? || '%')"),
                                     QStringLiteral("Боярськ"));
        QVERIFY(community > 0);
        const RowId partnership = idOf(QStringLiteral("SELECT partnership_id FROM partnership_parties WHERE community_id = ?"),
                                       QString::number(community));
        QVERIFY(found(EntityKind::Partnership, QStringLiteral("boiarsk")).contains(partnership));
        const QStringList before = snapshot();

        ChangeRecorder recorder(*m_db);
        CommunityRepository repository(*m_db);
        QVERIFY2(repository.remove(community), qPrintable(repository.lastError()));
        const QByteArray changes = recorder.finish();
        QVERIFY(!found(EntityKind::Partnership, QStringLiteral("boiarsk")).contains(partnership));

        QString error;
        QVERIFY2(ChangeLog::replay(*m_db, changes, ChangeLog::Direction::Backward, &error), qPrintable(error));
        QCOMPARE(snapshot(), before);
        QVERIFY(found(EntityKind::Partnership, QStringLiteral("boiarsk")).contains(partnership));
        QVERIFY(found(EntityKind::Community, QStringLiteral("boiarsk")).contains(community));
        verifyHealthy();
    }

    // Something changed the row after the action without being recorded: the replay refuses,
    // says what changed, and leaves the database as it was.
    void aConflictChangesNothing()
    {
        const RowId id = idOf(QStringLiteral("SELECT id FROM contacts WHERE family_name_latin = ?"),
                              QStringLiteral("Rudenko"));
        QVERIFY(id > 0);
        ContactRepository repository(*m_db);
        auto contact = repository.find(id);
        QVERIFY(contact);
        ChangeRecorder recorder(*m_db);
        contact->phone = QStringLiteral("+380 44 000 00 01");
        QVERIFY(repository.update(*contact));
        const QByteArray changes = recorder.finish();
        QVERIFY(!changes.isEmpty());

        contact->phone = QStringLiteral("+380 44 000 00 02"); // not recorded
        QVERIFY(repository.update(*contact));
        const QStringList before = snapshot();
        QString error;
        QVERIFY(!ChangeLog::replay(*m_db, changes, ChangeLog::Direction::Backward, &error));
        QVERIFY2(error.contains(QStringLiteral("the list “Contacts” has changed since")), qPrintable(error));
        QCOMPARE(snapshot(), before);
        verifyHealthy();
    }

    // An action that was rolled back changed nothing, so there is nothing to undo.
    void aRolledBackActionRecordsNothing()
    {
        ChangeRecorder recorder(*m_db);
        {
            Transaction transaction(m_db->connection());
            QVERIFY(transaction.isActive());
            Contact contact;
            contact.familyName = QStringLiteral("Тимчасовий");
            ContactRepository repository(*m_db);
            QVERIFY(repository.insert(contact));
            transaction.rollback();
        }
        QVERIFY(recorder.finish().isEmpty());
        QVERIFY(recorder.lastError().isEmpty());
    }

    void aReadOnlyDatabaseIsNotReplayed()
    {
        QByteArray changes;
        {
            ChangeRecorder recorder(*m_db);
            Contact contact;
            contact.familyName = QStringLiteral("Петрук");
            ContactRepository repository(*m_db);
            QVERIFY(repository.insert(contact));
            changes = recorder.finish();
        }
        const QString path = m_db->path();
        m_db.reset();
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        Database::Error openError;
        m_db = Database::open(path, options, &openError);
        QVERIFY2(m_db, qPrintable(openError.message));
        const QStringList before = snapshot();
        QString error;
        QVERIFY(!ChangeLog::replay(*m_db, changes, ChangeLog::Direction::Backward, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
