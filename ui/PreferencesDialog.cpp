#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "cli/Cli.h"

#include <QLocale>

namespace dd::ui {
namespace {

// Each language is offered by its own name, so that someone lost in a language they do not
// read still finds theirs; these names are never translated.
QString nativeName(const QString &language)
{
    if (language == QLatin1String("uk"))
        return QStringLiteral("Українська");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString languageOf(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Ukrainian:
        return QStringLiteral("uk");
    case QLocale::French:
        return QStringLiteral("fr");
    default:
        return QStringLiteral("en");
    }
}

} // namespace

PreferencesDialog::PreferencesDialog(const QString &runningLanguage, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_runningLanguage(runningLanguage.isEmpty() ? languageOf(QLocale()) : runningLanguage)
{
    m_ui->setupUi(this);

    m_ui->languageCombo->addItem(tr("System language (%1)").arg(nativeName(cli::Cli::systemLanguage())),
                                 QString());
    for (const QString &language : cli::Cli::languages())
        m_ui->languageCombo->addItem(nativeName(language), language);
    const int saved = m_ui->languageCombo->findData(cli::Cli::preferredLanguage());
    m_ui->languageCombo->setCurrentIndex(qMax(saved, 0));

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    updateRestartNote();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::chosenLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void PreferencesDialog::accept()
{
    cli::Cli::setPreferredLanguage(chosenLanguage());
    QDialog::accept();
}

void PreferencesDialog::updateRestartNote()
{
    // The window cannot change its language while it runs: say so rather than pretend.
    const QString next = cli::Cli::resolveLanguage(QString(), chosenLanguage());
    m_ui->restartNote->setText(tr("%1 will be used from the next time you start Delegation Desk.")
                                   .arg(nativeName(next)));
    m_ui->restartNote->setVisible(next != m_runningLanguage);
}

} // namespace dd::ui
