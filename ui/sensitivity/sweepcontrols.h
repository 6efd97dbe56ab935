// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace lre::ui {

// What to sweep and how hard: the kind (learning rate or alpha), seeds, epochs, initialization,
// the learning rate of an alpha sweep, whether a learned-alpha (PReLU) network runs too; Run, Cancel and the progress. Edits come out as a whole
// new spec; the page decides and shows it back.
class SweepControls final : public QWidget {
    Q_OBJECT

public:
    explicit SweepControls(QWidget *parent = nullptr);

    void showSpec(const SweepSpec &spec);
    void showProgress(std::size_t completed, std::size_t total, bool running);

    static constexpr int kSeedsMax = 200;  // the window's; the command line takes 1000
    static constexpr int kEpochsMax = 20'000;

signals:
    void edited(const lre::SweepSpec &spec);
    void runRequested();
    void cancelRequested();

private:
    void emitEdited();

    SweepSpec m_shown;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_seeds = nullptr;
    QSpinBox *m_epochs = nullptr;
    QComboBox *m_init = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QComboBox *m_prelu = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace lre::ui
