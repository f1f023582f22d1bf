#pragma once
// What the forms' choice lists need beyond models/RecordChoices: the contacts and the meetings
// to choose from, labelled so that a person or a meeting can be told from its namesakes, and the
// filter that keeps a list of 1,800 communities usable: it matches as the search does (every
// typed word the start of a word, any case, accents or script: "koriuk" finds Корюківська).

#include "models/RecordChoices.h"

#include <QString>

namespace dd::storage {
class Database;
}

namespace dd::models {

// Every community as models::recordChoices() offers it, with a hromada's centre after its
// official name, as people name it: "Боярська міська територіальна громада (Боярка)". The
// filter then finds it by either.
QList<RecordChoice> communityChoices(const storage::Database &database, QString *error = nullptr);

// Every contact, sorted by family name: "Олена Савчук — Міський голова, Боярка" (the position
// and the community, or else the organisation, after the name when known).
QList<RecordChoice> contactChoices(const storage::Database &database, QString *error = nullptr);

// Every meeting, earliest first (those without a time last): "Nosivka – Île-de-France region",
// with the day after a dash when it is known.
QList<RecordChoice> meetingChoices(const storage::Database &database, QString *error = nullptr);

// What a choice's label is matched against: its words in search form, in its own script and
// in passport Latin.
QString choiceSearchText(const QString &label);

// True when every word typed starts a word of searchText (from choiceSearchText); nothing
// typed matches everything.
bool choiceMatches(const QString &searchText, const QString &typed);

} // namespace dd::models
