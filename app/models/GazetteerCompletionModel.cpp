#include "GazetteerCompletionModel.h"

#include <QLocale>

namespace dd::models {
namespace {

// The usual Ukrainian abbreviations of a place's address ("Корюківський р-н, Чернігівська
// обл."). They belong to the Ukrainian names they shorten, so they are not translated.
QString shortUkrainianArea(const QString &area)
{
    static const QList<QPair<QString, QString>> abbreviations = {
        { QStringLiteral(" район"), QStringLiteral(" р-н") },
        { QStringLiteral(" область"), QStringLiteral(" обл.") },
    };
    if (area == u"Автономна Республіка Крим")
        return QStringLiteral("АР Крим");
    for (const auto &[word, abbreviation] : abbreviations) {
        if (area.endsWith(word))
            return area.left(area.size() - word.size()) + abbreviation;
    }
    return area;
}

} // namespace

GazetteerCompletionModel::GazetteerCompletionModel(QObject *parent,
                                                   const exchange::Gazetteer *gazetteer)
    : QAbstractListModel(parent)
    , m_gazetteer(gazetteer)
{
}

void GazetteerCompletionModel::setQuery(const QString &text)
{
    m_query = text;
    if (!m_gazetteer && !text.trimmed().isEmpty())
        m_gazetteer = &exchange::Gazetteer::instance();
    beginResetModel();
    m_entries = m_gazetteer ? m_gazetteer->complete(text, m_limit) : QList<exchange::GazetteerEntry>();
    m_display.clear();
    for (const exchange::GazetteerEntry &entry : std::as_const(m_entries))
        m_display.append(describe(entry));
    // Two rows that still read alike (it happens in Crimea's list) get their codes.
    for (int i = 0; i < m_display.size(); ++i) {
        if (m_display.count(m_display.at(i)) < 2)
            continue;
        const QString same = m_display.at(i);
        for (int j = i; j < m_display.size(); ++j) {
            if (m_display.at(j) == same)
                m_display[j] += QStringLiteral(" (") + m_entries.at(j).officialCode + u')';
        }
    }
    endResetModel();
}

QString GazetteerCompletionModel::describe(const exchange::GazetteerEntry &entry)
{
    // Place names and their address are data in the place's own language: only the
    // punctuation is ours.
    if (entry.kind == u"hromada") {
        QString name = entry.name;
        name.replace(QStringLiteral(" територіальна "), QStringLiteral(" "));
        QStringList where;
        if (!entry.centre.isEmpty())
            where.append(entry.centre);
        where.append(shortUkrainianArea(entry.subregion));
        where.append(shortUkrainianArea(entry.region));
        return name + QStringLiteral(" — ") + where.join(QStringLiteral(", "));
    }
    QStringList where;
    if (!entry.subregion.isEmpty())
        where.append(entry.subregion);
    if (!entry.region.isEmpty() && entry.region != entry.subregion)
        where.append(entry.region);
    return entry.name + QStringLiteral(" (") + entry.officialCode + QStringLiteral(") — ")
        + where.join(QStringLiteral(", "));
}

int GazetteerCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant GazetteerCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const exchange::GazetteerEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_display.at(index.row());
    case Qt::EditRole:
    case NameRole:
        return entry.name;
    case CodeRole:
        return entry.officialCode;
    case Qt::ToolTipRole: {
        QStringList lines = { entry.name };
        if (entry.country == u"UA")
            lines.append(tr("KATOTTG code: %1").arg(entry.officialCode));
        else
            lines.append(tr("INSEE code: %1").arg(entry.officialCode));
        if (!entry.centre.isEmpty())
            lines.append(tr("Centre: %1").arg(entry.centre));
        lines.append(QStringList({ entry.subregion, entry.region }).join(QStringLiteral(", ")));
        if (!entry.postalCode.isEmpty())
            lines.append(tr("Postal code: %1").arg(entry.postalCode));
        if (entry.population)
            lines.append(tr("Population: %1").arg(QLocale().toString(*entry.population)));
        if (entry.occupiedCrimea)
            lines.append(tr("Temporarily occupied: the codifier lists it as the council it was "
                            "before the occupation."));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> GazetteerCompletionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, QByteArrayLiteral("officialCode"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    return names;
}

} // namespace dd::models
