#include "Gazetteer.h"

#include "domain/TextNormaliser.h"
#include "domain/Transliteration.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QStringTokenizer>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>

namespace dd::exchange {
namespace {

Q_LOGGING_CATEGORY(lcGazetteer, "dd.gazetteer")

const QString ukraine = QStringLiteral("UA");
const QString france = QStringLiteral("FR");
const QString hromada = QStringLiteral("hromada");
const QString commune = QStringLiteral("commune");

// Reads a tab-separated resource (resources/gazetteer/derive_compact.py writes them): checks
// its header, then hands each row's fields to take (the views live during the call only).
using Fields = QVarLengthArray<QStringView, 8>;
bool readTable(const QString &name, const QStringList &header,
               const std::function<void(const Fields &)> &take, QString *error)
{
    QFile file(QStringLiteral(":/gazetteer/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    bool first = true;
    Fields fields;
    for (const QStringView line : QStringTokenizer(text, u'\n', Qt::SkipEmptyParts)) {
        fields.clear();
        for (const QStringView field : QStringTokenizer(line, u'\t'))
            fields.append(field);
        if (first) {
            first = false;
            if (!std::equal(fields.cbegin(), fields.cend(), header.cbegin(), header.cend())) {
                *error = QStringLiteral("%1: unexpected header").arg(name);
                return false;
            }
            continue;
        }
        if (fields.size() != header.size()) {
            *error = QStringLiteral("%1: a row has %2 fields, not %3")
                         .arg(name).arg(fields.size()).arg(header.size());
            return false;
        }
        take(fields);
    }
    return true;
}

// The adjective of a hromada's full name, from its centre's category.
QString typeAdjective(QStringView centreType)
{
    if (centreType == u"місто")
        return QStringLiteral("міська");
    if (centreType == u"селище")
        return QStringLiteral("селищна");
    return QStringLiteral("сільська");
}

// How many people a place has, for ranking equal matches: a commune's legal population. The
// codifier has no population, so a hromada gets a rough stand-in by its centre's category (a
// town's hromada has some tens of thousands, a village's some thousands). Only the order uses
// it; it is never shown or stored.
qint64 weightOfHromada(QStringView centreType)
{
    if (centreType == u"місто")
        return 20000;
    return centreType == u"селище" ? 8000 : 5000;
}

} // namespace

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer gazetteer; // C++11: initialised once, other threads wait for it
    return gazetteer;
}

Gazetteer::Gazetteer()
{
    m_entries.reserve(1772 + 34969); // this edition's counts; a later one only grows the list
    m_weights.reserve(size_t(m_entries.capacity()));
    loadUkraine();
    loadFrance();
    buildIndex();
    if (!m_error.isEmpty())
        qCWarning(lcGazetteer) << m_error;
}

int Gazetteer::count(const QString &kind) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [&kind](const GazetteerEntry &entry) { return entry.kind == kind; }));
}

void Gazetteer::loadUkraine()
{
    QHash<QString, QString> fullRegionName; // "Київська" → "Київська область"
    QString crimea;
    QHash<QString, QString> raions; // "Корюківський" → "Корюківський район", shared
    const bool read = readTable(
        QStringLiteral("ua-regions.tsv"),
        { QStringLiteral("katottg"), QStringLiteral("name_uk"), QStringLiteral("full_name_uk") },
        [&](const Fields &row) {
            fullRegionName.insert(row.at(1).toString(), row.at(2).toString());
            if (row.at(0) == u"UA01000000000013043")
                crimea = row.at(1).toString();
        },
        &m_error)
        && readTable(
            QStringLiteral("ua-hromadas.tsv"),
            { QStringLiteral("katottg"), QStringLiteral("name_uk"), QStringLiteral("oblast_uk"),
              QStringLiteral("raion_uk"), QStringLiteral("center_uk"), QStringLiteral("center_type_uk") },
            [&](const Fields &row) {
                GazetteerEntry entry;
                entry.country = ukraine;
                entry.kind = hromada;
                entry.officialCode = row.at(0).toString();
                entry.shortName = row.at(1).toString();
                entry.name = entry.shortName + u' ' + typeAdjective(row.at(5))
                    + QStringLiteral(" територіальна громада");
                entry.nameLatin = Transliteration::ukrainianToLatin(entry.name);
                const QString oblast = row.at(2).toString();
                entry.region = fullRegionName.value(oblast, oblast);
                QString &raion = raions[row.at(3).toString()];
                if (raion.isEmpty())
                    raion = row.at(3) + QStringLiteral(" район");
                entry.subregion = raion;
                entry.centre = row.at(4).toString();
                entry.occupiedCrimea = oblast == crimea;
                m_entries.append(std::move(entry));
                m_weights.push_back(weightOfHromada(row.at(5)));
            },
            &m_error);
    Q_UNUSED(read) // m_error says what went wrong
}

