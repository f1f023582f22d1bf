#include "OrganisationRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace dd::OrganisationRules {

QString problemWithName(const QString &name)
{
    if (name.simplified().isEmpty())
        return QCoreApplication::translate("OrganisationRules", "Enter the name.");
    return {};
}

QString problemWithCountry(const QString &country)
{
    const QString code = country.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    const auto isLetter = [](QChar c) { return c >= QLatin1Char('A') && c <= QLatin1Char('Z'); };
    if (code.size() != 2 || !isLetter(code.at(0)) || !isLetter(code.at(1)))
        return QCoreApplication::translate("OrganisationRules",
                                           "The country is a two-letter code, such as UA, FR or DE.");
    return {};
}

QString problemWithWebsite(const QString &website)
{
    const QString address = website.trimmed();
    if (address.isEmpty())
        return {};
    if (address.contains(QRegularExpression(QStringLiteral("\\s"))))
        return QCoreApplication::translate("OrganisationRules", "A website address has no spaces.");
    // People type "example.org" as often as "https://example.org"; both are kept as typed.
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    const QUrl url(hasScheme.match(address).hasMatch() ? address : QStringLiteral("https://") + address,
                   QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return QCoreApplication::translate("OrganisationRules",
                                           "A website address starts with http:// or https://, or with "
                                           "its name: example.org.");
    // A host of dot-separated parts that ends in a top-level domain of two letters or more
    // (or its ASCII form, xn--…, as a Cyrillic one such as .укр may be given back).
    static const QRegularExpression host(QStringLiteral("^(?:[^.]+\\.)+(?:xn--[a-z0-9-]+|[^.\\d]{2,})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    // A name and password before the host ("mailto:info@example.org" read as a web address)
    // are not what anyone means by a website.
    if (!url.isValid() || !url.userInfo().isEmpty() || !host.match(url.host()).hasMatch())
        return QCoreApplication::translate("OrganisationRules",
                                           "A website address looks like https://example.org.");
    return {};
}

QString problemWithParent(RowId organisation, RowId parent)
{
    if (organisation != 0 && organisation == parent)
        return QCoreApplication::translate("OrganisationRules", "An organisation cannot be part of itself.");
    return {};
}

} // namespace dd::OrganisationRules
