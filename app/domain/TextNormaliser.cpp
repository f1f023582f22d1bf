#include "TextNormaliser.h"

#include <QChar>

#include <array>
#include <utility>

// One pass over the text, character by character, with no regular expression and one allocation
// (the result). ASCII goes through a 128-entry table; other characters are case folded with
// QChar's simple folding and stripped of accents through a table of canonical decompositions
// (what NFD does to each character) built once, on first use. Doing it per character rather than
// calling QString::normalized() on the whole text spares a second copy of every string, which
// matters on imports of a million rows; the result is the same as NFD followed by dropping the
// accent marks, because canonical reordering only moves marks that are dropped anyway.

namespace dd::TextNormaliser {
namespace {

enum class Form { Normalised, Search };

// Codes in the ASCII tables that are not characters to write.
constexpr char16_t kSpace = 0xFFFF; // starts or continues a run of white space
constexpr char16_t kDrop = 0xFFFE;  // written as nothing

constexpr std::array<char16_t, 128> asciiTable(Form form)
{
    std::array<char16_t, 128> table {};
    for (int c = 0; c < 128; ++c) {
        const bool lower = c >= 'a' && c <= 'z';
        const bool upper = c >= 'A' && c <= 'Z';
        const bool digit = c >= '0' && c <= '9';
        if (upper)
            table[c] = char16_t(c - 'A' + 'a');
        else if (lower || digit)
            table[c] = char16_t(c);
        else if (c == ' ' || (c >= '\t' && c <= '\r'))
            table[c] = kSpace;
        else if (c == '\'' || c == '`')
            table[c] = form == Form::Normalised ? u'\'' : kDrop;
        else
            table[c] = form == Form::Normalised ? char16_t(c) : kSpace;
    }
    return table;
}

constexpr std::array<char16_t, 128> kAsciiNormalised = asciiTable(Form::Normalised);
constexpr std::array<char16_t, 128> kAsciiSearch = asciiTable(Form::Search);

// The combining marks that are accents: the generic diacritic blocks and the Cyrillic titlo and
// its kin. Marks of other scripts (Devanagari vowel signs, Hebrew points…) are part of the
// letter and are kept.
constexpr bool isAccentMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489)
        || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
        || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

// ' ’ ʼ ‘ ` ´: the Ukrainian apostrophe as people actually type it.
constexpr bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == u'`' || c == 0x00B4;
}

