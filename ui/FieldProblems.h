#pragma once
// How every form shows what is wrong: each problem in words in the label beside its field, all
// of them at once, the first field with one given the focus. Labels of fields without a problem
// are hidden.

#include <QString>

#include <initializer_list>

class QLabel;
class QWidget;

namespace dd::ui {

struct FieldProblem {
    QLabel *label;   // beside the field, hidden while there is nothing to say
    QWidget *field;
    QString problem; // a translated sentence; empty when the field is fine
};

// True when no field has a problem (and every label is hidden).
bool showFieldProblems(std::initializer_list<FieldProblem> problems);

} // namespace dd::ui
