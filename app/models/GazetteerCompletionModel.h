#pragma once
// The rows of a completer over the official gazetteers: setQuery() fills it with the best
// matches of what the user typed, each shown so that places of the same name are told apart
// ("Franconville (95252) — Val-d'Oise, Île-de-France", "Корюківська міська громада —
// Корюківка, Корюківський р-н, Чернігівська обл.").

#include "exchange/Gazetteer.h"

#include <QAbstractListModel>

namespace dd::models {

class GazetteerCompletionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // the official code (KATOTTG, INSEE)
        NameRole,                    // the full official name
    };

    // gazetteer: null means Gazetteer::instance(), read when the first query comes.
    explicit GazetteerCompletionModel(QObject *parent = nullptr,
                                      const exchange::Gazetteer *gazetteer = nullptr);

    // Replaces the rows with the matches of text (none for an empty text).
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }

    const exchange::GazetteerEntry &entryAt(int row) const { return m_entries.at(row); }

    // One line that tells the entry apart from others of the same name.
    static QString describe(const exchange::GazetteerEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const exchange::Gazetteer *m_gazetteer;
    QString m_query;
    int m_limit = 40;
    QList<exchange::GazetteerEntry> m_entries;
    QStringList m_display; // describe() of each row, the code added where two rows read alike
};

} // namespace dd::models