// ‐ ‑ ‒ – — ― and the minus sign.
constexpr bool isDash(char32_t c)
{
    return (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// Letters whose diacritic makes them a letter of their own in Ukrainian (й, ї) or in the
// neighbouring Cyrillic alphabets people write in (ё, ў): an accent-blind match must not turn
// "Київ" into "киів" or "Йосип" into "Иосип".
constexpr bool keepsItsMark(char32_t c)
{
    switch (c) {
    case 0x0419: case 0x0439: // Й й
    case 0x0407: case 0x0457: // Ї ї
    case 0x0401: case 0x0451: // Ё ё
    case 0x040E: case 0x045E: // Ў ў
        return true;
    default:
        return false;
    }
}

// The decomposed input that makes one of those letters again (macOS file names, some PDFs):
// the letter before the mark, folded, and the mark.
char16_t recomposed(char16_t base, char32_t mark)
{
    if (mark == 0x0306 && base == u'и')
        return u'й';
    if (mark == 0x0306 && base == u'у')
        return u'ў';
    if (mark == 0x0308 && base == u'і')
        return u'ї';
    if (mark == 0x0308 && base == u'е')
        return u'ё';
    return 0;
}

// Accents are stripped through a table for U+00C0..U+1FFF: Latin-1, Latin Extended A and B,
// IPA, Greek, Cyrillic, Latin Extended Additional (Vietnamese) and Greek Extended. Outside it
// (Hangul syllables, for one) a canonical decomposition is not an accent and is left alone.
constexpr char32_t kStripFirst = 0x00C0;
constexpr char32_t kStripEnd = 0x2000;

char32_t baseLetterOf(char32_t c)
{
    if (keepsItsMark(c))
        return c;
    char32_t base = c;
    for (int depth = 0; depth < 4; ++depth) {
        if (QChar::decompositionTag(base) != QChar::Canonical)
            break;
        const QString parts = QChar::decomposition(base);
        if (parts.isEmpty() || parts.front().isSurrogate())
            break;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (!isAccentMark(parts.at(i).unicode()))
                return base; // a nukta or the like: part of the letter
        }
        base = parts.front().unicode();
    }
    return base;
}

const std::array<char16_t, kStripEnd - kStripFirst> &stripTable()
{
    // Built once, thread-safely (imports fold text on worker threads): about 8,000 look-ups.
    static const auto table = [] {
        std::array<char16_t, kStripEnd - kStripFirst> t {};
        for (char32_t c = kStripFirst; c < kStripEnd; ++c)
            t[c - kStripFirst] = char16_t(baseLetterOf(c));
        return t;
    }();
    return table;
}

char32_t withoutAccent(char32_t c)
{
    if (c < kStripFirst || c >= kStripEnd)
        return c;
    return stripTable()[c - kStripFirst];
}

// Letters with no decomposition that people nonetheless read as a base letter plus something,
// and expect to find without typing the something: German ß, French œ æ, Polish ł, Danish ø,
// Croatian đ, Maltese ħ, Turkish ı, Sami ŧ, and the typographic ligatures of PDFs.
// Returns the replacement, or nullptr when the letter stays as it is.
const char16_t *spelledOut(char32_t c)
{
    switch (c) {
    case 0x00DF: return u"ss";
    case 0x00E6: return u"ae";
    case 0x0153: return u"oe";
    case 0x0142: return u"l";
    case 0x00F8: return u"o";
    case 0x0111: return u"d";
    case 0x0127: return u"h";
    case 0x0131: return u"i";
    case 0x0167: return u"t";
    case 0xFB00: return u"ff";
    case 0xFB01: return u"fi";
    case 0xFB02: return u"fl";
    case 0xFB03: return u"ffi";
    case 0xFB04: return u"ffl";
    default: return nullptr;
    }
}

// The result, written through a pointer into a string sized once for the usual case (one
// character out for each one in); only the spelled-out letters above can make it grow.
class Writer
{
public:
    explicit Writer(qsizetype sizeHint)
    {
        m_text.resize(sizeHint + 4);
        m_data = m_text.data();
    }

    void space() { m_pendingSpace = true; }

    void put(char16_t c)
    {
        reserve(3); // a space, this character and, for a surrogate pair, its second half
        if (m_pendingSpace && m_size > 0)
            m_data[m_size++] = QLatin1Char(' ');
        m_pendingSpace = false;
        m_data[m_size++] = QChar(c);
    }

    void put(char32_t c)
    {
        if (!QChar::requiresSurrogates(c)) {
            put(char16_t(c));
            return;
        }
        put(QChar::highSurrogate(c));
        m_data[m_size++] = QChar(QChar::lowSurrogate(c)); // put() reserved room for it
    }

    void put(const char16_t *text)
    {
        for (; *text; ++text)
            put(*text);
    }

    // The last character written, when nothing (not even a space) is waiting to follow it.
    char16_t last() const
    {
        return m_size > 0 && !m_pendingSpace ? m_data[m_size - 1].unicode() : 0;
    }
    void replaceLast(char16_t c) { m_data[m_size - 1] = QChar(c); }

    QString take()
    {
        m_text.truncate(m_size);
        return std::move(m_text);
    }

private:
    void reserve(qsizetype room)
    {
        if (m_size + room <= m_text.size())
            return;
        m_text.resize(m_text.size() * 2 + room);
        m_data = m_text.data();
    }

    QString m_text;
    QChar *m_data = nullptr;
    qsizetype m_size = 0;
    bool m_pendingSpace = false;
};

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

QString fold(QStringView text, Form form)
{
    const std::array<char16_t, 128> &ascii =
        form == Form::Normalised ? kAsciiNormalised : kAsciiSearch;
    Writer out(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80) {
            const char16_t c = ascii[unit];
            if (c == kSpace)
                out.space();
            else if (c != kDrop)
                out.put(c);
            continue;
        }

        char32_t c = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(unit, text[++i].unicode());

        if (isAccentMark(c)) {
            if (const char16_t letter = recomposed(out.last(), c))
                out.replaceLast(letter);
            continue;
        }
        if (isApostrophe(c)) {
            if (form == Form::Normalised)
                out.put(u'\'');
            continue;
        }
        if (isDash(c)) {
            if (form == Form::Normalised)
                out.put(u'-');
            else
                out.space();
            continue;
        }
        if (QChar::isSpace(c)) {
            out.space();
            continue;
        }
        if (QChar::category(c) == QChar::Other_Format)
            continue; // soft hyphen, zero-width space, byte order mark, direction marks

        char32_t folded = QChar::toCaseFolded(c);
        const char32_t base = withoutAccent(folded);
        if (base != folded)
            folded = QChar::toCaseFolded(base); // İ is folded only once its dot is gone
        if (const char16_t *letters = spelledOut(folded)) {
            out.put(letters);
            continue;
        }
        if (form == Form::Search && !isWordCharacter(folded)) {
            out.space();
            continue;
        }
        out.put(folded);
    }
    return out.take();
}

} // namespace

QString normalise(QStringView text)
{
    return fold(text, Form::Normalised);
}

QString searchForm(QStringView text)
{
    return fold(text, Form::Search);
}

} // namespace dd::TextNormaliser
