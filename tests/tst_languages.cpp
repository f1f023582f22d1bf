// The window in Ukrainian and in French, on the demonstration database and the offscreen
// platform: translations installed as the program installs them (cli::Cli), every section
// visited, every record form opened for a new record and for a stored one, the delegation's
// page, and the dialogs of the menus. Over every visible widget it collects what a user would
// see as wrong, and fails once with the whole list:
// - English left in: a text shown that is an English source of translations/<lang>.ts whose
//   translation there exists and differs (so it was built past tr(), or in the wrong context);
// - Qt's English: a standard button text (OK, Cancel…) that Qt's own translation translates;
// - cut-off text: a one-line label narrower than its text, a button narrower than it needs, a
//   combo box narrower than its choice, a column header narrower than its label in a view that
//   shows all its columns without scrolling;
// - a date shown with a two-digit year, a date edit not in the locale's format.
// English texts that simply have no translation yet are listed (qInfo), not counted.
// Screenshots of the main window, a delegation's page and every dialog per language go to
// DD_SCREENSHOT_DIR when it is set. The dates helper (FormInput) is checked here too, per
// language, and the checks themselves on a window made to offend.

#include "DelegationPage.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RecordChoiceCombo.h"
#include "RecordForms.h"
#include "SearchDialog.h"
#include "cli/Cli.h"
#include "domain/FormInput.h"
#include "exchange/DemoScenario.h"
#include "models/EntityTableModel.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QHash>
#include <QTranslator>
#include <QXmlStreamReader>


#include <functional>
#include <optional>

using namespace dd;
using namespace dd::guitest;

namespace {

// What a text is compared as: without its accelerator ("&Name:" → "Name:") and outer blanks.
QString normalised(const QString &text)
{
    QString result = text;
    result.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    result.remove(QLatin1Char('&'));
    result.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    result.remove(QLatin1String("[*]")); // a window title's modified mark
    return result.trimmed();
}

QString plainOf(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// The English sources of a .ts file: translated ones (to a different text) and untranslated ones;
// those with arguments ("%1 members", "planned size: %n") as patterns a shown text may match.
struct Sources {
    QSet<QString> translated;
    QSet<QString> untranslated;
    QList<QRegularExpression> translatedPatterns;
    QList<QRegularExpression> untranslatedPatterns;
    QString error;
};

const QRegularExpression argument(QStringLiteral("%L?(\\d{1,2}|n)"));

// "planned size: %n" → ^planned size: .+$; none for sources that are mostly arguments ("%1 – %2"),
// which would match any text.
std::optional<QRegularExpression> patternOf(const QString &source)
{
    QString literal = source;
    literal.remove(argument);
    int letters = 0;
    for (const QChar c : std::as_const(literal))
        letters += c.isLetter() ? 1 : 0;
    if (letters < 4)
        return std::nullopt;
    QString pattern;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = argument.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        pattern += QRegularExpression::escape(source.mid(from, match.capturedStart() - from)) + QStringLiteral(".+?");
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(from));
    // "%n member(s)" is shown as "1 member" or "13 members".
    pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("s?"));
    QRegularExpression expression(QRegularExpression::anchoredPattern(pattern),
                                  QRegularExpression::DotMatchesEverythingOption);
    expression.optimize();
    return expression;
}

Sources readTs(const QString &path)
{
    Sources sources;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sources.error = file.errorString();
        return sources;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms come as numerusform children: their text together is the translation.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            // lrelease takes unfinished translations too (no -nounfinished): a text is
            // translated as soon as it has one.
            const QString key = normalised(source);
            if (key.isEmpty())
                continue;
            const bool translated = !translation.trimmed().isEmpty();
            if (translated && normalised(translation) == key)
                continue; // the same in both languages ("Notes", "Type")
            if (argument.match(key).hasMatch()) {
                if (const auto pattern = patternOf(key))
                    (translated ? sources.translatedPatterns : sources.untranslatedPatterns).append(*pattern);
            } else {
                (translated ? sources.translated : sources.untranslated).insert(key);
            }
        }
    }
    if (xml.hasError())
        sources.error = xml.errorString();
    // A source translated in one context and not in another is untranslated where it is not.
    for (const QString &key : std::as_const(sources.translated))
        sources.untranslated.remove(key);
    return sources;
}

