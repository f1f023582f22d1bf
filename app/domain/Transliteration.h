#pragma once
// Ukrainian to Latin by the official table of the Cabinet of Ministers of Ukraine, resolution
// No. 55 of 27 January 2010 (the rules of Ukrainian passports): є, ї, й, ю, я are written
// Ye, Yi, Y, Yu, Ya at the start of a word and ie, i, i, iu, ia elsewhere; "зг" is "zgh"; the
// soft sign and the apostrophe are dropped. A word in capitals stays in capitals ("ЮРІЙ" →
// "YURII"), a capitalised word capitalised ("Юрій" → "Yurii").

#include <QString>
#include <QStringView>

namespace dd::Transliteration {

// Transliterates every Ukrainian letter in text and leaves every other character as it is
// (Latin letters, digits, punctuation), except the apostrophe between two Cyrillic letters
// (' ’ ʼ and their look-alikes), which is dropped, and stress marks on Ukrainian letters. A word
// starts after anything that is not a letter (a space, a hyphen, a digit…), not after an
// apostrophe inside a word (Знам'янка → Znamianka). A capital whose Latin is several letters is
// all in capitals when the word around it is (ЩУКА → SHCHUKA), capitalised otherwise
// (Щука → Shchuka, Я → Ya). The Russian letters ё ы э ъ are not in the table and stay as they
// are, so that hasCyrillic() on the result tells that a person must look at it.
QString ukrainianToLatin(QStringView text);

// True when text has a Cyrillic letter (a letter of one of Unicode's Cyrillic blocks): only such
// a name gets a suggested Latin form (a foreigner's name written in Cyrillic is the user's call,
// not ours).
bool hasCyrillic(QStringView text);

} // namespace dd::Transliteration
