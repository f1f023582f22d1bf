#include "Transliteration.h"

#include <QChar>

// The table is the one approved by resolution No. 55 of the Cabinet of Ministers of Ukraine of
// 27 January 2010 "On the ordering of the transliteration of the Ukrainian alphabet into Latin"
// (as amended): every letter is rendered on its own, є ї й ю я differ at the start of a word,
// "зг" is "zgh" so as not to read as "ж", and the soft sign and the apostrophe are not rendered.

namespace dd::Transliteration {
namespace {

// Latin for а..я (U+0430..U+044F) in the middle of a word, lower case. nullptr: not a letter of
// the Ukrainian alphabet (ъ ы э), left as it is.
constexpr const char16_t *kInner[32] = {
    u"a",  u"b",  u"v",  u"h",  u"d",  u"e",    u"zh",    u"z", // а б в г д е ж з
    u"y",  u"i",  u"k",  u"l",  u"m",  u"n",    u"o",     u"p", // и й к л м н о п
    u"r",  u"s",  u"t",  u"u",  u"f",  u"kh",   u"ts",    u"ch", // р с т у ф х ц ч
    u"sh", u"shch", nullptr, nullptr, u"", nullptr, u"iu", u"ia", // ш щ ъ ы ь э ю я
};

// The Latin for one Ukrainian letter given in lower case, or nullptr for any other character.
const char16_t *latinFor(char16_t lower, bool atWordStart, bool afterZ)
{
    switch (lower) {
    case u'є': return atWordStart ? u"ye" : u"ie";
    case u'і': return u"i";
    case u'ї': return atWordStart ? u"yi" : u"i";
    case u'ґ': return u"g";
    case u'й': return atWordStart ? u"y" : u"i";
    case u'ю': return atWordStart ? u"yu" : u"iu";
    case u'я': return atWordStart ? u"ya" : u"ia";
    case u'г': return afterZ ? u"gh" : u"h";
    default: break;
    }
    if (lower >= u'а' && lower <= u'я')
        return kInner[lower - u'а'];
    return nullptr;
}

// The lower-case form of a Ukrainian capital, or the letter itself.
char16_t lowerOf(char16_t c)
{
    if (c >= u'А' && c <= u'Я')
        return char16_t(c + (u'а' - u'А'));
    switch (c) {
    case u'Є': return u'є';
    case u'І': return u'і';
    case u'Ї': return u'ї';
    case u'Ґ': return u'ґ';
    default: return c;
    }
}

// ' ’ ʼ ‘ ` ´: the apostrophe as people type it.
bool isApostrophe(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2019 || u == 0x02BC || u == 0x2018 || u == u'`' || u == 0x00B4;
}

// A stress mark or other accent left on a letter once й and ї have been composed.
bool isAccentMark(QChar c)
{
    return c.unicode() >= 0x0300 && c.unicode() <= 0x036F;
}

bool isLetter(QChar c)
{
    return c.isLetter() && !isApostrophe(c); // ʼ (U+02BC) counts as a letter for Unicode
}

bool isCyrillicLetter(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x052F && c.isLetter();
}

// The letter before position i in the same word, seen through accents and one apostrophe
// (Знам'янка is one word); a null QChar at the start of a word.
QChar letterBefore(QStringView text, qsizetype i)
{
    qsizetype j = i - 1;
    while (j >= 0 && isAccentMark(text[j]))
        --j;
    if (j >= 0 && isApostrophe(text[j])) {
        --j;
        while (j >= 0 && isAccentMark(text[j]))
            --j;
    }
    return j >= 0 && isLetter(text[j]) ? text[j] : QChar();
}

// The letter after position i in the same word, the same way.
QChar letterAfter(QStringView text, qsizetype i)
{
    const qsizetype size = text.size();
    qsizetype j = i + 1;
    while (j < size && isAccentMark(text[j]))
        ++j;
    if (j < size && isApostrophe(text[j])) {
        ++j;
        while (j < size && isAccentMark(text[j]))
            ++j;
    }
    return j < size && isLetter(text[j]) ? text[j] : QChar();
}

// A capital whose Latin has several letters is written all in capitals inside a word written in
// capitals (ЩУКА → SHCHUKA) and capitalised otherwise (Щука → Shchuka, Я → Ya). The word's case
// is read from the next letter, or from the one before for the last letter of a word.
bool inCapitalsWord(QStringView text, qsizetype i)
{
    if (const QChar next = letterAfter(text, i); !next.isNull())
        return next.isUpper();
    const QChar previous = letterBefore(text, i);
    return !previous.isNull() && previous.isUpper();
}

void appendLatin(QString &out, const char16_t *latin, bool capital, bool allCapitals)
{
    for (bool first = true; *latin; ++latin, first = false) {
        const bool upper = capital && (first || allCapitals);
        out.append(QChar(upper ? char16_t(*latin - u'a' + u'A') : *latin));
    }
}

} // namespace

QString ukrainianToLatin(QStringView input)
{
    // Decomposed й and ї (и or і followed by a combining mark, as macOS writes file names)
    // are composed first, so that they are read as the letters they are.
    QString composed;
    QStringView text = input;
    for (const QChar c : input) {
        if (isAccentMark(c)) {
            composed = input.toString().normalized(QString::NormalizationForm_C);
            text = composed;
            break;
        }
    }

    QString out;
    out.reserve(text.size() + text.size() / 4 + 4);
    bool afterUkrainianLetter = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        const char16_t lower = lowerOf(c.unicode());
        const bool atWordStart = letterBefore(text, i).isNull();
        const bool afterZ = i > 0 && lowerOf(text[i - 1].unicode()) == u'з';
        if (const char16_t *latin = latinFor(lower, atWordStart, afterZ)) {
            const bool capital = lower != c.unicode();
            appendLatin(out, latin, capital, capital && inCapitalsWord(text, i));
            afterUkrainianLetter = true;
            continue;
        }
        if (afterUkrainianLetter && isAccentMark(c))
            continue; // a stress mark has no Latin
        afterUkrainianLetter = false;
        if (isApostrophe(c) && i > 0 && i + 1 < size && isCyrillicLetter(text[i - 1])
            && isCyrillicLetter(text[i + 1]))
            continue;
        out.append(c);
    }
    return out;
}

bool hasCyrillic(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool inCyrillicBlock = (u >= 0x0400 && u <= 0x052F) || (u >= 0x1C80 && u <= 0x1C8F)
            || (u >= 0x2DE0 && u <= 0x2DFF) || (u >= 0xA640 && u <= 0xA69F);
        if (inCyrillicBlock && c.isLetter())
            return true;
    }
    return false;
}

} // namespace dd::Transliteration
