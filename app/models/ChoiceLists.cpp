#include "ChoiceLists.h"

#include "domain/FormInput.h"
#include "domain/TextNormaliser.h"
#include "domain/Transliteration.h"
#include "storage/ListSource.h"

#include <QHash>
#include <QStringList>

namespace dd::models {
namespace {

// Each row of a list source is [id, uid, one value per column]: the value of a column by id.
QString valueOf(const storage::ListSource &source, const QVariantList &row, const char *column)
{
    const int index = source.columnIndex(QLatin1String(column));
    return index < 0 ? QString() : row.value(index + 2).toString().simplified();
}

// Reads every row of a list source a page at a time, as RecordChoices does.
template<class Label>
QList<RecordChoice> readAll(storage::ListSource &source, QString *error, Label label)
{
    QList<RecordChoice> choices;
    constexpr int page = 500;
    for (int offset = 0;; offset += page) {
        const QList<QVariantList> rows = source.fetch(offset, page);
        for (const QVariantList &row : rows)
            choices.append({ row.value(0).toLongLong(), label(row) });
        if (rows.size() < page)
            break;
    }
    if (error)
        *error = source.lastError();
    return choices;
}

} // namespace

QList<RecordChoice> communityChoices(const storage::Database &database, QString *error)
{
    QList<RecordChoice> choices = recordChoices(database, EntityKind::Community, error);
    if (error && !error->isEmpty())
        return choices;
    storage::ListSource source(database, EntityKind::Community);
    QHash<RowId, QString> centres;
    for (const RecordChoice &centre : readAll(source, error, [&source](const QVariantList &row) -> QString {
             return valueOf(source, row, "centre");
         })) {
        if (!centre.label.isEmpty())
            centres.insert(centre.id, centre.label);
    }
    for (RecordChoice &choice : choices) {
        const QString centre = centres.value(choice.id);
        if (!centre.isEmpty() && !choice.label.contains(centre))
            choice.label += QStringLiteral(" (") + centre + QLatin1Char(')');
    }
    return choices;
}

QList<RecordChoice> contactChoices(const storage::Database &database, QString *error)
{
    storage::ListSource source(database, EntityKind::Contact);
    source.setSort(source.columnIndex(QStringLiteral("family_name")), Qt::AscendingOrder);
    return readAll(source, error, [&source](const QVariantList &row) -> QString {
        const QString name = QStringList { valueOf(source, row, "given_name"), valueOf(source, row, "family_name") }
                                 .join(QLatin1Char(' '))
                                 .trimmed();
        QStringList about;
        const QString position = valueOf(source, row, "position");
        if (!position.isEmpty())
            about.append(position);
        QString place = valueOf(source, row, "community");
        if (place.isEmpty())
            place = valueOf(source, row, "organisation");
        if (!place.isEmpty())
            about.append(place);
        return about.isEmpty() ? name : name + QStringLiteral(" — ") + about.join(QStringLiteral(", "));
    });
}

QList<RecordChoice> meetingChoices(const storage::Database &database, QString *error)
{
    storage::ListSource source(database, EntityKind::Meeting);
    source.setSort(source.columnIndex(QStringLiteral("starts_at")), Qt::AscendingOrder);
    return readAll(source, error, [&source](const QVariantList &row) -> QString {
        const QString title = valueOf(source, row, "title");
        // Stored as ISO 8601 ("2025-11-18T09:30"): the day is enough to tell two meetings apart.
        const QDate day = QDate::fromString(valueOf(source, row, "starts_at").left(10), Qt::ISODate);
        if (!day.isValid())
            return title;
        return title + QStringLiteral(" — ") + FormInput::dateText(day);
    });
}

QString choiceSearchText(const QString &label)
{
    const QString own = TextNormaliser::searchForm(label);
    if (!Transliteration::hasCyrillic(label))
        return own;
    return own + QLatin1Char(' ') + TextNormaliser::searchForm(Transliteration::ukrainianToLatin(label));
}

bool choiceMatches(const QString &searchText, const QString &typed)
{
    const QStringList words = TextNormaliser::searchForm(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QStringList candidates = searchText.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool found = false;
        for (const QString &candidate : candidates) {
            if (candidate.startsWith(word)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace dd::models
