#include "RecordChoiceCombo.h"

#include "models/RecordChoices.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace dd::ui {
namespace {

// Paints a closed, non-editable combo box as QComboBox does, but with the current choice
// elided at its end when it is wider than the box: "Славутицька міська територіаль…" says that
// more follows, where the plain box would cut the name off mid-letter. The list shows it whole.
class ElidedChoicePainter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *combo = qobject_cast<QComboBox *>(watched);
        if (event->type() != QEvent::Paint || !combo || combo->isEditable())
            return false;
        QStylePainter painter(combo);
        painter.setPen(combo->palette().color(QPalette::Text));
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        option.currentText = combo->currentText();
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        option.currentText = combo->fontMetrics().elidedText(option.currentText, Qt::ElideRight, field.width());
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
        return true;
    }
};

} // namespace

QString addRecordChoices(QComboBox *combo, const storage::Database &database, EntityKind kind)
{
    QString error;
    const QList<models::RecordChoice> choices = models::recordChoices(database, kind, &error);
    const QFontMetrics metrics(combo->view()->font());
    int widest = 0;
    for (const models::RecordChoice &choice : choices) {
        combo->addItem(choice.label, QVariant::fromValue(choice.id));
        widest = qMax(widest, metrics.horizontalAdvance(choice.label));
    }
    combo->view()->setMinimumWidth(qMin(widest + 48, 640));
    if (!combo->property(elidesCurrentText).toBool()) {
        combo->installEventFilter(new ElidedChoicePainter(combo));
        combo->setProperty(elidesCurrentText, true);
    }
    return error;
}

} // namespace dd::ui
