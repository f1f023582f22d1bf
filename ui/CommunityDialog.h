#pragma once
// The form for a community: a new one, or (given a stored community) an existing one. Its name is completed from the official gazetteers as the
// user types (Ukrainian hromadas, French communes); choosing one fills the official code,
// region, centre and the rest. Any other place (a German city, a Swedish region) is typed
// freely. The Latin name is suggested by transliteration and never overwrites what the user
// typed. OK saves the community; an empty name is refused beside the field.

#include "domain/Community.h"

#include <QDialog>

#include <memory>

class QCompleter;
class QModelIndex;

namespace Ui {
class CommunityDialog;
}

namespace dd::storage {
class Database;
}

namespace dd::exchange {
struct GazetteerEntry;
}

namespace dd::models {
class GazetteerCompletionModel;
}

namespace dd::ui {

class CommunityDialog : public QDialog
{
    Q_OBJECT

public:
    // A new community.
    explicit CommunityDialog(storage::Database &database, QWidget *parent = nullptr);
    // A stored community, saved in place.
    CommunityDialog(storage::Database &database, const Community &community, QWidget *parent = nullptr);
    ~CommunityDialog() override;

    // The community as saved (with its row id), once the dialog was accepted.
    const Community &community() const { return m_community; }

    QCompleter *completer() const { return m_completer; }
    models::GazetteerCompletionModel *completionModel() const { return m_completionModel; }

    // Fills the fields from an entry of the gazetteers, as choosing it in the completion does.
    void applyEntry(const exchange::GazetteerEntry &entry);

    // Validates and saves; stays open with a message when the community cannot be saved.
    void accept() override;
    // Closing without saving asks first when something was changed.
    void reject() override;

private:
    void nameEdited(const QString &text);
    void showCompletions();
    void completionChosen(const QModelIndex &index);
    void offerLatinName(const QString &suggestion);
    void updateLatinStyle();
    void showCommunity(const Community &community);
    Community communityFromFields() const;
    void showNameError(const QString &message);
    void showSaveError(const QString &message);

    std::unique_ptr<Ui::CommunityDialog> m_ui;
    class UnsavedChangesGuard *m_unsaved = nullptr;
    storage::Database &m_database;
    models::GazetteerCompletionModel *m_completionModel = nullptr;
    QCompleter *m_completer = nullptr;
    // The Latin name we suggested last: while the field holds it (or nothing), it is ours to
    // replace; once the user types another, it is theirs.
    QString m_latinSuggestion;
    // The community being edited (stored) or an empty one; after accept(), the saved community.
    Community m_community;
};

} // namespace dd::ui
