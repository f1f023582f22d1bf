#include "ContactRepository.h"

#include "SqlDialect.h"

namespace dd::storage {

Columns ContactRepository::columnsOf(const Contact &contact)
{
    return {
        { QStringLiteral("salutation"), SqlDialect::toSql(contact.salutation) },
        { QStringLiteral("given_name"), SqlDialect::toSql(contact.givenName) },
        { QStringLiteral("patronymic"), SqlDialect::toSql(contact.patronymic) },
        { QStringLiteral("family_name"), SqlDialect::toSql(contact.familyName) },
        { QStringLiteral("given_name_latin"), SqlDialect::toSql(contact.givenNameLatin) },
        { QStringLiteral("family_name_latin"), SqlDialect::toSql(contact.familyNameLatin) },
        { QStringLiteral("position"), SqlDialect::toSql(contact.position) },
        { QStringLiteral("community_id"), SqlDialect::idToSql(contact.communityId) },
        { QStringLiteral("organisation_id"), SqlDialect::idToSql(contact.organisationId) },
        { QStringLiteral("email"), SqlDialect::toSql(contact.email) },
        { QStringLiteral("phone"), SqlDialect::toSql(contact.phone) },
        { QStringLiteral("languages"), SqlDialect::toSql(contact.languages) },
        { QStringLiteral("nationality"), SqlDialect::toSql(contact.nationality) },
        { QStringLiteral("consent_public_list"), SqlDialect::toSql(contact.consentPublicList) },
        { QStringLiteral("notes"), SqlDialect::toSql(contact.notes) },
    };
}

void ContactRepository::readColumns(const QSqlQuery &query, Contact &contact)
{
    contact.salutation = SqlDialect::textFrom(query.value(QStringLiteral("salutation")));
    contact.givenName = SqlDialect::textFrom(query.value(QStringLiteral("given_name")));
    contact.patronymic = SqlDialect::textFrom(query.value(QStringLiteral("patronymic")));
    contact.familyName = SqlDialect::textFrom(query.value(QStringLiteral("family_name")));
    contact.givenNameLatin = SqlDialect::textFrom(query.value(QStringLiteral("given_name_latin")));
    contact.familyNameLatin = SqlDialect::textFrom(query.value(QStringLiteral("family_name_latin")));
    contact.position = SqlDialect::textFrom(query.value(QStringLiteral("position")));
    contact.communityId = SqlDialect::idFrom(query.value(QStringLiteral("community_id")));
    contact.organisationId = SqlDialect::idFrom(query.value(QStringLiteral("organisation_id")));
    contact.email = SqlDialect::textFrom(query.value(QStringLiteral("email")));
    contact.phone = SqlDialect::textFrom(query.value(QStringLiteral("phone")));
    contact.languages = SqlDialect::textFrom(query.value(QStringLiteral("languages")));
    contact.nationality = SqlDialect::textFrom(query.value(QStringLiteral("nationality")));
    contact.consentPublicList = query.value(QStringLiteral("consent_public_list")).toBool();
    contact.notes = SqlDialect::textFrom(query.value(QStringLiteral("notes")));
}

std::optional<ContactSensitive> ContactRepository::sensitive(RowId contactId)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT * FROM contact_sensitive WHERE contact_id = ?"),
              { contactId })
        || !query.next())
        return std::nullopt;
    ContactSensitive result;
    readRecord(query, result);
    result.contactId = contactId;
    result.dateOfBirth = SqlDialect::dateFrom(query.value(QStringLiteral("date_of_birth")));
    result.passportNumber = SqlDialect::textFrom(query.value(QStringLiteral("passport_number")));
    result.passportExpiry = SqlDialect::dateFrom(query.value(QStringLiteral("passport_expiry")));
    return result;
}

bool ContactRepository::setSensitive(ContactSensitive &sensitive)
{
    const QString table = QStringLiteral("contact_sensitive");
    // The row is found by its contact, never by the id it carries: a record copied from
    // another contact must not move that contact's passport data.
    if (const auto existing = this->sensitive(sensitive.contactId)) {
        sensitive.id = existing->id;
        sensitive.uid = existing->uid;
    } else {
        sensitive.id = 0;
    }
    if (sensitive.isEmpty()) {
        if (!sensitive.isStored())
            return true;
        const bool removed = removeRow(table, sensitive.id);
        sensitive.id = 0;
        return removed;
    }
    const Columns columns {
        { QStringLiteral("contact_id"), SqlDialect::idToSql(sensitive.contactId) },
        { QStringLiteral("date_of_birth"), SqlDialect::toSql(sensitive.dateOfBirth) },
        { QStringLiteral("passport_number"), SqlDialect::toSql(sensitive.passportNumber) },
        { QStringLiteral("passport_expiry"), SqlDialect::toSql(sensitive.passportExpiry) },
    };
    return sensitive.isStored() ? updateRow(table, sensitive, columns)
                                : insertRow(table, sensitive, columns);
}

} // namespace dd::storage
