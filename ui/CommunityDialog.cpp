#include "CommunityDialog.h"

#include "ui_CommunityDialog.h"

#include "UnsavedChangesGuard.h"

#include "domain/Transliteration.h"
#include "domain/Vocabulary.h"
#include "exchange/Gazetteer.h"
#include "models/GazetteerCompletionModel.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QThreadPool>

namespace dd::ui {

CommunityDialog::CommunityDialog(storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CommunityDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    // The gazetteers take a moment to read: read them while the user looks at the form.
    QThreadPool::globalInstance()->start([] { exchange::Gazetteer::instance(); });

    for (const QString &kind : Vocabulary::ids(Vocab::CommunityKind))
        m_ui->kindCombo->addItem(Vocabulary::label(Vocab::CommunityKind, kind), kind);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(Community().kind));
    m_ui->countryEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), this));
    connect(m_ui->countryEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text != text.toUpper())
            m_ui->countryEdit->setText(text.toUpper());
    });

    // The completer is given the line edit as its widget, not set on it: the line edit then
    // keeps what the user typed while they move through the list, and the list always shows
    // the gazetteers' best matches in their order instead of QCompleter's own filtering.
    m_completionModel = new models::GazetteerCompletionModel(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setObjectName(QStringLiteral("gazetteerCompleter"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(m_ui->nameEdit);
    m_completer->popup()->setObjectName(QStringLiteral("gazetteerPopup"));
    m_completer->popup()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CommunityDialog::completionChosen);

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &CommunityDialog::nameEdited);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString &name) {
        m_ui->nameError->hide();
        if (name.isEmpty())
            m_completer->popup()->hide();
        offerLatinName(Transliteration::hasCyrillic(name) ? Transliteration::ukrainianToLatin(name)
                                                          : QString());
    });
    connect(m_ui->nameLatinEdit, &QLineEdit::textChanged, this, &CommunityDialog::updateLatinStyle);
    connect(m_ui->officialCodeEdit, &QLineEdit::textEdited, m_ui->sourceLabel, &QLabel::clear);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CommunityDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CommunityDialog::reject);
    m_unsaved = new UnsavedChangesGuard(this);

    m_ui->sourceLabel->setText(tr("Ukrainian hromadas and French communes are completed from the "
                                  "official gazetteers as you type."));
    m_ui->nameEdit->setFocus();
}

CommunityDialog::CommunityDialog(storage::Database &database, const Community &community, QWidget *parent)
    : CommunityDialog(database, parent)
{
    setWindowTitle(tr("Edit Community"));
    m_community = community;
    showCommunity(community);
}

CommunityDialog::~CommunityDialog() = default;

void CommunityDialog::showCommunity(const Community &community)
{
    // Setting the name offers its transliteration; a stored Latin name then takes its place.
    m_ui->nameEdit->setText(community.name);
    if (!community.nameLatin.isEmpty()) {
        m_ui->nameLatinEdit->setText(community.nameLatin);
        updateLatinStyle();
    }
    const int kind = m_ui->kindCombo->findData(community.kind);
    m_ui->kindCombo->setCurrentIndex(kind >= 0 ? kind : m_ui->kindCombo->findData(Community().kind));
    m_ui->countryEdit->setText(community.country);
    m_ui->regionEdit->setText(community.region);
    m_ui->subregionEdit->setText(community.subregion);
    m_ui->officialCodeEdit->setText(community.officialCode);
    m_ui->centreEdit->setText(community.centre);
    m_ui->populationSpin->setValue(community.population ? int(*community.population)
                                                        : m_ui->populationSpin->minimum());
    m_ui->notesEdit->setPlainText(community.notes);
    m_ui->sourceLabel->clear();
}

void CommunityDialog::nameEdited(const QString &text)
{
    m_completionModel->setQuery(text);
    showCompletions();
}

void CommunityDialog::showCompletions()
{
    QAbstractItemView *popup = m_completer->popup();
    if (m_completionModel->rowCount() == 0) {
        popup->hide();
        return;
    }
    // The rows say where a place is, so they are wider than the field: the popup is as wide
    // as its longest row, within the screen.
    const QFontMetrics metrics(popup->font());
    int widest = 0;
    for (int row = 0; row < m_completionModel->rowCount(); ++row)
        widest = qMax(widest, metrics.horizontalAdvance(m_completionModel->index(row).data().toString()));
    QRect rect = m_ui->nameEdit->rect();
    const int wanted = widest + popup->verticalScrollBar()->sizeHint().width()
        + 2 * popup->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 16;
    const QRect screen = m_ui->nameEdit->screen()->availableGeometry();
    const int room = screen.right() - m_ui->nameEdit->mapToGlobal(QPoint(0, 0)).x();
    rect.setWidth(qBound(rect.width(), wanted, qMax(rect.width(), room)));
    m_completer->complete(rect);
    // QCompleter makes the first row current, so that Enter or Tab would take it unseen: a
    // Swiss "Bern" would become the French commune Bernay. Only a row the user moved to
    // (Down, Up, a click) is taken.
    popup->setCurrentIndex(QModelIndex());
}

