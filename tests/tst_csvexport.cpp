// CSV export as a whole: the field catalog (DESIGN.md's ids, labels in three languages, what is
// sensitive), the presets' columns (never a sensitive field), the public list (only members
// who agreed), the delegation and status filters, references written by name with the code
// beside, sensitive fields only when named, a file written whole or not at all, and a list
// exported as it is shown (its visible columns, filter and sort).

#include "ExportFixture.h"
#include "domain/TextNormaliser.h"
#include "exchange/CsvExport.h"
#include "exchange/FieldCatalog.h"
#include "storage/ExportCursor.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::exchange;
using dd::exporttest::column;
using dd::exporttest::readCsv;

namespace {

// A device that takes nothing, as a full disk does.
class FullDevice : public QIODevice {
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

QStringList split(const char *ids)
{
    return QString::fromLatin1(ids).split(QStringLiteral(", "));
}

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    exporttest::Seeded m_seeded;

    QList<QStringList> exportRows(
        ExportRequest request, bool *ok = nullptr, QString *error = nullptr)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvExport exporter(*m_db);
        QString message;
        const bool written = exporter.write(request, &buffer, &message);
        if (ok)
            *ok = written;
        if (error)
            *error = message;
        if (!written && !ok)
            qWarning("export failed: %s", qPrintable(message));
        return readCsv(bytes);
    }

    static ExportRequest attendees(std::optional<FieldCatalog::Preset> preset = std::nullopt)
    {
        ExportRequest request;
        request.table = EntityKind::Member;
        request.preset = preset;
        request.header = HeaderStyle::Ids;
        return request;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::Database::Error error;
        m_db = storage::Database::open(m_dir.filePath(QStringLiteral("export.sqlite")), &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY(exporttest::seed(*m_db, &m_seeded));
    }

    void catalogHoldsDesignFields_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("sensitive");
        const QStringList none;
        const QStringList passport = split("date_of_birth, passport_number, passport_expiry");
        QTest::newRow("communities") << QStringLiteral("communities")
                                     << split("uid, name, name_latin, kind, country, region, "
                                              "subregion, official_code, centre, population, notes")
                                     << none;
        QTest::newRow("organisations")
            << QStringLiteral("organisations")
            << split("uid, name, kind, country, website, parent, notes") << none;
        QTest::newRow("contacts")
            << QStringLiteral("contacts")
            << split("uid, salutation, given_name, patronymic, family_name, given_name_latin, "
                     "family_name_latin, position, community, community_code, organisation, email, "
                     "phone, languages, nationality, consent_public_list, notes")
            << passport;
        QTest::newRow("events")
            << QStringLiteral("events")
            << split("uid, name, kind, city, country, venue, starts_on, ends_on, organiser, "
                     "expected_attendance, website, time_zone")
            << none;
        QTest::newRow("delegations")
            << QStringLiteral("delegations")
            << split("uid, name, event, coordinator, head, starts_on, ends_on, status, notes")
            << none;
        QTest::newRow("attendees")
            << QStringLiteral("attendees")
            << split(
                   "uid, delegation, contact_uid, salutation, given_name, patronymic, family_name, "
                   "given_name_latin, family_name_latin, position, community, community_code, "
                   "email, phone, nationality, role, status, checked_in_at, arrival_at, "
                   "arrival_transport, arrival_number, arrival_place, departure_at, "
                   "departure_transport, departure_number, departure_place, hotel, room_type, "
                   "sharing_with, check_in_on, check_out_on, visa_status, invitation_sent, "
                   "badge_printed, dietary, accessibility, notes")
            << passport;
        QTest::newRow("meetings")
            << QStringLiteral("meetings")
            << split("uid, delegation, event, title, starts_at, ends_at, time_zone, location, "
                     "counterparts, participants, outcome, follow_up, follow_up_due")
            << none;
        QTest::newRow("partnerships")
            << QStringLiteral("partnerships")
            << split("uid, parties, party_count, kind, stage, areas, facilitators, born_at, "
                     "signed_on, ratified_on, next_step, next_step_due, notes")
            << none;
    }

