#include "RecordChoiceCombo.h"

#include "models/RecordChoices.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFontMetrics>

namespace dd::ui {

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
    return error;
}

} // namespace dd::ui
