#pragma once
// The one place that decides when two spellings are "the same" for people: duplicate
// detection, list filters and search all compare normalised text, and nothing else normalises
// text on its own. SQLite's lower() and LIKE fold ASCII only, so this runs in C++.

#include <QString>
#include <QStringView>

namespace dd::TextNormaliser {

// Folds case (Cyrillic and Latin alike), strips accents (é → e, ç → c, ß → ss) while keeping
// the letters that are letters of their own in Ukrainian (й, ї stay; so does ё, ґ, є, і),
// unifies apostrophes (' ’ ʼ ‘ ` ´ → ') and dashes (‐ ‑ ‒ – — ― − → -), and collapses runs of
// white space (tabs, line breaks and no-break spaces included) to one space, trimmed at both
// ends. Case folding is Unicode's simple folding, as QString::toCaseFolded(), plus ß → ss.
// Letters without a decomposition that people read as plain ones are spelled out too:
// ł → l, œ → oe, æ → ae, ø → o, đ → d, ı → i and the ﬁ ligatures. Invisible characters pasted
// from the web (soft hyphen, zero-width space, byte order mark) are dropped. Decomposed й and ї
// (и or і followed by the combining mark, as macOS writes them) come out as the letters.
// Marks that belong to other scripts' letters (Devanagari, Hebrew…) are kept.
QString normalise(QStringView text);

// normalise() and then drops the apostrophes, so that "Кам’янське", "Кам'янське" and
// "Камянське" are one word for matching; hyphens and other punctuation become spaces, so that
// "Vélizy-Villacoublay" is the two words "velizy villacoublay". What is left is words of
// letters and digits, separated by single spaces.
QString searchForm(QStringView text);

} // namespace dd::TextNormaliser