// The texts of Qt's own standard buttons (QDialogButtonBox, QMessageBox), as QPlatformTheme names them.
const char *const qtButtonTexts[] = { "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
                                      "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel",
                                      "Discard", "Help", "Apply", "Reset", "Restore Defaults",
                                      "Close without Saving", "Don't Save" };

// A date with a two-digit year, "18.11.25" or "18/11/25", and not part of a longer number.
const QRegularExpression twoDigitYear(QStringLiteral("(?<![\\d./])\\d{1,2}[./]\\d{1,2}[./]\\d{2}(?![\\d./])"));

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

    // Gathered per language.
    Sources m_sources;
    QStringList m_offences;
    QSet<QString> m_seen;
    QSet<QString> m_untranslatedSeen;
    int m_textsChecked = 0;
    // Qt's button texts that Qt's translation for the language translates.
    QSet<QString> m_qtEnglish;
    QString m_language;

    void offend(const QString &where, const QString &kind, const QObject *object, const QString &text)
    {
        const QString line = QStringLiteral("[%1] %2 | %3 | %4 \"%5\" | “%6”")
                                 .arg(m_language, kind, where, QString::fromLatin1(object->metaObject()->className()),
                                      object->objectName(), QString(text).replace(QLatin1Char('\n'), QLatin1String("⏎")));
        // Once per dialog, not again for each of its tabs that shows the same widget.
        const QString key = line.section(QStringLiteral(" | "), 0, 0) + where.section(QStringLiteral(" › "), 0, 0)
            + line.section(QStringLiteral(" | "), 2);
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            m_offences.append(line);
        }
    }

    // A text a user sees: English left in, or a date with a two-digit year.
    void checkText(const QString &where, const QObject *object, const QString &shown)
    {
        if (shown.isEmpty())
            return;
        const QString plain = plainOf(shown);
        ++m_textsChecked;
        // The whole text, and its lines and " · " parts: headings are put together from pieces.
        QStringList candidates { normalised(shown), normalised(plain) };
        for (const QString &line : plain.split(QLatin1Char('\n'))) {
            candidates.append(normalised(line));
            for (const QString &part : line.split(QStringLiteral(" · ")))
                candidates.append(normalised(part));
        }
        candidates.removeDuplicates();
        for (const QString &text : std::as_const(candidates)) {
            if (text.isEmpty())
                continue;
            bool english = m_sources.translated.contains(text);
            for (qsizetype i = 0; !english && i < m_sources.translatedPatterns.size(); ++i)
                english = m_sources.translatedPatterns.at(i).match(text).hasMatch();
            if (english) {
                offend(where, QStringLiteral("English"), object, text);
                break;
            }
            bool untranslated = m_sources.untranslated.contains(text);
            for (qsizetype i = 0; !untranslated && i < m_sources.untranslatedPatterns.size(); ++i)
                untranslated = m_sources.untranslatedPatterns.at(i).match(text).hasMatch();
            if (untranslated)
                m_untranslatedSeen.insert(text);
        }
        if (m_qtEnglish.contains(normalised(shown)))
            offend(where, QStringLiteral("Qt's English"), object, shown);
        if (twoDigitYear.match(plain).hasMatch())
            offend(where, QStringLiteral("two-digit year"), object, plain);
    }

    void checkActions(const QString &where, const QList<QAction *> &actions, QSet<const QMenu *> &visited)
    {
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            checkText(where, action, action->text());
            if (action->toolTip() != normalised(action->text()))
                checkText(where, action, action->toolTip());
            if (QMenu *menu = action->menu(); menu && !visited.contains(menu)) {
                visited.insert(menu);
                // Menus fill themselves as they open (File's documents, Open Recent).
                emit menu->aboutToShow();
                checkActions(where + QStringLiteral(" › ") + normalised(action->text()), menu->actions(), visited);
            }
        }
    }

    void checkModel(const QString &where, const QAbstractItemView *view, const QModelIndex &parent, int depth)
    {
        const QAbstractItemModel *model = view->model();
        const int rows = qMin(model->rowCount(parent), 40);
        const int columns = model->columnCount(parent);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                const QModelIndex index = model->index(row, column, parent);
                checkText(where, view, index.data(Qt::DisplayRole).toString());
                if (column == 0 && depth < 2 && model->hasChildren(index))
                    checkModel(where, view, index, depth + 1);
            }
        }
    }

    void checkHeader(const QString &where, const QAbstractItemView *view, const QHeaderView *header)
    {
        if (!header || header->isHidden())
            return;
        const QAbstractItemModel *model = view->model();
        const int count = header->orientation() == Qt::Horizontal ? model->columnCount() : model->rowCount();
        // Columns of a list that scrolls sideways may be narrow: the user chose the widths, or
        // there are too many to fit. A view that shows every column without scrolling had the
        // room and did not give it (a stretched last section beside cut-off ones).
        const bool scrolls = view->horizontalScrollBar()->isVisible();
        const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int sortMark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        for (int section = 0; section < count; ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString label = model->headerData(section, header->orientation(), Qt::DisplayRole).toString();
            checkText(where, header, label);
            if (scrolls || header->orientation() != Qt::Horizontal || label.isEmpty())
                continue;
            const bool sorted = header->isSortIndicatorShown() && header->sortIndicatorSection() == section;
            const int needed = header->fontMetrics().horizontalAdvance(label) + margins + (sorted ? sortMark : 0);
            if (needed > header->sectionSize(section))
                offend(where, QStringLiteral("cut off"), view,
                       QStringLiteral("column header %1 (needs %2 px, has %3)")
                           .arg(label)
                           .arg(needed)
                           .arg(header->sectionSize(section)));
        }
    }

    // Every visible widget under root.
    void checkWidgets(const QString &where, QWidget *root)
    {
        checkText(where, root, root->windowTitle());
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (!widget->isVisible())
                continue;
            checkText(where, widget, widget->toolTip());
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                const QString text = label->text();
                checkText(where, label, text);
                const bool rich = label->textFormat() == Qt::RichText
                    || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
                if (!text.isEmpty() && !rich && !label->wordWrap()) {
                    const QString shown = label->buddy() ? normalised(text) : text;
                    int needed = 0;
                    for (const QString &line : shown.split(QLatin1Char('\n')))
                        needed = qMax(needed, label->fontMetrics().horizontalAdvance(line));
                    const int available = label->contentsRect().width() - 2 * label->margin() - qMax(label->indent(), 0);
                    if (needed > available)
                        offend(where, QStringLiteral("cut off"), label,
                               QStringLiteral("%1 (needs %2 px, has %3)").arg(shown).arg(needed).arg(available));
                }
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                checkText(where, button, button->text());
                if (!button->text().isEmpty() && button->sizeHint().width() > button->width())
                    offend(where, QStringLiteral("cut off"), button,
                           QStringLiteral("%1 (needs %2 px, has %3)")
                               .arg(button->text())
                               .arg(button->sizeHint().width())
                               .arg(button->width()));
                if (auto *tool = qobject_cast<QToolButton *>(button); tool && tool->menu()) {
                    QSet<const QMenu *> visited;
                    checkActions(where, tool->menu()->actions(), visited);
                }
            } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
                checkText(where, group, group->title());
            } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    checkText(where, tabs, tabs->tabText(i));
            } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
                // Preferences offers each language by its own name ("English"), never translated.
                const bool languageNames = combo->objectName() == QLatin1String("languageCombo");
                for (int i = 0; i < (languageNames ? qMin(combo->count(), 1) : combo->count()); ++i)
                    checkText(where, combo, combo->itemText(i));
                if (combo->lineEdit())
                    checkText(where, combo, combo->lineEdit()->placeholderText());
                // A choice wider than the box is clipped at its end, with no ellipsis.
                QStyleOptionComboBox option;
                option.initFrom(combo);
                option.editable = combo->isEditable();
                const int room = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                                QStyle::SC_ComboBoxEditField, combo).width();
                const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
                // A record choice elides what does not fit ("…"; ui/RecordChoiceCombo).
                const bool elides = combo->property(ui::elidesCurrentText).toBool() && !combo->isEditable();
                if (!combo->currentText().isEmpty() && needed > room && !elides)
                    offend(where, QStringLiteral("cut off"), combo,
                           QStringLiteral("%1 (needs %2 px, has %3)").arg(combo->currentText()).arg(needed).arg(room));
            } else if (auto *line = qobject_cast<QLineEdit *>(widget);
                       line && !qobject_cast<QAbstractSpinBox *>(line->parentWidget())) { // a date edit's own
                checkText(where, line, line->placeholderText());
                checkText(where, line, line->text());
            } else if (auto *dateEdit = qobject_cast<QDateTimeEdit *>(widget)) {
                checkText(where, dateEdit, dateEdit->text());
                // The locale's order and separators, the year in four digits, as the lists show dates.
                if (dateEdit->displayedSections() & QDateTimeEdit::YearSection
                    && !dateEdit->displayFormat().startsWith(FormInput::dateFormat()))
                    offend(where, QStringLiteral("date format"), dateEdit, dateEdit->displayFormat());
            } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
                checkText(where, plain, plain->placeholderText());
            } else if (auto *browser = qobject_cast<QTextEdit *>(widget)) {
                checkText(where, browser, browser->placeholderText());
                for (const QString &line : browser->toPlainText().split(QRegularExpression(QStringLiteral("[\\n\\t\\x{2029}]"))))
                    checkText(where, browser, line);
            } else if (auto *view = qobject_cast<QAbstractItemView *>(widget);
                       view && view->model() && !qobject_cast<QHeaderView *>(view)) {
                checkModel(where, view, {}, 0);
                if (auto *table = qobject_cast<QTableView *>(view)) {
                    checkHeader(where, view, table->horizontalHeader());
                } else {
                    const QList<QHeaderView *> headers = view->findChildren<QHeaderView *>();
                    for (const QHeaderView *header : headers)
                        checkHeader(where, view, header);
                }
            }
            // Context menus and a widget's own shortcuts' actions.
            QSet<const QMenu *> visited;
            checkActions(where, widget->actions(), visited);
        }
    }

    // Two labels or buttons in sight with the same accelerator letter: Alt+letter then goes to
    // each in turn instead of straight to the field (a translation's choice of letters).
    void checkAccelerators(const QString &where, QWidget *root)
    {
        QHash<QChar, QString> taken;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            QString rest = text;
            rest.replace(QLatin1String("&&"), QString());
            const qsizetype at = rest.indexOf(QLatin1Char('&'));
            if (at < 0 || at + 1 >= rest.size())
                continue;
            const QChar letter = rest.at(at + 1).toLower();
            const auto other = taken.constFind(letter);
            if (other != taken.constEnd())
                offend(where, QStringLiteral("same accelerator"), widget,
                       QStringLiteral("%1 and %2 (Alt+%3)").arg(normalised(*other), normalised(text), letter));
            else
                taken.insert(letter, text);
        }
    }

    // A dialog as it opens, then each page of each of its tab widgets.
    void checkDialog(const QString &where, QDialog *dialog)
    {
        if (!QTest::qWaitForWindowExposed(dialog))
            m_offences.append(QStringLiteral("[%1] %2 was not shown").arg(m_language, where));
        QTest::qWait(20);
        checkWidgets(where, dialog);
        checkAccelerators(where, dialog);
        // Every dialog as it opens, for a person to look at: "dialog-new-contacts-form-uk.png".
        QString name = QStringLiteral("dialog-%1-%2").arg(where, m_language);
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]+")), QStringLiteral("-"));
        saveScreenshot(*dialog, name);
        const QList<QTabWidget *> tabWidgets = dialog->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(10);
                checkWidgets(where + QStringLiteral(" › ") + normalised(tabs->tabText(i)), dialog);
                checkAccelerators(where + QStringLiteral(" › ") + normalised(tabs->tabText(i)), dialog);
            }
            tabs->setCurrentIndex(current);
        }
    }

    // Runs open (which opens a modal dialog and returns when it closes), checks the dialog and
    // closes it unsaved. False when no dialog opened.
    bool visitModal(const QString &where, const std::function<void()> &open)
    {
        bool opened = false;
        QTimer timer;
        timer.setInterval(20);
        connect(&timer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            timer.stop();
            opened = true;
            checkDialog(where, dialog);
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected); // not reject(): it may ask about unsaved changes
        });
        timer.start();
        open();
        timer.stop();
        if (!opened)
            m_offences.append(QStringLiteral("[%1] %2 did not open").arg(m_language, where));
        return opened;
    }

    static QAction *action(QWidget &window, const QString &name)
    {
        auto *found = window.findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }

    // Translators of an earlier row go, so that each row sees its own language only.
    static void removeTranslators()
    {
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const QString demoError = createDemoDatabase(m_demoPath);
        QVERIFY2(demoError.isEmpty(), qPrintable(demoError));
    }

    void cleanupTestCase()
    {
        removeTranslators();
        QLocale::setDefault(QLocale::c());
    }

    // Dates in lists, panes and forms: the locale's order and separators, the year in four digits.
    void showsDatesWithFourDigitYears_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("18.11.2025");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("18/11/2025");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("18/11/2025");
    }

    void showsDatesWithFourDigitYears()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        removeTranslators();
        cli::Cli::installTranslations(*qApp, language);
        QCOMPARE(FormInput::dateText(QDate(2025, 11, 18)), expected);
        const std::optional<QDate> read = FormInput::parseDate(expected);
        QVERIFY(read && *read == QDate(2025, 11, 18));
        // Single digits keep their padding where the locale pads them.
        QVERIFY(FormInput::dateText(QDate(2026, 1, 5)).contains(QLatin1String("2026")));
    }

    // The checks find what they look for: each kind of offence in a window made for it.
    void findsEachKindOfOffence()
    {
        m_language = QStringLiteral("uk");
        m_offences.clear();
        m_seen.clear();
        m_sources = {};
        m_sources.translated.insert(QStringLiteral("Add Members…"));
        m_sources.translatedPatterns.append(*patternOf(QStringLiteral("%n member(s)")));
        m_qtEnglish = { QStringLiteral("OK") };
        QVERIFY(!patternOf(QStringLiteral("%1 – %2"))); // would match anything

        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *english = new QPushButton(QStringLiteral("&Add Members…"));
        english->setObjectName(QStringLiteral("english"));
        auto *count = new QLabel(QStringLiteral("13 members"));
        count->setObjectName(QStringLiteral("count"));
        auto *narrow = new QLabel(QStringLiteral("Нарада з мерами в Парижі, зала 3"));
        narrow->setObjectName(QStringLiteral("narrow"));
        narrow->setFixedWidth(40);
        auto *button = new QPushButton(QStringLiteral("Встановити статус усім"));
        button->setObjectName(QStringLiteral("button"));
        button->setFixedWidth(40);
        auto *date = new QLabel(QStringLiteral("з 18.11.25"));
        date->setObjectName(QStringLiteral("date"));
        auto *dateEdit = new QDateEdit(QDate(2025, 11, 18));
        dateEdit->setObjectName(QStringLiteral("dateEdit"));
        dateEdit->setDisplayFormat(QStringLiteral("dd.MM.yy"));
        auto *ok = new QPushButton(QStringLiteral("OK"));
        ok->setObjectName(QStringLiteral("ok"));
        auto *fits = new QLabel(QStringLiteral("Гаразд"));
        fits->setObjectName(QStringLiteral("fits"));
        for (QWidget *widget : { static_cast<QWidget *>(english), static_cast<QWidget *>(count),
                                 static_cast<QWidget *>(narrow), static_cast<QWidget *>(button),
                                 static_cast<QWidget *>(date), static_cast<QWidget *>(dateEdit),
                                 static_cast<QWidget *>(ok), static_cast<QWidget *>(fits) })
            layout->addWidget(widget);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        checkWidgets(QStringLiteral("made up"), &window);

        const auto found = [this](const QString &kind, const QString &objectName) {
            for (const QString &offence : std::as_const(m_offences)) {
                if (offence.contains(QStringLiteral("] %1 |").arg(kind))
                    && offence.contains(QStringLiteral("\"%1\"").arg(objectName)))
                    return true;
            }
            return false;
        };
        const QString all = m_offences.join(QLatin1Char('\n'));
        QVERIFY2(found(QStringLiteral("English"), QStringLiteral("english")), qPrintable(all));
        QVERIFY2(found(QStringLiteral("English"), QStringLiteral("count")), qPrintable(all));
        QVERIFY2(found(QStringLiteral("cut off"), QStringLiteral("narrow")), qPrintable(all));
        QVERIFY2(found(QStringLiteral("cut off"), QStringLiteral("button")), qPrintable(all));
        QVERIFY2(found(QStringLiteral("two-digit year"), QStringLiteral("date")), qPrintable(all));
        QVERIFY2(found(QStringLiteral("two-digit year"), QStringLiteral("dateEdit")), qPrintable(all));
        QVERIFY2(found(QStringLiteral("date format"), QStringLiteral("dateEdit")), qPrintable(all));
        QVERIFY2(found(QStringLiteral("Qt's English"), QStringLiteral("ok")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("\"fits\"")), qPrintable(all));
        QCOMPARE(m_offences.size(), 8); // the date edit twice: its text and its format
    }

    void everyTextIsTranslatedAndFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("uk") << QStringLiteral("uk");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void everyTextIsTranslatedAndFits()
    {
        QFETCH(QString, language);
        m_language = language;
        m_offences.clear();
        m_seen.clear();
        m_untranslatedSeen.clear();
        m_textsChecked = 0;
        m_sources = readTs(QStringLiteral(DD_TRANSLATIONS_DIR "/delegation-desk_%1.ts").arg(language));
        QVERIFY2(m_sources.error.isEmpty(), qPrintable(m_sources.error));
        QVERIFY(m_sources.translated.size() > 100);

        removeTranslators();
        cli::Cli::installTranslations(*qApp, language);
        QCOMPARE(QLocale().name().left(2), language);
        // Qt's own translation, read apart: which of its button texts it translates. Missing,
        // every standard button would stay English.
        QTranslator qt;
        QVERIFY2(qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "Qt's own translations (qtbase_*.qm) are not installed");
        m_qtEnglish.clear();
        for (const char *text : qtButtonTexts) {
            const QString translated = qt.translate("QPlatformTheme", text);
            if (!translated.isEmpty() && normalised(translated) != normalised(QString::fromLatin1(text)))
                m_qtEnglish.insert(normalised(QString::fromLatin1(text)));
        }
        QVERIFY(m_qtEnglish.contains(QStringLiteral("Cancel")));

        // Each row on a copy: a form that saved by mistake would not change the other's data.
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(language));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_demoPath, path));

        ui::MainWindow window;
        QStringList messages;
        window.setMessageHandler([&](QMessageBox::Icon, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons) {
            messages.append(title + QStringLiteral(": ") + text);
            return QMessageBox::NoButton;
        });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));

        // The menus, once.
        {
            QSet<const QMenu *> visited;
            checkActions(QStringLiteral("menu bar"), window.menuBar()->actions(), visited);
        }

        // Every section, by its View action (Ctrl+1 … Ctrl+8); then again on a small laptop's
        // screen, where long translations run out of room first.
        for (const QSize size : { QSize(1280, 800), QSize(1024, 640) }) {
            window.resize(size);
            QTest::qWait(20);
            const QString at = QStringLiteral(" at %1×%2").arg(window.width()).arg(window.height());
            for (EntityKind kind : Entity::all()) {
                action(window, QStringLiteral("actionSection_") + Entity::id(kind))->trigger();
                QTest::qWait(20);
                QCOMPARE(window.currentSection(), kind);
                checkWidgets(QStringLiteral("main window, ") + Entity::id(kind) + at, &window);
                // The sections' names and counts fit their list without a horizontal scroll bar.
                auto *sections = window.findChild<QAbstractItemView *>(QStringLiteral("sectionList"));
                QVERIFY(sections);
                if (sections->horizontalScrollBar()->isVisible())
                    offend(QStringLiteral("main window") + at, QStringLiteral("cut off"), sections,
                           QStringLiteral("the section list scrolls sideways"));
                if (kind == EntityKind::Partnership && size.width() == 1280)
                    QVERIFY(saveScreenshot(window, QStringLiteral("main-window-") + language));
            }
        }
        window.resize(1280, 800);

        // Every form, for a new record and for the first one of its list.
        for (EntityKind kind : Entity::all()) {
            window.showSection(kind);
            QTest::qWait(10);
            const QString id = Entity::id(kind);
            if (!ui::RecordForms::hasForm(kind))
                continue;
            visitModal(QStringLiteral("new %1 form").arg(id), [&] { action(window, QStringLiteral("actionNewRecord"))->trigger(); });
            QAction *edit = action(window, QStringLiteral("actionEdit"));
            QVERIFY2(edit->isEnabled(), qPrintable(id));
            visitModal(QStringLiteral("%1 form").arg(id), [&] { edit->trigger(); });
        }

        // The dialogs of the menus.
        window.showSection(EntityKind::Partnership);
        visitModal(QStringLiteral("stage change"), [&] { action(window, QStringLiteral("actionChangeStage"))->trigger(); });
        window.showSection(EntityKind::Delegation);
        visitModal(QStringLiteral("check-in"), [&] { action(window, QStringLiteral("actionCheckIn"))->trigger(); });
        visitModal(QStringLiteral("fast entry"), [&] { action(window, QStringLiteral("actionFastEntry"))->trigger(); });
        visitModal(QStringLiteral("export"), [&] { action(window, QStringLiteral("actionExport"))->trigger(); });
        visitModal(QStringLiteral("import"), [&] { action(window, QStringLiteral("actionImport"))->trigger(); });
        visitModal(QStringLiteral("preferences"), [&] { action(window, QStringLiteral("actionPreferences"))->trigger(); });

        // Search everything (Ctrl+K) is a window of its own, not modal: with some hits.
        action(window, QStringLiteral("actionSearch"))->trigger();
        auto *search = window.findChild<ui::SearchDialog *>(QStringLiteral("searchDialog"));
        QVERIFY(search);
        QVERIFY(QTest::qWaitForWindowExposed(search));
        checkWidgets(QStringLiteral("search, empty"), search);
        auto *searchEdit = field<QLineEdit>(*search, "searchEdit");
        type(searchEdit, QStringLiteral("Pa"));
        QTest::qWait(50);
        checkWidgets(QStringLiteral("search, “Pa”"), search);
        search->close();

        // The first delegation's page, its member form and its picker.
        window.showSection(EntityKind::Delegation);
        QVERIFY(window.listModel()->rowCount() > 0);
        window.openDelegation(window.listModel()->idAt(0));
        ui::DelegationPage *page = window.delegationPage();
        QVERIFY(page);
        QTest::qWait(50);
        checkWidgets(QStringLiteral("delegation page"), &window);
        QVERIFY(saveScreenshot(window, QStringLiteral("delegation-page-") + language));
        window.resize(1024, 640);
        QTest::qWait(20);
        checkWidgets(QStringLiteral("delegation page at %1×%2").arg(window.width()).arg(window.height()), &window);
        window.resize(1280, 800);
        QTest::qWait(20);
        auto *members = field<QTableView>(*page, "membersView");
        QVERIFY(members->model()->rowCount() > 0);
        members->setCurrentIndex(members->model()->index(0, 0));
        visitModal(QStringLiteral("member form"), [&] { page->editCurrentMember(); });
        visitModal(QStringLiteral("member picker"), [&] { page->addMembers(); });
        // The choices asked before a document (File › Print Preview), for the delegation shown.
        for (const char *document : { "attendees", "badges", "letters" }) {
            visitModal(QStringLiteral("%1 options").arg(QLatin1String(document)), [&] {
                action(window, QStringLiteral("actionPrint_") + QLatin1String(document))->trigger();
            });
        }

        window.setMessageHandler([](QMessageBox::Icon, const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::NoButton;
        });
        for (const QString &message : std::as_const(messages))
            checkText(QStringLiteral("message"), &window, message);

        QStringList untranslated = m_untranslatedSeen.values();
        untranslated.sort();
        qInfo("%s: %d texts checked", qPrintable(language), m_textsChecked);
        qInfo("%s: %d English texts shown that have no %s translation yet (not counted as offences): %s",
              qPrintable(language), int(untranslated.size()), qPrintable(language),
              qPrintable(untranslated.join(QStringLiteral(" · "))));
        QVERIFY2(m_offences.isEmpty(),
                 qPrintable(QStringLiteral("%1 offence(s):\n").arg(m_offences.size()) + m_offences.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
