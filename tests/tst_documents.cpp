// The printed documents, read back as a user's PDF viewer reads them: the text Poppler extracts
// from each page of the generated file. Names in both scripts, one badge per selected member,
// pages growing with the members, the table header on every page, fonts embedded; and the data
// gathering behind them (grouping, the sensitive fields only in letters, badges marked printed).

#include "DocumentFixture.h"
#include "documents/Documents.h"
#include "exchange/DocumentData.h"
#include "storage/BadgeMarks.h"
#include "storage/ExportCursor.h"

#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <poppler-qt6.h>

using namespace dd;
using exchange::DocumentKind;
using exchange::DocumentSource;

namespace {

struct Pdf {
    int pages = 0;
    QStringList pageTexts;
    bool fontsEmbedded = false;
    QString all() const { return pageTexts.join(QLatin1Char('\n')); }
};

Pdf readPdf(const QString &path)
{
    Pdf pdf;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document || document->isLocked())
        return pdf;
    pdf.pages = document->numPages();
    for (int i = 0; i < pdf.pages; ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        // NFKC: the "fi" ligature DejaVu sets is read back as U+FB01.
        pdf.pageTexts.append(
            page ? page->text(QRectF()).normalized(QString::NormalizationForm_KC) : QString());
    }
    const QList<Poppler::FontInfo> fonts = document->fonts();
    pdf.fontsEmbedded = !fonts.isEmpty();
    for (const Poppler::FontInfo &font : fonts)
        pdf.fontsEmbedded = pdf.fontsEmbedded && font.isEmbedded();
    return pdf;
}

// Poppler may break a line inside a wrapped cell anywhere: compare without white space.
QString squeezed(QString text)
{
    // Poppler drops a hyphen where a line breaks after it.
    text.remove(QRegularExpression(QStringLiteral("[\\s-]+")));
    return text;
}

// A long name that wraps in its table cell or on its badge is read back line by line, mixed
// with the neighbouring cells: each of its parts must be there, none cut off.
bool hasWhole(const QString &text, const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('-'));
    return std::all_of(
        parts.cbegin(), parts.cend(), [&text](const QString &part) { return text.contains(part); });
}

} // namespace

