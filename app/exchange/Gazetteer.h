#pragma once
// The official gazetteers the program carries (resources/gazetteer/README.md): the hromadas of
// Ukraine's KATOTTG codifier and the communes of France's INSEE COG, so that a user picks a
// community with its official code, region and centre instead of typing them. Read from the
// resources once, on first use; completion is a binary search in a sorted index of keys.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace dd::exchange {

struct GazetteerEntry {
    QString country;      // ISO 3166-1 alpha-2: "UA", "FR"
    QString kind;         // Vocab::CommunityKind: "hromada" or "commune"
    QString officialCode; // KATOTTG "UA74020010000010449" or INSEE "91477", "2A001"
    QString name;         // full: "Корюківська міська територіальна громада", "Palaiseau"
    QString shortName;    // "Корюківська", "Palaiseau"
    QString nameLatin;    // the passport transliteration of name (UA); name itself (FR)
    QString region;       // "Чернігівська область", "Île-de-France"
    QString subregion;    // "Корюківський район", "Essonne"
    QString centre;       // a hromada's administrative centre: "Корюківка"; empty for a commune
    QString postalCode;   // a commune's first postal code; empty for a hromada
    std::optional<qint64> population; // the legal population (FR); the codifier has none (UA)
    bool occupiedCrimea = false; // listed by the codifier at the level of pre-2014 councils
};

class Gazetteer
{
public:
    // The gazetteers of the program's resources, read on the first call (from any thread:
    // concurrent first calls wait for the one read).
    static const Gazetteer &instance();

    Gazetteer(const Gazetteer &) = delete;
    Gazetteer &operator=(const Gazetteer &) = delete;

    const QList<GazetteerEntry> &entries() const { return m_entries; }
    // Entries of one kind ("hromada", "commune").
    int count(const QString &kind) const;
    // What went wrong reading the resources (empty when all is well).
    QString error() const { return m_error; }

    // The entries whose name, short name, centre, their Latin forms or official code start
    // with typed, compared as TextNormaliser::searchForm (case, accents, apostrophes and
    // dashes do not matter; "Koriuk" finds Корюківська by its passport spelling). Best first:
    // exact matches, then name prefixes, then code prefixes; within each, larger places and
    // shorter names first, Crimea's pre-2014 councils last. At most limit entries.
    QList<GazetteerEntry> complete(QStringView typed, int limit) const;

    // The entry with this official code (case does not matter), or null.
    const GazetteerEntry *byCode(const QString &code) const;

private:
    Gazetteer();
    void loadUkraine();
    void loadFrance();
    void buildIndex();

    enum class Match : quint8 { Name, Code };
    struct Key {
        QString text; // searchForm of a name, or of a code
        int rank;     // the entry's position in m_byRank
        Match match;
    };

    QList<GazetteerEntry> m_entries;
    // Entry indexes in the order of their weight when they match equally well.
    std::vector<int> m_byRank;
    std::vector<Key> m_keys; // sorted by text
    std::vector<qint64> m_weights; // while loading: how many people each entry's place has
    QString m_error;
};

} // namespace dd::exchange
