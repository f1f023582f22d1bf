#pragma once
// Stores and reads contacts, and their sensitive data (kept in a table of its own).

#include "Repository.h"
#include "domain/Contact.h"

namespace dd::storage {

class ContactRepository : public RecordRepository<Contact, ContactRepository>
{
public:
    using RecordRepository::RecordRepository;

    static QString table() { return QStringLiteral("contacts"); }
    static Columns columnsOf(const Contact &contact);
    static void readColumns(const QSqlQuery &query, Contact &contact);

    // Only read when asked for by name: a passport number never travels with a contact.
    std::optional<ContactSensitive> sensitive(RowId contactId);
    // Inserts, updates, or (when all its fields are empty) removes the sensitive row.
    bool setSensitive(ContactSensitive &sensitive);
};

} // namespace dd::storage