void CommunityDialog::completionChosen(const QModelIndex &index)
{
    const QString code = index.data(models::GazetteerCompletionModel::CodeRole).toString();
    if (const exchange::GazetteerEntry *entry = exchange::Gazetteer::instance().byCode(code))
        applyEntry(*entry);
}

void CommunityDialog::applyEntry(const exchange::GazetteerEntry &entry)
{
    m_ui->nameEdit->setText(entry.name);
    offerLatinName(entry.nameLatin);
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(entry.kind)));
    m_ui->countryEdit->setText(entry.country);
    m_ui->regionEdit->setText(entry.region);
    m_ui->subregionEdit->setText(entry.subregion);
    m_ui->officialCodeEdit->setText(entry.officialCode);
    m_ui->centreEdit->setText(entry.centre);
    m_ui->populationSpin->setValue(entry.population ? int(*entry.population) : m_ui->populationSpin->minimum());
    m_ui->sourceLabel->setText(entry.country == u"UA"
                                   ? tr("Filled from the KATOTTG codifier of Ukraine (edition of 2 July 2025).")
                                   : tr("Filled from INSEE’s Code officiel géographique (2026, via Etalab)."));
}

void CommunityDialog::offerLatinName(const QString &suggestion)
{
    const QString current = m_ui->nameLatinEdit->text();
    if (!current.isEmpty() && current != m_latinSuggestion)
        return; // the user's own
    m_latinSuggestion = suggestion;
    m_ui->nameLatinEdit->setText(suggestion);
    updateLatinStyle();
}

void CommunityDialog::updateLatinStyle()
{
    // Our suggestion is grey until the user makes it theirs by typing.
    const bool suggested = !m_latinSuggestion.isEmpty() && m_ui->nameLatinEdit->text() == m_latinSuggestion;
    QPalette palette = this->palette();
    if (suggested)
        palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
    m_ui->nameLatinEdit->setPalette(palette);
    m_ui->nameLatinEdit->setToolTip(suggested ? tr("Suggested by the official transliteration; type to change it.")
                                              : QString());
}

Community CommunityDialog::communityFromFields() const
{
    Community community = m_community; // keeps the row id, uid and times of a stored community
    community.name = m_ui->nameEdit->text().simplified();
    community.nameLatin = m_ui->nameLatinEdit->text().simplified();
    community.kind = m_ui->kindCombo->currentData().toString();
    community.country = m_ui->countryEdit->text().trimmed().toUpper();
    community.region = m_ui->regionEdit->text().simplified();
    community.subregion = m_ui->subregionEdit->text().simplified();
    community.officialCode = m_ui->officialCodeEdit->text().trimmed();
    community.centre = m_ui->centreEdit->text().simplified();
    community.population.reset();
    if (m_ui->populationSpin->value() != m_ui->populationSpin->minimum())
        community.population = m_ui->populationSpin->value();
    community.notes = m_ui->notesEdit->toPlainText().trimmed();
    return community;
}

void CommunityDialog::reject()
{
    if (m_unsaved->mayDiscard())
        QDialog::reject();
}

void CommunityDialog::accept()
{
    m_ui->saveError->hide();
    Community community = communityFromFields();
    if (community.name.isEmpty()) {
        showNameError(tr("Enter the community’s name."));
        return;
    }
    if (!community.country.isEmpty() && community.country.size() != 2) {
        showSaveError(tr("The country is a two-letter code, such as UA, FR or DE."));
        m_ui->countryEdit->setFocus();
        return;
    }
    storage::CommunityRepository repository(m_database);
    const bool saved = community.isStored() ? repository.update(community) : repository.insert(community);
    if (!saved) {
        showSaveError(tr("The community could not be saved: %1").arg(repository.lastError()));
        return;
    }
    m_community = community;
    QDialog::accept();
}

void CommunityDialog::showNameError(const QString &message)
{
    m_ui->nameError->setText(message);
    m_ui->nameError->show();
    m_ui->nameEdit->setFocus();
}

void CommunityDialog::showSaveError(const QString &message)
{
    m_ui->saveError->setText(message);
    m_ui->saveError->show();
}

} // namespace dd::ui
