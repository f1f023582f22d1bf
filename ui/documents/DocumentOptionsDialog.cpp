#include "DocumentOptionsDialog.h"

#include "ui_DocumentOptionsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace dd::documents {
namespace {

using exchange::BadgeLayout;
using exchange::DocumentKind;
using exchange::FieldCatalog;

const QString presetKey = QStringLiteral("documents/attendeesPreset"); // a preset id
const QString layoutKey = QStringLiteral("documents/badgeLayout"); // "a4" or "a6"
const QString languageKey = QStringLiteral("documents/letterLanguage"); // "en" or "fr"
const QString templateKey = QStringLiteral("documents/letterTemplate"); // a path; empty: built-in

QString tripKey(const QString &delegationUid, const char *name)
{
    return QStringLiteral("documents/letters/%1/%2").arg(delegationUid, QLatin1String(name));
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

DocumentOptionsDialog::DocumentOptionsDialog(
    exchange::DocumentKind kind, Purpose purpose, const QString &delegationUid, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DocumentOptionsDialog>())
    , m_kind(kind)
    , m_delegationUid(delegationUid)
    , m_chooseFile([](QWidget *owner, const QString &start) {
        return QFileDialog::getOpenFileName(owner, DocumentOptionsDialog::tr("Letter Template"),
            start, DocumentOptionsDialog::tr("HTML files (*.html *.htm);;All files (*)"));
    })
{
    m_ui->setupUi(this);
    setWindowTitle(exchange::DocumentSource::kindTitle(kind));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(purpose == Purpose::Preview ? tr("&Preview…") : tr("&Save as PDF…"));
    ok->setObjectName(QStringLiteral("okButton"));

    for (FieldCatalog::Preset preset : FieldCatalog::presets())
        m_ui->presetCombo->addItem(
            FieldCatalog::presetLabel(preset), FieldCatalog::presetId(preset));
    m_ui->layoutCombo->addItem(
        tr("Four per A4 sheet, with cutting marks"), int(BadgeLayout::FourPerA4));
    m_ui->layoutCombo->addItem(tr("One per A6 page"), int(BadgeLayout::A6));
    // Whom the badges are for: everyone, the members selected on the page, or a reprint run of
    // those whose badge has not been printed yet.
    m_ui->badgesForCombo->addItem(tr("Every member taking part"), int(BadgeChoice::Everyone));
    m_ui->badgesForCombo->addItem(tr("Members whose badge is not printed yet"), int(BadgeChoice::Unprinted));
    // The language the consulate reads, whatever the window's.
    m_ui->languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(tr("French"), QStringLiteral("fr"));
    m_ui->templateCombo->addItem(tr("Built-in, in the letter's language"), false);
    m_ui->templateCombo->addItem(tr("From an HTML file"), true);
    m_ui->messageLabel->hide();

    connect(m_ui->presetCombo, &QComboBox::currentIndexChanged, this,
        &DocumentOptionsDialog::presetChanged);
    connect(m_ui->layoutCombo, &QComboBox::currentIndexChanged, this,
        &DocumentOptionsDialog::layoutChanged);
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this,
        &DocumentOptionsDialog::templateChoiceChanged);
    connect(m_ui->chooseTemplateButton, &QPushButton::clicked, this,
        &DocumentOptionsDialog::chooseTemplate);
    connect(m_ui->templatePathEdit, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DocumentOptionsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DocumentOptionsDialog::reject);

    m_ui->attendeesPage->setVisible(kind == DocumentKind::Attendees);
    m_ui->badgesPage->setVisible(kind == DocumentKind::Badges);
    m_ui->lettersPage->setVisible(kind == DocumentKind::Letters);
    restoreSettings();
    presetChanged();
    layoutChanged();
    templateChoiceChanged();
    switch (kind) {
    case DocumentKind::Attendees:
        m_ui->presetCombo->setFocus();
        break;
    case DocumentKind::Badges:
        m_ui->layoutCombo->setFocus();
        break;
    case DocumentKind::Letters:
        m_ui->languageCombo->setFocus();
        break;
    case DocumentKind::Programme:
    case DocumentKind::Rooming:
    case DocumentKind::Arrivals:
        break;
    }
    // As small as the one part shown needs, but wide enough for the preset descriptions.
    setMinimumWidth(480);
    adjustSize();
    fitHeight();
}

DocumentOptionsDialog::~DocumentOptionsDialog() = default;

bool DocumentOptionsDialog::hasOptions(exchange::DocumentKind kind)
{
    return kind == DocumentKind::Attendees || kind == DocumentKind::Badges
        || kind == DocumentKind::Letters;
}

void DocumentOptionsDialog::apply(exchange::DocumentSource::Request *request) const
{
    switch (m_kind) {
    case DocumentKind::Attendees:
        request->preset = FieldCatalog::presetFromId(m_ui->presetCombo->currentData().toString())
                              .value_or(FieldCatalog::Preset::Badges);
        break;
    case DocumentKind::Badges:
        request->badgeLayout = BadgeLayout(m_ui->layoutCombo->currentData().toInt());
        switch (BadgeChoice(m_ui->badgesForCombo->currentData().toInt())) {
        case BadgeChoice::Everyone:
            request->memberUids.clear();
            request->unprintedOnly = false;
            break;
        case BadgeChoice::Selected:
            request->unprintedOnly = false;
            break;
        case BadgeChoice::Unprinted:
            request->memberUids.clear();
            request->unprintedOnly = true;
            break;
        }
        break;
    case DocumentKind::Letters:
        request->letter.language = m_ui->languageCombo->currentData().toString();
        request->letter.purpose = m_ui->purposeEdit->text().trimmed();
        request->letter.payer = m_ui->payerEdit->text().trimmed();
        request->letter.templateText = usesTemplateFile() ? m_templateText : QString();
        break;
    case DocumentKind::Programme:
    case DocumentKind::Rooming:
    case DocumentKind::Arrivals:
        break;
    }
}

void DocumentOptionsDialog::selectPreset(exchange::FieldCatalog::Preset preset)
{
    selectData(m_ui->presetCombo, FieldCatalog::presetId(preset));
}

void DocumentOptionsDialog::selectBadgeLayout(exchange::BadgeLayout layout)
{
    selectData(m_ui->layoutCombo, int(layout));
}

void DocumentOptionsDialog::setSelectedMembers(int count)
{
    const int existing = m_ui->badgesForCombo->findData(int(BadgeChoice::Selected));
    if (existing >= 0)
        m_ui->badgesForCombo->removeItem(existing);
    if (count <= 0)
        return;
    m_ui->badgesForCombo->insertItem(1, tr("The selected member(s) (%n)", nullptr, count), int(BadgeChoice::Selected));
    // Several rows selected are a choice; one is only where the cursor stands, so it is
    // offered, not chosen.
    if (count > 1)
        m_ui->badgesForCombo->setCurrentIndex(1);
}

void DocumentOptionsDialog::selectBadgesFor(BadgeChoice choice)
{
    selectData(m_ui->badgesForCombo, int(choice));
}

void DocumentOptionsDialog::setLetterLanguage(const QString &language)
{
    selectData(m_ui->languageCombo, language);
}

void DocumentOptionsDialog::setPurpose(const QString &text)
{
    m_ui->purposeEdit->setText(text);
}

void DocumentOptionsDialog::setPayer(const QString &text)
{
    m_ui->payerEdit->setText(text);
}

void DocumentOptionsDialog::setTemplateFile(const QString &path)
{
    m_ui->templatePathEdit->setText(QDir::toNativeSeparators(path));
    selectData(m_ui->templateCombo, !path.isEmpty());
}

QString DocumentOptionsDialog::errorMessage() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void DocumentOptionsDialog::accept()
{
    m_templateText.clear();
    if (m_kind == DocumentKind::Letters && usesTemplateFile()) {
        const QString path = QDir::fromNativeSeparators(m_ui->templatePathEdit->text().trimmed());
        if (path.isEmpty()) {
            showError(tr("Choose the template file, or the built-in template."));
            m_ui->templatePathEdit->setFocus();
            return;
        }
        QString error;
        const std::optional<QString> text = exchange::DocumentSource::readLetterTemplate(
            QFileInfo(path).absoluteFilePath(), &error);
        if (!text) {
            showError(error);
            m_ui->templatePathEdit->setFocus();
            m_ui->templatePathEdit->selectAll();
            return;
        }
        m_templateText = *text;
    }
    showError({});
    saveSettings();
    QDialog::accept();
}

void DocumentOptionsDialog::presetChanged()
{
    const auto preset = FieldCatalog::presetFromId(m_ui->presetCombo->currentData().toString());
    m_ui->presetDescription->setText(preset ? FieldCatalog::presetDescription(*preset) : QString());
}

void DocumentOptionsDialog::layoutChanged()
{
    m_ui->layoutDescription->setText(
        BadgeLayout(m_ui->layoutCombo->currentData().toInt()) == BadgeLayout::A6
            ? tr("Each badge on a page of its own (105 × 148 mm), for card stock or a badge "
                 "printer.")
            : tr("Four badges to a sheet, with marks where to cut."));
}

void DocumentOptionsDialog::templateChoiceChanged()
{
    const bool file = usesTemplateFile();
    m_ui->templateFileLabel->setEnabled(file);
    m_ui->templatePathEdit->setEnabled(file);
    m_ui->chooseTemplateButton->setEnabled(file);
    showError({});
}

void DocumentOptionsDialog::chooseTemplate()
{
    const QString current = m_ui->templatePathEdit->text().trimmed();
    const QString start = current.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : current;
    const QString path = m_chooseFile(this, start);
    if (path.isEmpty())
        return;
    m_ui->templatePathEdit->setText(QDir::toNativeSeparators(path));
    showError({});
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
}

void DocumentOptionsDialog::showError(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    // A message of a few lines makes the dialog taller rather than squeezing the notes above it.
    fitHeight();
}

void DocumentOptionsDialog::fitHeight()
{
    // adjustSize() measures wrapped labels at the size hint's width, not at the dialog's.
    QLayout *layout = this->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width())
                                                   : layout->totalSizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

bool DocumentOptionsDialog::usesTemplateFile() const
{
    return m_ui->templateCombo->currentData().toBool();
}

void DocumentOptionsDialog::restoreSettings()
{
    const QSettings settings;
    selectData(m_ui->presetCombo,
        settings.value(presetKey, FieldCatalog::presetId(FieldCatalog::Preset::Badges)));
    selectData(m_ui->layoutCombo,
        settings.value(layoutKey).toString() == QLatin1String("a6") ? int(BadgeLayout::A6)
                                                                    : int(BadgeLayout::FourPerA4));
    // First time: the window's language where a letter can be in it.
    const QString windowLanguage
        = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    selectData(m_ui->languageCombo, settings.value(languageKey, windowLanguage));
    setTemplateFile(settings.value(templateKey).toString());
    if (!m_delegationUid.isEmpty()) {
        m_ui->purposeEdit->setText(settings.value(tripKey(m_delegationUid, "purpose")).toString());
        m_ui->payerEdit->setText(settings.value(tripKey(m_delegationUid, "payer")).toString());
    }
}

void DocumentOptionsDialog::saveSettings() const
{
    // Only what this dialog showed: an attendee list leaves the letters' choices as they were.
    QSettings settings;
    switch (m_kind) {
    case DocumentKind::Attendees:
        settings.setValue(presetKey, m_ui->presetCombo->currentData());
        break;
    case DocumentKind::Badges:
        settings.setValue(layoutKey,
            BadgeLayout(m_ui->layoutCombo->currentData().toInt()) == BadgeLayout::A6
                ? QStringLiteral("a6")
                : QStringLiteral("a4"));
        break;
    case DocumentKind::Letters:
        settings.setValue(languageKey, m_ui->languageCombo->currentData());
        settings.setValue(templateKey,
            usesTemplateFile()
                ? QDir::fromNativeSeparators(m_ui->templatePathEdit->text().trimmed())
                : QString());
        if (!m_delegationUid.isEmpty()) {
            settings.setValue(
                tripKey(m_delegationUid, "purpose"), m_ui->purposeEdit->text().trimmed());
            settings.setValue(tripKey(m_delegationUid, "payer"), m_ui->payerEdit->text().trimmed());
        }
        break;
    case DocumentKind::Programme:
    case DocumentKind::Rooming:
    case DocumentKind::Arrivals:
        break;
    }
}

} // namespace dd::documents