void Gazetteer::loadFrance()
{
    QHash<QString, QString> regions;
    struct Departement {
        QString name;
        QString region;
    };
    QHash<QString, Departement> departements;
    const bool read = readTable(
        QStringLiteral("fr-regions.tsv"), { QStringLiteral("code"), QStringLiteral("name") },
        [&](const Fields &row) { regions.insert(row.at(0).toString(), row.at(1).toString()); },
        &m_error)
        && readTable(
            QStringLiteral("fr-departements.tsv"),
            { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("region_code") },
            [&](const Fields &row) {
                departements.insert(row.at(0).toString(),
                                    { row.at(1).toString(), regions.value(row.at(2).toString()) });
            },
            &m_error)
        && readTable(
            QStringLiteral("fr-communes.tsv"),
            { QStringLiteral("insee_code"), QStringLiteral("name"), QStringLiteral("departement_code"),
              QStringLiteral("postal_code"), QStringLiteral("population") },
            [&](const Fields &row) {
                GazetteerEntry entry;
                entry.country = france;
                entry.kind = commune;
                entry.officialCode = row.at(0).toString();
                entry.name = row.at(1).toString();
                entry.shortName = entry.name;
                entry.nameLatin = entry.name;
                const Departement departement = departements.value(row.at(2).toString());
                entry.subregion = departement.name;
                entry.region = departement.region;
                entry.postalCode = row.at(3).toString();
                bool ok = false;
                const qint64 population = row.at(4).toLongLong(&ok);
                if (ok)
                    entry.population = population;
                m_weights.push_back(entry.population.value_or(0));
                m_entries.append(std::move(entry));
            },
            &m_error);
    Q_UNUSED(read)
}

void Gazetteer::buildIndex()
{
    const int n = int(m_entries.size());
    // The order among entries that match equally well: Crimea's pre-2014 councils last (few
    // look for them), then larger places first, then shorter names, then the code, so that the
    // order never depends on the sort's whims.
    const std::vector<qint64> weight = std::move(m_weights);
    m_byRank.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        m_byRank[size_t(i)] = i;
    std::sort(m_byRank.begin(), m_byRank.end(), [&](int a, int b) {
        const GazetteerEntry &x = m_entries.at(a);
        const GazetteerEntry &y = m_entries.at(b);
        if (x.occupiedCrimea != y.occupiedCrimea)
            return y.occupiedCrimea;
        if (weight[size_t(a)] != weight[size_t(b)])
            return weight[size_t(a)] > weight[size_t(b)];
        if (x.shortName.size() != y.shortName.size())
            return x.shortName.size() < y.shortName.size();
        return x.officialCode < y.officialCode;
    });

    m_keys.reserve(size_t(n) * 3);
    QStringList texts;
    for (int rank = 0; rank < n; ++rank) {
        const GazetteerEntry &entry = m_entries.at(m_byRank[size_t(rank)]);
        texts.clear();
        auto add = [&](const QString &text, Match match) {
            const QString key = TextNormaliser::searchForm(text);
            if (key.isEmpty() || texts.contains(key))
                return;
            texts.append(key);
            m_keys.push_back({ key, rank, match });
        };
        if (entry.kind == hromada) {
            // What people write: "Корюківська", "Корюківська громада", "Корюківська міська
            // громада", the full name, the centre; and each in passport Latin.
            const QString typeWord = entry.name.section(u' ', 1, 1);
            const QStringList names = {
                entry.shortName,
                entry.shortName + QStringLiteral(" громада"),
                entry.shortName + u' ' + typeWord + QStringLiteral(" громада"),
                entry.name,
                entry.centre,
            };
            for (const QString &name : names) {
                add(name, Match::Name);
                add(Transliteration::ukrainianToLatin(name), Match::Name);
            }
            add(entry.officialCode, Match::Code);
            add(entry.officialCode.mid(2), Match::Code); // the digits without "UA"
        } else {
            add(entry.name, Match::Name);
            add(entry.officialCode, Match::Code);
        }
    }
    std::sort(m_keys.begin(), m_keys.end(), [](const Key &a, const Key &b) {
        return a.text < b.text;
    });
}

QList<GazetteerEntry> Gazetteer::complete(QStringView typed, int limit) const
{
    const QString prefix = TextNormaliser::searchForm(typed);
    if (prefix.isEmpty() || limit <= 0 || m_keys.empty())
        return {};
    // Every key with the prefix, as one number that sorts the hits by how well they match
    // (tier 0 exact, 1 a name's prefix, 2 a code's prefix), then by the entry's rank, or for a
    // code by the code itself (91471, 91473, 91477...: whoever types a code reads codes).
    std::vector<quint64> hits;
    const auto first = std::lower_bound(m_keys.cbegin(), m_keys.cend(), prefix,
                                        [](const Key &k, const QString &text) { return k.text < text; });
    for (auto key = first; key != m_keys.cend() && key->text.startsWith(prefix); ++key) {
        const quint64 tier = key->text.size() == prefix.size() ? 0 : key->match == Match::Name ? 1 : 2;
        const quint64 order = tier == 2 ? quint64(key - first) : quint64(key->rank);
        hits.push_back(tier << 48 | order << 24 | quint64(key->rank));
    }
    std::sort(hits.begin(), hits.end());

    QList<GazetteerEntry> result;
    std::vector<int> taken; // an entry matched by several keys is listed at its best
    for (const quint64 hit : hits) {
        const int rank = int(hit & 0xFFFFFF);
        if (std::find(taken.cbegin(), taken.cend(), rank) != taken.cend())
            continue;
        taken.push_back(rank);
        result.append(m_entries.at(m_byRank[size_t(rank)]));
        if (result.size() == limit)
            break;
    }
    return result;
}

const GazetteerEntry *Gazetteer::byCode(const QString &code) const
{
    const QString text = TextNormaliser::searchForm(code);
    if (text.isEmpty())
        return nullptr;
    auto key = std::lower_bound(m_keys.cbegin(), m_keys.cend(), text,
                                [](const Key &k, const QString &t) { return k.text < t; });
    for (; key != m_keys.cend() && key->text == text; ++key) {
        const GazetteerEntry &entry = m_entries.at(m_byRank[size_t(key->rank)]);
        if (key->match == Match::Code && entry.officialCode.compare(code, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace dd::exchange
