#pragma once
// Edit › Preferences: the language of the window. The choice is saved at once on OK and takes
// effect at the next start (translators are installed before any window exists, and many
// texts are made only once); the dialog says so whenever the choice differs from the language
// running now. `--lang` on the command line still wins over the choice (cli::Cli).

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace dd::ui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // runningLanguage: en, uk or fr, the language the window speaks now; empty to take it from
    // the default locale, which cli::Cli::installTranslations sets.
    explicit PreferencesDialog(const QString &runningLanguage = QString(), QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The language chosen: en, uk or fr, or empty for the system's.
    QString chosenLanguage() const;

    // Saves the choice.
    void accept() override;

private:
    void updateRestartNote();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_runningLanguage;
};

} // namespace dd::ui