    void catalogHoldsDesignFields()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, sensitive);
        const std::optional<EntityKind> kind = FieldCatalog::tableFromId(table);
        QVERIFY(kind);
        QCOMPARE(FieldCatalog::ids(*kind), ids);
        QCOMPARE(FieldCatalog::sensitiveIds(*kind), sensitive);
        QCOMPARE(FieldCatalog::ids(*kind, true), ids + sensitive);
        for (const Field &field : FieldCatalog::fields(*kind)) {
            QVERIFY2(storage::ExportCursor::supports(*kind, field.id), qPrintable(field.id));
            QVERIFY(!field.label().isEmpty());
            QCOMPARE(field.aliases.size() >= 2, true);
            QCOMPARE(FieldCatalog::isSensitive(*kind, field.id), sensitive.contains(field.id));
        }
        // Every name a header may carry leads to one field only within a table.
        QHash<QString, QString> owners;
        for (const Field &field : FieldCatalog::fields(*kind)) {
            QStringList names = field.aliases;
            names << field.id << QLatin1String(field.sourceLabel);
            names.removeDuplicates();
            for (const QString &name : std::as_const(names)) {
                const QString key = TextNormaliser::normalise(name);
                QVERIFY2(!owners.contains(key) || owners.value(key) == field.id,
                    qPrintable(
                        QStringLiteral("%1: %2 and %3").arg(name, owners.value(key), field.id)));
                owners.insert(key, field.id);
            }
        }
    }

    void headersAreMatchedInThreeLanguages_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        QTest::newRow("id") << QStringLiteral("contacts") << QStringLiteral("family_name")
                            << QStringLiteral("family_name");
        QTest::newRow("English") << QStringLiteral("contacts") << QStringLiteral("Family name")
                                 << QStringLiteral("family_name");
        QTest::newRow("Ukrainian") << QStringLiteral("contacts") << QStringLiteral("Прізвище")
                                   << QStringLiteral("family_name");
        QTest::newRow("French") << QStringLiteral("contacts") << QStringLiteral("Nom")
                                << QStringLiteral("family_name");
        QTest::newRow("French, other case")
            << QStringLiteral("contacts") << QStringLiteral(" PRÉNOM ")
            << QStringLiteral("given_name");
        QTest::newRow("French without accent")
            << QStringLiteral("attendees") << QStringLiteral("Telephone")
            << QStringLiteral("phone");
        QTest::newRow("Ukrainian apostrophe")
            << QStringLiteral("contacts") << QStringLiteral("Ім'я") << QStringLiteral("given_name");
        QTest::newRow("Nom of a community")
            << QStringLiteral("communities") << QStringLiteral("Nom") << QStringLiteral("name");
        QTest::newRow("sensitive")
            << QStringLiteral("attendees") << QStringLiteral("Номер паспорта")
            << QStringLiteral("passport_number");
        QTest::newRow("unknown") << QStringLiteral("contacts") << QStringLiteral("Shoe size")
                                 << QString();
    }

    void headersAreMatchedInThreeLanguages()
    {
        QFETCH(QString, table);
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(FieldCatalog::matchHeader(*FieldCatalog::tableFromId(table), header), field);
    }

    void presetsNeverCarrySensitiveFields()
    {
        const QStringList attendeeIds = FieldCatalog::ids(EntityKind::Member, true);
        for (FieldCatalog::Preset preset : FieldCatalog::presets()) {
            const QStringList fields = FieldCatalog::presetFields(preset);
            QVERIFY(!fields.isEmpty());
            QCOMPARE(
                FieldCatalog::presetFromId(FieldCatalog::presetId(preset)), std::optional(preset));
            QVERIFY(!FieldCatalog::presetLabel(preset).isEmpty());
            QVERIFY(!FieldCatalog::presetDescription(preset).isEmpty());
            for (const QString &id : fields) {
                QVERIFY2(attendeeIds.contains(id), qPrintable(id));
                QVERIFY2(!FieldCatalog::isSensitive(EntityKind::Member, id), qPrintable(id));
            }
            // And none is written: the file of each preset holds no passport or birth date.
            const QList<QStringList> rows = exportRows(attendees(preset));
            QVERIFY(!rows.isEmpty());
            for (const QString &sensitive : FieldCatalog::sensitiveIds(EntityKind::Member))
                QVERIFY(!rows.constFirst().contains(sensitive));
            for (const QStringList &row : rows) {
                QVERIFY(!row.contains(QStringLiteral("FA123456")));
                QVERIFY(!row.contains(QStringLiteral("1980-01-02")));
            }
        }
        QVERIFY(!FieldCatalog::presetFromId(QStringLiteral("everything")));
    }

    void presetColumns_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("header");
        QTest::newRow("public") << QStringLiteral("public")
                                << split("given_name, family_name, position, community");
        QTest::newRow("rooming") << QStringLiteral("rooming")
                                 << split("family_name_latin, given_name_latin, hotel, room_type, "
                                          "sharing_with, check_in_on, check_out_on");
        QTest::newRow("transport") << QStringLiteral("transport")
                                   << split("family_name_latin, given_name_latin, arrival_at, "
                                            "arrival_transport, arrival_number, "
                                            "arrival_place, departure_at, departure_transport, "
                                            "departure_number, departure_place");
        QTest::newRow("badges") << QStringLiteral("badges")
                                << split("given_name, family_name, given_name_latin, "
                                         "family_name_latin, position, community, role");
        QTest::newRow("visa") << QStringLiteral("visa")
                              << split("family_name_latin, given_name_latin, family_name, "
                                       "given_name, nationality, community, "
                                       "role, visa_status, invitation_sent");
    }

    // One delegation's list carries exactly the preset's columns; all delegations add which one.
    void presetColumns()
    {
        QFETCH(QString, preset);
        QFETCH(QStringList, header);
        ExportRequest request = attendees(FieldCatalog::presetFromId(preset));
        request.delegation = QStringLiteral("Cities4Cities Paris");
        QCOMPARE(exportRows(request).constFirst(), header);
        request.delegation.clear();
        QCOMPARE(exportRows(request).constFirst(),
            QStringList { QStringLiteral("delegation") } + header);
    }

    void fullPresetIsEveryFieldButTheSensitiveOnes()
    {
        ExportRequest request = attendees(FieldCatalog::Preset::Full);
        request.delegation = m_seeded.parisUid; // by uid
        QStringList expected = FieldCatalog::ids(EntityKind::Member);
        expected.removeAll(QStringLiteral("delegation"));
        const QList<QStringList> rows = exportRows(request);
        QCOMPARE(rows.constFirst(), expected);
        QCOMPARE(rows.size(), 1 + 3);
    }

    void publicListHoldsOnlyMembersWhoAgreed()
    {
        ExportRequest request = attendees(FieldCatalog::Preset::Public);
        request.delegation = QStringLiteral("Cities4Cities Paris");
        const QList<QStringList> rows = exportRows(request);
        // Тарас did not agree; Олена and Ірина did.
        QCOMPARE(column(rows, QStringLiteral("family_name")),
            (QStringList { QStringLiteral("Савчук"), QStringLiteral("Шевчук") }));
        QCOMPARE(column(rows, QStringLiteral("position")),
            (QStringList { QStringLiteral("Міська голова"), QStringLiteral("Депутатка") }));
        // Without the preset, the same columns list everyone.
        ExportRequest everyone = attendees();
        everyone.delegation = request.delegation;
        everyone.columns = FieldCatalog::presetFields(FieldCatalog::Preset::Public);
        QCOMPARE(exportRows(everyone).size(), 1 + 3);
    }

    void delegationAndStatusFilters()
    {
        ExportRequest request = attendees();
        request.columns = split("delegation, family_name, status");
        QList<QStringList> rows = exportRows(request);
        QCOMPARE(rows.size(), 1 + 5);
        request.delegation = QStringLiteral("Study visit Lviv");
        rows = exportRows(request);
        QCOMPARE(column(rows, QStringLiteral("family_name")),
            (QStringList { QStringLiteral("Lefèvre"), QStringLiteral("Савчук") }));
        request.statuses = QStringList { QStringLiteral("declined") };
        rows = exportRows(request);
        QCOMPARE(
            column(rows, QStringLiteral("family_name")), QStringList { QStringLiteral("Савчук") });
        request.delegation.clear();
        request.statuses = QStringList { QStringLiteral("confirmed"), QStringLiteral("invited") };
        rows = exportRows(request);
        QCOMPARE(column(rows, QStringLiteral("status")).size(), 4);
        QVERIFY(!column(rows, QStringLiteral("status")).contains(QStringLiteral("declined")));
    }

    void wrongRequestsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("delegation");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QStringLiteral("contacts") << QString()
                                       << QStringList { QStringLiteral("shoe_size") } << QString()
                                       << QStringList() << QStringLiteral("shoe_size");
        QTest::newRow("field of another table")
            << QStringLiteral("communities") << QString()
            << QStringList { QStringLiteral("family_name") } << QString() << QStringList()
            << QStringLiteral("family_name");
        QTest::newRow("preset on contacts")
            << QStringLiteral("contacts") << QStringLiteral("rooming") << QStringList() << QString()
            << QStringList() << QStringLiteral("contacts");
        QTest::newRow("unknown delegation")
            << QStringLiteral("attendees") << QString() << QStringList()
            << QStringLiteral("Nowhere") << QStringList() << QStringLiteral("Nowhere");
        QTest::newRow("delegation of communities")
            << QStringLiteral("communities") << QString() << QStringList()
            << QStringLiteral("Study visit Lviv") << QStringList() << QStringLiteral("communities");
        QTest::newRow("unknown status")
            << QStringLiteral("attendees") << QString() << QStringList() << QString()
            << QStringList { QStringLiteral("asleep") } << QStringLiteral("asleep");
    }

    void wrongRequestsSayWhatIsWrong()
    {
        QFETCH(QString, table);
        QFETCH(QString, preset);
        QFETCH(QStringList, columns);
        QFETCH(QString, delegation);
        QFETCH(QStringList, statuses);
        QFETCH(QString, message);
        ExportRequest request;
        request.table = *FieldCatalog::tableFromId(table);
        if (!preset.isEmpty())
            request.preset = FieldCatalog::presetFromId(preset);
        request.columns = columns;
        request.delegation = delegation;
        request.statuses = statuses;
        bool ok = true;
        QString error;
        exportRows(request, &ok, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void referencesAreWrittenByNameWithTheCodeBeside()
    {
        ExportRequest request;
        request.table = EntityKind::Contact;
        request.header = HeaderStyle::Ids;
        request.columns = split("family_name, community, community_code");
        const QList<QStringList> rows = exportRows(request);
        QCOMPARE(column(rows, QStringLiteral("community")),
            (QStringList { QStringLiteral("Корюківська громада"), QStringLiteral("Franconville"),
                QStringLiteral("Franconville"), QString() }));
        QCOMPARE(column(rows, QStringLiteral("community_code")),
            (QStringList { QStringLiteral("UA74040130000014211"), QStringLiteral("95252"),
                QStringLiteral("54205"), QString() }));
        // Room sharing names the other member (passport Latin for the hotel).
        ExportRequest rooming = attendees(FieldCatalog::Preset::Rooming);
        rooming.delegation = QStringLiteral("Cities4Cities Paris");
        QCOMPARE(column(exportRows(rooming), QStringLiteral("sharing_with")),
            (QStringList { QString(), QStringLiteral("Olena Savchuk"), QString() }));
    }

    void sensitiveFieldsOnlyWhenNamed()
    {
        ExportRequest request;
        request.table = EntityKind::Contact;
        request.header = HeaderStyle::Ids;
        QList<QStringList> rows = exportRows(request);
        QCOMPARE(rows.constFirst(), FieldCatalog::ids(EntityKind::Contact));
        for (const QStringList &row : rows)
            QVERIFY(!row.contains(QStringLiteral("FA123456")));
        request.columns = split("family_name, passport_number, date_of_birth");
        rows = exportRows(request);
        QCOMPARE(rows.constFirst(), request.columns);
        QCOMPARE(rows.at(1),
            (QStringList { QStringLiteral("Савчук"), QStringLiteral("FA123456"),
                QStringLiteral("1980-01-02") }));
        // A preset with one sensitive field named beside it.
        ExportRequest visa = attendees(FieldCatalog::Preset::Visa);
        visa.delegation = QStringLiteral("Cities4Cities Paris");
        visa.columns = QStringList { QStringLiteral("passport_number") };
        rows = exportRows(visa);
        QCOMPARE(rows.constFirst(),
            FieldCatalog::presetFields(FieldCatalog::Preset::Visa) + visa.columns);
        QCOMPARE(column(rows, QStringLiteral("passport_number")),
            (QStringList { QStringLiteral("FA123456"), QString(), QString() }));
    }

    void valuesFollowTheConventions()
    {
        ExportRequest request;
        request.table = EntityKind::Contact;
        request.header = HeaderStyle::Labels;
        request.columns = split("family_name, phone, consent_public_list, notes");
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvExport exporter(*m_db);
        QVERIFY(exporter.write(request, &buffer, nullptr));
        QCOMPARE(exporter.rowsWritten(), 4);
        const QList<QStringList> rows = readCsv(bytes);
        QCOMPARE(rows.constFirst(),
            (QStringList { QStringLiteral("Family name"), QStringLiteral("Phone"),
                QStringLiteral("On public lists"), QStringLiteral("Notes") }));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("+380 44 123 45 67")); // a phone number stays
        QCOMPARE(rows.at(1).at(2), QStringLiteral("yes"));
        QCOMPARE(rows.at(2).at(2), QStringLiteral("no"));
        QCOMPARE(rows.at(1).at(3),
            QStringLiteral("'=HYPERLINK(\"http://example.org\",\"x\")")); // guarded
        QCOMPARE(rows.at(2).at(3), QStringLiteral("рядок 1\nрядок 2, з комою і \"лапками\""));
        QVERIFY(bytes.contains(
            QStringLiteral("\"рядок 1\nрядок 2, з комою і \"\"лапками\"\"\"").toUtf8()));
        // Without the guard the formula is written as it is.
        request.csv.formulaGuard = false;
        QCOMPARE(column(exportRows(request), QStringLiteral("Notes")).constFirst(),
            QStringLiteral("=HYPERLINK(\"http://example.org\",\"x\")"));
    }

    void aFileIsWrittenWholeOrNotAtAll()
    {
        CsvExport exporter(*m_db);
        ExportRequest request = attendees(FieldCatalog::Preset::Badges);
        const QString good = m_dir.filePath(QStringLiteral("badges.csv"));
        QString error;
        QVERIFY2(exporter.writeFile(request, good, &error), qPrintable(error));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(readCsv(file.readAll()).size(), 1 + 5);
        file.close();

        // A folder that cannot hold files: nothing is left, and the message names the file.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile plain(blocker);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString impossible = blocker + QStringLiteral("/list.csv");
        QVERIFY(!exporter.writeFile(request, impossible, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(impossible)), qPrintable(error));
        QVERIFY(!QFile::exists(impossible));

        // A failed export leaves an earlier file as it was.
        ExportRequest wrong = request;
        wrong.columns = QStringList { QStringLiteral("shoe_size") };
        QVERIFY(!exporter.writeFile(wrong, good, &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(readCsv(file.readAll()).size(), 1 + 5);
    }

    void aFullDeviceIsReported()
    {
        FullDevice device;
        CsvExport exporter(*m_db);
        QString error;
        QVERIFY(!exporter.write(attendees(FieldCatalog::Preset::Full), &device, &error));
        QVERIFY2(error.contains(QStringLiteral("No space")), qPrintable(error));
    }

    void otherTablesExport()
    {
        for (EntityKind table : FieldCatalog::tables()) {
            ExportRequest request;
            request.table = table;
            request.columns = FieldCatalog::ids(table, true);
            bool ok = false;
            QString error;
            const QList<QStringList> rows = exportRows(request, &ok, &error);
            QVERIFY2(ok, qPrintable(Entity::id(table) + QStringLiteral(": ") + error));
            QCOMPARE(rows.constFirst().size(), request.columns.size());
        }
    }

    // The contacts list as the window shows it: filtered by what was typed (Jean-Pierre Lefèvre
    // does not match "s"), sorted by family name descending in Ukrainian order, three columns in
    // the order of the view, the community as the list shows it (a hromada by its centre).
    void aListIsExportedAsShown()
    {
        storage::ListSource shown(*m_db, EntityKind::Contact);
        shown.setFilter(QStringLiteral("s"));
        shown.setSort(shown.columnIndex(QStringLiteral("family_name")), Qt::DescendingOrder);
        const ShownList list = ShownList::of(shown, split("family_name, community, given_name"));
        QCOMPARE(list.sortColumnId, QStringLiteral("family_name"));
        QCOMPARE(list.filter, QStringLiteral("s"));

        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvExport exporter(*m_db);
        QString error;
        QVERIFY2(
            exporter.writeList(list, HeaderStyle::Labels, CsvWriter::Options(), &buffer, &error),
            qPrintable(error));
        const QList<QStringList> rows = readCsv(bytes);
        QCOMPARE(rows.constFirst(),
            (QStringList { QStringLiteral("Family name"), QStringLiteral("Community"),
                QStringLiteral("Given name") }));
        QCOMPARE(rows.mid(1),
            (QList<QStringList> { { QStringLiteral("Шевчук"), QStringLiteral("Franconville"),
                                      QStringLiteral("Ірина") },
                { QStringLiteral("Савчук"), QStringLiteral("Корюківка"), QStringLiteral("Олена") },
                { QStringLiteral("Коваленко"), QStringLiteral("Franconville"),
                    QStringLiteral("Тарас") } }));

        // Members of one delegation (a restricted list), by ids, in the natural order.
        ShownList members;
        members.kind = EntityKind::Member;
        members.conditions = { { QStringLiteral("delegation_id"), m_seeded.lviv } };
        members.columnIds = split("name, status");
        bytes.clear();
        buffer.seek(0);
        QVERIFY2(
            exporter.writeList(members, HeaderStyle::Ids, CsvWriter::Options(), &buffer, &error),
            qPrintable(error));
        QCOMPARE(readCsv(bytes),
            (QList<QStringList> { { QStringLiteral("name"), QStringLiteral("status") },
                { QStringLiteral("Jean-Pierre Lefèvre"), QStringLiteral("confirmed") },
                { QStringLiteral("Олена Савчук"), QStringLiteral("declined") } }));

        // A list column that does not exist is named.
        ShownList wrong = list;
        wrong.columnIds = QStringList { QStringLiteral("shoe_size") };
        QVERIFY(
            !exporter.writeList(wrong, HeaderStyle::Ids, CsvWriter::Options(), &buffer, &error));
        QVERIFY(error.contains(QStringLiteral("shoe_size")));
    }

    // More rows than a page of a shown list: every row once, in order.
    void aLongListIsReadPageByPage()
    {
        QTemporaryDir dir;
        storage::Database::Error openError;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("long.sqlite")), &openError);
        QVERIFY(db);
        {
            storage::Transaction transaction(db->connection());
            storage::ContactRepository contacts(*db);
            for (int i = 0; i < 2500; ++i) {
                Contact c;
                c.familyName = QStringLiteral("Person %1").arg(i, 5, 10, QLatin1Char('0'));
                QVERIFY(contacts.insert(c));
            }
            QVERIFY(transaction.commit());
        }
        ShownList list;
        list.kind = EntityKind::Contact;
        list.sortColumnId = QStringLiteral("family_name");
        list.sortOrder = Qt::DescendingOrder;
        list.columnIds = QStringList { QStringLiteral("family_name") };
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        CsvExport exporter(*db);
        QVERIFY(exporter.writeList(list, HeaderStyle::Ids, CsvWriter::Options(), &buffer, nullptr));
        QCOMPARE(exporter.rowsWritten(), 2500);
        const QList<QStringList> rows = readCsv(bytes);
        QCOMPARE(rows.size(), 2501);
        QCOMPARE(rows.at(1).constFirst(), QStringLiteral("Person 02499"));
        QCOMPARE(rows.constLast().constFirst(), QStringLiteral("Person 00000"));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
