// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepcontrols.h"

#include "namedwidget.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace lre::ui {

SweepControls::SweepControls(QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_kind = named(new QComboBox, "sweepKindCombo", tr("Sweep over"),
                   tr("Sweep the learning rate (both networks) or alpha (at one learning rate)"));
    m_kind->addItem(tr("learning rate"), static_cast<int>(SweepKind::LearningRate));
    m_kind->addItem(tr("alpha"), static_cast<int>(SweepKind::Alpha));
    m_seeds = named(new QSpinBox, "sweepSeedsSpin", tr("Seeds"),
                    tr("Runs a grid point, each from its own data and starting weights: 1 to %1").arg(kSeedsMax));
    m_seeds->setRange(sweep_limits::kSeedsMin, kSeedsMax);
    m_epochs = named(new QSpinBox, "sweepEpochsSpin", tr("Epochs"),
                     tr("Gradient steps of every run: 1 to %1").arg(kEpochsMax));
    m_epochs->setRange(lab_limits::kEpochsMin, kEpochsMax);
    m_epochs->setSingleStep(500);
    m_init = named(new QComboBox, "sweepInitCombo", tr("Initial weights"),
                   tr("He: the standard initialization (He normal, zero biases). Shifted: the lab's, "
                      "every bias at -2.5"));
    m_init->addItem(tr("He"), static_cast<int>(LabInit::He));
    m_init->addItem(tr("shifted"), static_cast<int>(LabInit::Shifted));
    m_learningRate = named(new QDoubleSpinBox, "sweepLearningRateSpin", tr("Learning rate"),
                           tr("The learning rate of an alpha sweep: 0.0001 to 1"));
    m_learningRate->setDecimals(4);
    m_learningRate->setRange(lab_limits::kLearningRateMin, lab_limits::kLearningRateMax);
    m_learningRate->setSingleStep(0.005);
    m_prelu = named(new QComboBox, "sweepPreluCombo", tr("Learned alpha"),
                    tr("A third network beside the two that learns its alpha (PReLU), starting at the "
                       "explorer's alpha (in an alpha sweep, at each alpha): one alpha shared by the "
                       "hidden units, one per unit, or none"));
    // Its items say what they are, without a label: a labelled combo squeezed the row's other
    // controls and its progress bar in a 1100-pixel window.
    m_prelu->addItem(tr("PReLU off"), static_cast<int>(PreluMode::Off));
    m_prelu->addItem(tr("PReLU shared"), static_cast<int>(PreluMode::Shared));
    m_prelu->addItem(tr("PReLU per unit"), static_cast<int>(PreluMode::PerUnit));
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{m_seeds, m_epochs, m_learningRate})
        spin->setKeyboardTracking(false);
    m_run = named(new QPushButton(tr("R&un")), "sweepRunButton", tr("Run the sweep"),
                  tr("Run every seed at every grid point again"));
    m_cancel = named(new QPushButton(tr("Cancel")), "sweepCancelButton", tr("Cancel the sweep"),
                     tr("Stop the sweep; the runs done so far stay on the charts"));
    m_progress = named(new QProgressBar, "sweepProgress", tr("Sweep progress"), tr("Runs done of all"));
    m_progress->setFormat(tr("%v of %m runs"));
    for (QPushButton *button : {m_run, m_cancel}) {
        button->setAutoDefault(false);
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(button->text()) + 24);
    }
    // The combos keep their whole text; the progress bar gives way.
    for (QComboBox *combo : {m_kind, m_init, m_prelu})
        combo->setMinimumWidth(combo->sizeHint().width());
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(m_progress->format()) + 16);

    const auto addLabelled = [&](const QString &text, QWidget *control) {
        auto *label = new QLabel(text);
        label->setBuddy(control);
        row->addWidget(label);
        row->addWidget(control);
        row->addSpacing(4);
    };
    // Mnemonics clear of the menus (F, E, V, H).
    addLabelled(tr("S&weep over"), m_kind);
    addLabelled(tr("See&ds"), m_seeds);
    addLabelled(tr("E&pochs"), m_epochs);
    addLabelled(tr("&Init"), m_init);
    addLabelled(tr("&Learning rate"), m_learningRate);
    row->addWidget(m_prelu);
    row->addSpacing(4);
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SweepControls::emitEdited);
    connect(m_init, &QComboBox::currentIndexChanged, this, &SweepControls::emitEdited);
    connect(m_prelu, &QComboBox::currentIndexChanged, this, &SweepControls::emitEdited);
    connect(m_seeds, &QSpinBox::valueChanged, this, &SweepControls::emitEdited);
    connect(m_epochs, &QSpinBox::valueChanged, this, &SweepControls::emitEdited);
    connect(m_learningRate, &QDoubleSpinBox::valueChanged, this, &SweepControls::emitEdited);
    connect(m_run, &QPushButton::clicked, this, &SweepControls::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SweepControls::cancelRequested);
}

void SweepControls::emitEdited()
{
    const auto kind = static_cast<SweepKind>(m_kind->currentData().toInt());
    SweepSpec next = kind == m_shown.kind ? m_shown
        : kind == SweepKind::LearningRate ? default_lr_sweep(m_shown.base.alpha)
                                          : default_alpha_sweep(m_learningRate->value());
    next.base.alpha = m_shown.base.alpha;
    next.seeds = m_seeds->value();
    next.base.epochs = m_epochs->value();
    next.base.init = static_cast<LabInit>(m_init->currentData().toInt());
    next.base.prelu = static_cast<PreluMode>(m_prelu->currentData().toInt());
    next.base.preluStart = m_shown.base.preluStart;
    if (kind == SweepKind::Alpha)
        next.base.learningRate = m_learningRate->value();
    emit edited(next);
}

void SweepControls::showSpec(const SweepSpec &spec)
{
    m_shown = spec;
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockSeeds(m_seeds);
    const QSignalBlocker blockEpochs(m_epochs);
    const QSignalBlocker blockInit(m_init);
    const QSignalBlocker blockRate(m_learningRate);
    const QSignalBlocker blockPrelu(m_prelu);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(spec.kind)));
    m_seeds->setValue(spec.seeds);
    m_epochs->setValue(spec.base.epochs);
    m_init->setCurrentIndex(m_init->findData(static_cast<int>(spec.base.init)));
    m_learningRate->setValue(spec.base.learningRate);
    m_prelu->setCurrentIndex(m_prelu->findData(static_cast<int>(spec.base.prelu)));
    m_learningRate->setEnabled(spec.kind == SweepKind::Alpha);
}

void SweepControls::showProgress(std::size_t completed, std::size_t total, bool running)
{
    m_progress->setRange(0, static_cast<int>(total));
    m_progress->setValue(static_cast<int>(completed));
    m_cancel->setEnabled(running);
}

} // namespace lre::ui