class TestDocuments : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_small;
    std::unique_ptr<storage::Database> m_large;
    doctest::Seeded m_smallSeed;
    doctest::Seeded m_largeSeed;

    exchange::DocumentData gather(storage::Database &db, const doctest::Seeded &seed,
        DocumentKind kind, const QStringList &members = {})
    {
        DocumentSource::Request request;
        request.kind = kind;
        request.delegationId = seed.delegation;
        request.memberUids = members;
        request.preset = exchange::FieldCatalog::Preset::Public;
        QString error;
        const std::optional<exchange::DocumentData> data
            = DocumentSource(db).gather(request, &error);
        if (!data)
            qWarning("%s", qPrintable(error));
        return data.value_or(exchange::DocumentData {});
    }

    Pdf write(const exchange::DocumentData &data, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!documents::writePdf(data, path, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return readPdf(path);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // To look at the documents: DD_KEEP_DOCUMENTS=1 keeps them and says where.
        if (qEnvironmentVariableIsSet("DD_KEEP_DOCUMENTS")) {
            m_dir.setAutoRemove(false);
            qInfo("Documents kept in %s", qPrintable(m_dir.path()));
        }
        storage::Database::Error error;
        m_small = storage::Database::open(m_dir.filePath(QStringLiteral("small.sqlite")), &error);
        QVERIFY2(m_small, qPrintable(error.message));
        QVERIFY(doctest::seed(*m_small, 0, &m_smallSeed));
        m_large = storage::Database::open(m_dir.filePath(QStringLiteral("large.sqlite")), &error);
        QVERIFY2(m_large, qPrintable(error.message));
        QVERIFY(doctest::seed(*m_large, 60, &m_largeSeed));
    }

    void attendeeListGroupsByCommunity()
    {
        const exchange::DocumentData data = gather(*m_small, m_smallSeed, DocumentKind::Attendees);
        QCOMPARE(data.groups.size(), 3);
        QStringList headings;
        for (const exchange::MemberGroup &group : data.groups)
            headings.append(group.heading);
        // Latin before Cyrillic, Ко before Чу.
        QCOMPARE(headings,
            (QStringList { QStringLiteral("Château-Thierry"), QStringLiteral("Корюківська громада"),
                QStringLiteral("Чугуївська громада") }));
        QCOMPARE(data.columns,
            exchange::FieldCatalog::presetFields(exchange::FieldCatalog::Preset::Public));
        QCOMPARE(data.memberUids().size(), m_smallSeed.memberUids.size());
    }

    void attendeeListShowsBothScripts()
    {
        DocumentSource::Request request;
        request.kind = DocumentKind::Attendees;
        request.delegationId = m_smallSeed.delegation;
        request.preset = exchange::FieldCatalog::Preset::Badges; // native and Latin names
        QString error;
        const auto data = DocumentSource(*m_small).gather(request, &error);
        QVERIFY2(data, qPrintable(error));
        const Pdf pdf = write(*data, QStringLiteral("attendees.pdf"));
        QVERIFY(pdf.pages >= 1);
        QVERIFY(pdf.fontsEmbedded);
        const QString text = pdf.all();
        for (const char *name : { "Савчук", "Savchuk", "Єрмоленко", "Yermolenko", "Lefèvre",
                 "Château-Thierry", "Корюківська громада" })
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);
        QVERIFY(hasWhole(text, doctest::longFamilyName()));
    }

    void pagesGrowAndHeaderRepeats()
    {
        const Pdf small = write(
            gather(*m_small, m_smallSeed, DocumentKind::Attendees), QStringLiteral("small.pdf"));
        const Pdf large = write(
            gather(*m_large, m_largeSeed, DocumentKind::Attendees), QStringLiteral("large.pdf"));
        QCOMPARE(small.pages, 1);
        QVERIFY2(large.pages >= 2, qPrintable(QString::number(large.pages)));
        const QString familyLabel
            = exchange::FieldCatalog::field(EntityKind::Member, QStringLiteral("family_name"))
                  ->label();
        for (int i = 0; i < large.pages; ++i) {
            const QString &page = large.pageTexts.at(i);
            QVERIFY2(page.contains(familyLabel),
                qPrintable(QStringLiteral("page %1 has no header").arg(i + 1)));
            QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(large.pages)));
        }
        // Every member is on some page, the last one too.
        QVERIFY(large.all().contains(QStringLiteral("Іваненко 60")));
    }

    void groupHeadingStaysWithItsMembers()
    {
        // Eighty communities of one member each: wherever a page ends, a community's heading
        // is on the same page as its member.
        exchange::DocumentData data;
        data.kind = DocumentKind::Attendees;
        data.title = QStringLiteral("Attendee list");
        data.delegationName = QStringLiteral("Many communities");
        data.columns = { QStringLiteral("family_name"), QStringLiteral("position") };
        data.columnLabels = { QStringLiteral("Family name"), QStringLiteral("Position") };
        for (int i = 1; i <= 80; ++i) {
            exchange::DocumentMember member;
            member.values.insert(QStringLiteral("uid"), QString::number(i));
            member.values.insert(QStringLiteral("family_name"), QStringLiteral("Member%1x").arg(i));
            member.values.insert(QStringLiteral("position"), QStringLiteral("Mayor"));
            data.groups.append({ QStringLiteral("Community%1x").arg(i), { member } });
        }
        const Pdf pdf = write(data, QStringLiteral("many-groups.pdf"));
        QVERIFY(pdf.pages >= 3);
        for (int i = 1; i <= 80; ++i) {
            const QString heading = QStringLiteral("Community%1x").arg(i);
            const QString member = QStringLiteral("Member%1x").arg(i);
            int headingPage = -1;
            int memberPage = -1;
            for (int page = 0; page < pdf.pages; ++page) {
                if (pdf.pageTexts.at(page).contains(heading))
                    headingPage = page;
                if (pdf.pageTexts.at(page).contains(member))
                    memberPage = page;
            }
            QVERIFY2(headingPage >= 0 && headingPage == memberPage, qPrintable(heading));
        }
    }

    void rendersOnAPrinter()
    {
        // The print preview and the printer get a QPrinter at its own resolution, not the
        // PDF writer's: the same pages come out.
        const exchange::DocumentData data = gather(*m_large, m_largeSeed, DocumentKind::Attendees);
        const Pdf viaWriter = write(data, QStringLiteral("writer.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
        printer.setOutputFileName(path);
        QString error;
        QVERIFY2(documents::render(data, &printer, &error), qPrintable(error));
        const Pdf viaPrinter = readPdf(path);
        QCOMPARE(viaPrinter.pages, viaWriter.pages);
        QVERIFY(viaPrinter.all().contains(QStringLiteral("Іваненко 60")));
        QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    }

    void badgesOnePerSelectedMember_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("selected");
        QTest::addColumn<int>("pages");
        QTest::newRow("A6, 3") << int(exchange::BadgeLayout::A6) << 3 << 3;
        QTest::newRow("4 per A4, 5") << int(exchange::BadgeLayout::FourPerA4) << 5 << 2;
        QTest::newRow("4 per A4, all 6") << int(exchange::BadgeLayout::FourPerA4) << 0 << 2;
    }

    void badgesOnePerSelectedMember()
    {
        QFETCH(int, layout);
        QFETCH(int, selected);
        QFETCH(int, pages);
        const QStringList chosen
            = selected ? m_smallSeed.memberUids.mid(0, selected) : QStringList();
        exchange::DocumentData data = gather(*m_small, m_smallSeed, DocumentKind::Badges, chosen);
        data.badgeLayout = exchange::BadgeLayout(layout);
        const int expected = selected ? selected : int(m_smallSeed.memberUids.size());
        QCOMPARE(data.members.size(), expected);
        const Pdf pdf = write(data, QStringLiteral("badges-%1-%2.pdf").arg(layout).arg(selected));
        QCOMPARE(pdf.pages, pages);
        // Each badge carries the event's name once.
        QCOMPARE(squeezed(pdf.all()).count(QStringLiteral("Congrèsdesmairesde")), expected);
        QVERIFY(pdf.all().contains(QStringLiteral("Olena Savchuk")));
        QVERIFY(pdf.all().contains(QStringLiteral("Олена Савчук")));
        if (selected == 0 || selected > 4)
            QVERIFY(hasWhole(pdf.all(), doctest::longFamilyName()));
        else
            QVERIFY(!pdf.all().contains(QStringLiteral("Tkachenko")));
    }

    void badgesMarkedPrinted()
    {
        const QStringList chosen = m_smallSeed.memberUids.mid(0, 2);
        storage::BadgeMarks marks(*m_small);
        QVERIFY2(marks.markPrinted(chosen), qPrintable(marks.lastError()));
        DocumentSource::Request request;
        request.kind = DocumentKind::Badges;
        request.delegationId = m_smallSeed.delegation;
        request.unprintedOnly = true;
        QString error;
        const auto data = DocumentSource(*m_small).gather(request, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->members.size(), m_smallSeed.memberUids.size() - 2);
        // An unknown uid changes nothing.
        QVERIFY(
            !marks.markPrinted({ m_smallSeed.memberUids.last(), QStringLiteral("no-such-uid") }));
        QVERIFY(marks.lastError().contains(QStringLiteral("no-such-uid")));
        const auto again = DocumentSource(*m_small).gather(request, &error);
        QCOMPARE(again->members.size(), m_smallSeed.memberUids.size() - 2);
    }

    void programmeByDay()
    {
        const exchange::DocumentData data = gather(*m_small, m_smallSeed, DocumentKind::Programme);
        QCOMPARE(data.meetingCount(), 4);
        QCOMPARE(data.days.size(), 3); // 18 and 19 November, and "time not set"
        QCOMPARE(data.days.at(0).day, QDate(2025, 11, 18));
        QCOMPARE(data.days.at(0).meetings.at(0).startsAt.time(), QTime(9, 30));
        // 16:00 UTC is 17:00 in Paris in November.
        QCOMPARE(data.days.at(1).meetings.at(0).startsAt.time(), QTime(17, 0));
        QVERIFY(data.days.last().day.isNull());
        const Pdf pdf = write(data, QStringLiteral("programme.pdf"));
        const QString text = squeezed(pdf.all());
        for (const char *expected : { "Chuhuiv", "first meeting", "09:30–", "Зустріч делегації",
                 "Hôtel de Région", "Олена Савчук", "Visit to be fixed" })
            QVERIFY2(text.contains(squeezed(QString::fromUtf8(expected))), expected);
    }

    void roomingAndArrivals()
    {
        const exchange::DocumentData rooming = gather(*m_small, m_smallSeed, DocumentKind::Rooming);
        QCOMPARE(rooming.groups.size(), 1);
        QCOMPARE(rooming.groups.at(0).heading, QStringLiteral("Hôtel Lutetia"));
        const Pdf roomingPdf = write(rooming, QStringLiteral("rooming.pdf"));
        QVERIFY(roomingPdf.all().contains(QStringLiteral("Hôtel Lutetia")));
        QVERIFY(roomingPdf.all().contains(QStringLiteral("Shcherbak")));

        const exchange::DocumentData arrivals
            = gather(*m_small, m_smallSeed, DocumentKind::Arrivals);
        // Arrivals: two days × two places at most; departures: one group.
        int arrivalGroups = 0;
        for (const exchange::TravelGroup &group : arrivals.travel) {
            arrivalGroups += group.arrival ? 1 : 0;
            for (int i = 1; i < group.entries.size(); ++i)
                QVERIFY(group.entries.at(i - 1).at.time() <= group.entries.at(i).at.time());
        }
        QVERIFY(arrivalGroups >= 2);
        QCOMPARE(arrivals.travel.size() - arrivalGroups, 1);
        const Pdf arrivalsPdf = write(arrivals, QStringLiteral("arrivals.pdf"));
        QVERIFY(arrivalsPdf.all().contains(QStringLiteral("Gare de l'Est")));
        QVERIFY(arrivalsPdf.all().contains(QStringLiteral("TGV 9576")));
    }

    void lettersHoldPassportDetails_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Letter of invitation");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Lettre d'invitation");
    }

    void lettersHoldPassportDetails()
    {
        QFETCH(QString, language);
        QFETCH(QString, phrase);
        DocumentSource::Request request;
        request.kind = DocumentKind::Letters;
        request.delegationId = m_smallSeed.delegation;
        request.memberUids = m_smallSeed.memberUids.mid(0, 2);
        request.letter.language = language;
        request.letter.payer = QStringLiteral("Stand with Ukraine <NGO>");
        QString error;
        const auto data = DocumentSource(*m_small).gather(request, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->letters.size(), 2);
        QVERIFY(data->letters.at(0).contains(QStringLiteral("FX100000")));
        QVERIFY(data->letters.at(0).contains(QStringLiteral("&lt;NGO&gt;"))); // escaped
        QVERIFY(!data->letters.at(0).contains(QStringLiteral("{{")));
        const Pdf pdf = write(*data, QStringLiteral("letters-%1.pdf").arg(language));
        QCOMPARE(pdf.pages, 2);
        QVERIFY(pdf.pageTexts.at(0).contains(phrase));
        QVERIFY(pdf.pageTexts.at(0).contains(QStringLiteral("Olena SAVCHUK")));
        QVERIFY(pdf.pageTexts.at(1).contains(QStringLiteral("Yurii SHCHERBAK")));
        QVERIFY(pdf.pageTexts.at(1).contains(QStringLiteral("FX100001")));
    }

    void sensitiveFieldsOnlyInLetters()
    {
        const Pdf pdf = write(
            gather(*m_small, m_smallSeed, DocumentKind::Rooming), QStringLiteral("rooming2.pdf"));
        QVERIFY(!pdf.all().contains(QStringLiteral("FX1000")));
        const exchange::DocumentData badges = gather(*m_small, m_smallSeed, DocumentKind::Badges);
        QVERIFY(!badges.members.at(0).values.contains(QStringLiteral("passport_number")));
    }

    void templatePlaceholders()
    {
        const QString filled = DocumentSource::fillTemplate(
            QStringLiteral("<p>{{passport_name}} / {{ unknown }} / {{payer}}</p>"),
            { { QStringLiteral("passport_name"), QStringLiteral("Émilie LEFÈVRE") },
                { QStringLiteral("payer"), QStringLiteral("A & B") } });
        QCOMPARE(filled, QStringLiteral("<p>Émilie LEFÈVRE / {{ unknown }} / A &amp; B</p>"));
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("fr") }) {
            const QString text = DocumentSource::letterTemplate(language);
            QVERIFY(!text.isEmpty());
            for (const char *field : { "passport_name", "date_of_birth", "nationality",
                     "passport_number", "stay_from", "stay_to", "purpose", "payer" })
                QVERIFY2(text.contains(QStringLiteral("{{%1}}").arg(QLatin1String(field))), field);
        }
    }

    void unknownMemberIsAnError()
    {
        DocumentSource::Request request;
        request.kind = DocumentKind::Badges;
        request.delegationId = m_smallSeed.delegation;
        request.memberUids = { QStringLiteral("not-a-member") };
        QString error;
        QVERIFY(!DocumentSource(*m_small).gather(request, &error));
        QVERIFY(error.contains(QStringLiteral("not-a-member")));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
