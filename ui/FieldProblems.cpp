#include "FieldProblems.h"

#include <QLabel>

namespace dd::ui {

bool showFieldProblems(std::initializer_list<FieldProblem> problems)
{
    QWidget *first = nullptr;
    for (const FieldProblem &problem : problems) {
        problem.label->setText(problem.problem);
        problem.label->setVisible(!problem.problem.isEmpty());
        if (!problem.problem.isEmpty() && !first)
            first = problem.field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return first == nullptr;
}

} // namespace dd::ui
