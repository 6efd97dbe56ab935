// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;

namespace lre::ui {

// The lab's parameters as spin boxes, and Run again. They report an edit as the whole new
// parameter set; the page decides what is valid (normalized) and shows it back.
class LabControls final : public QWidget {
    Q_OBJECT

public:
    explicit LabControls(QWidget *parent = nullptr);

    // Shows the parameters without reporting them back.
    void showParams(const LabParams &params);
    // Each value brought into its range and onto its box's decimals; a value that is not a
    // number keeps current's (alpha) or the default.
    static LabParams normalized(const LabParams &requested, const LabParams &current);
    // "Use learned α" is offered while a finished run has a learned alpha to give.
    void setLearnedAlphaAvailable(bool available);

signals:
    void edited(const lre::LabParams &params);
    void rerunRequested();
    void useLearnedAlphaRequested();

private:
    void connectControls();

    LabParams m_shown;
    QSpinBox *m_hiddenUnitsSpin = nullptr;
    QDoubleSpinBox *m_learningRateSpin = nullptr;
    QDoubleSpinBox *m_biasShiftSpin = nullptr;
    QSpinBox *m_epochsSpin = nullptr;
    QSpinBox *m_seedSpin = nullptr;
    QPushButton *m_runButton = nullptr;
    QComboBox *m_preluCombo = nullptr;
    QComboBox *m_preluStartCombo = nullptr;
    QPushButton *m_useLearnedButton = nullptr;
};

} // namespace lre::ui
