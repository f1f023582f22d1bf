#pragma once
// Asked before a document that has choices, as the print command's options give them: the
// attendee list's columns (an export preset), the badges' layout (A6, or four per A4 sheet),
// and the visa letters' language, purpose, who pays and template (the built-in one or an HTML
// file, read and checked before the dialog closes, so that a bad file is named while it can
// still be changed). What was chosen is remembered for next time; the purpose and the payer,
// which belong to one trip, for each delegation.
//
//     DocumentOptionsDialog dialog(kind, DocumentOptionsDialog::Purpose::Preview, uid, this);
//     if (dialog.exec() == QDialog::Accepted) dialog.apply(&request);

#include "exchange/DocumentData.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class DocumentOptionsDialog;
}

namespace dd::documents {

class DocumentOptionsDialog : public QDialog {
    Q_OBJECT

public:
    // What follows the dialog, which its OK button says.
    enum class Purpose { Preview, Pdf };

    // delegationUid scopes the remembered purpose and payer; empty: nothing is remembered for
    // them.
    DocumentOptionsDialog(exchange::DocumentKind kind, Purpose purpose,
        const QString &delegationUid, QWidget *parent = nullptr);
    ~DocumentOptionsDialog() override;

    // Whether a document of that kind has anything to choose.
    static bool hasOptions(exchange::DocumentKind kind);

    // Puts the choices into request (its kind, delegation and members stay as they are). After
    // accept(), a template file's text is in it, checked.
    void apply(exchange::DocumentSource::Request *request) const;

    void selectPreset(exchange::FieldCatalog::Preset preset);
    void selectBadgeLayout(exchange::BadgeLayout layout);
    // Whom badges are for. Selected is offered once setSelectedMembers() has told how many
    // members the request names (and is chosen when they are several).
    enum class BadgeChoice { Everyone, Selected, Unprinted };
    void setSelectedMembers(int count);
    void selectBadgesFor(BadgeChoice choice);
    void setLetterLanguage(const QString &language); // en or fr
    void setPurpose(const QString &text);
    void setPayer(const QString &text);
    // An HTML template file; empty: the built-in template.
    void setTemplateFile(const QString &path);

    // How a template file is chosen; tests replace the file dialog. Gets the path to start
    // from, returns the chosen one (empty: cancelled).
    using FileChooser = std::function<QString(QWidget *parent, const QString &start)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // What is wrong with the choices, as the dialog shows it; empty when nothing is.
    QString errorMessage() const;

public slots:
    // Reads and checks a template file, remembers the choices, closes; stays open with the
    // problem shown when the file cannot be used.
    void accept() override;

private:
    void presetChanged();
    void layoutChanged();
    void templateChoiceChanged();
    void chooseTemplate();
    void showError(const QString &text);
    void fitHeight();
    bool usesTemplateFile() const;
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::DocumentOptionsDialog> m_ui;
    exchange::DocumentKind m_kind;
    QString m_delegationUid;
    QString m_templateText; // the checked file's text, once accepted
    FileChooser m_chooseFile;
};

} // namespace dd::documents
