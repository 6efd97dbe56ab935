// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcontrols.h"

#include "decimalspinbox.h"
#include "namedwidget.h"

#include "validation.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace lre::ui {

namespace {

constexpr int kLearningRateDecimals = 4;
constexpr int kBiasShiftDecimals = 2;

// The page holds values as its spin boxes show them, so what runs is what is displayed.
double snapped(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double clamped(double value, double low, double high, double fallback)
{
    return std::isfinite(value) ? std::clamp(value, low, high) : fallback;
}

} // namespace

LabControls::LabControls(QWidget *parent)
    : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    auto *learnedRow = new QHBoxLayout;
    learnedRow->setSpacing(6);
    rows->addLayout(row);
    rows->addLayout(learnedRow);

    m_hiddenUnitsSpin = named(new QSpinBox, "labHiddenUnitsSpin", tr("Hidden units"),
                              tr("Hidden units in each network: %1 to %2")
                                  .arg(lab_limits::kHiddenUnitsMin)
                                  .arg(lab_limits::kHiddenUnitsMax));
    m_hiddenUnitsSpin->setRange(lab_limits::kHiddenUnitsMin, lab_limits::kHiddenUnitsMax);
    m_hiddenUnitsSpin->setSingleStep(4);

    m_learningRateSpin = named(new DecimalSpinBox, "labLearningRateSpin", tr("Learning rate"),
                               tr("Step size of full-batch gradient descent: 0.0001 to 1. Too large "
                                  "and the loss blows up."));
    m_learningRateSpin->setDecimals(kLearningRateDecimals);
    m_learningRateSpin->setRange(lab_limits::kLearningRateMin, lab_limits::kLearningRateMax);
    m_learningRateSpin->setSingleStep(0.005);

    m_biasShiftSpin = named(new DecimalSpinBox, "labBiasShiftSpin", tr("Initial bias shift"),
                            tr("Every hidden bias starts here: -5 to 5. The more negative, the "
                               "more units start dead."));
    m_biasShiftSpin->setDecimals(kBiasShiftDecimals);
    m_biasShiftSpin->setRange(lab_limits::kBiasShiftMin, lab_limits::kBiasShiftMax);
    m_biasShiftSpin->setSingleStep(0.25);

    m_epochsSpin = named(new QSpinBox, "labEpochsSpin", tr("Epochs"),
                         tr("Gradient steps, each over all training points: %1 to %2")
                             .arg(lab_limits::kEpochsMin)
                             .arg(lab_limits::kEpochsMax));
    m_epochsSpin->setRange(lab_limits::kEpochsMin, lab_limits::kEpochsMax);
    m_epochsSpin->setSingleStep(500);

    m_seedSpin = named(new QSpinBox, "labSeedSpin", tr("Seed"),
                       tr("Draws the data and the starting weights; the same seed gives the same run"));
    m_seedSpin->setRange(0, static_cast<int>(lab_limits::kSeedMax));

    m_runButton = named(new QPushButton(tr("Ru&n again")), "labRunButton", tr("Run again"),
                        tr("Train both networks again from the start"));
    m_runButton->setAutoDefault(false);

    m_preluCombo = named(new QComboBox, "labPreluCombo", tr("Learned alpha network"),
                         tr("A third network that learns its alpha by gradient descent (PReLU): one alpha "
                            "for every unit, one per unit, or none"));
    m_preluCombo->addItem(tr("none"), static_cast<int>(PreluMode::Off));
    m_preluCombo->addItem(tr("one α for all units"), static_cast<int>(PreluMode::Shared));
    m_preluCombo->addItem(tr("one α per unit"), static_cast<int>(PreluMode::PerUnit));
    m_preluStartCombo = named(new QComboBox, "labPreluStartCombo", tr("Learned alpha starts at"),
                              tr("Where the learned alpha starts: the explorer's alpha, or 0.25 as PyTorch's "
                                 "nn.PReLU does"));
    m_preluStartCombo->addItem(tr("the explorer's α"), static_cast<int>(PreluStart::Alpha));
    m_preluStartCombo->addItem(tr("0.25 (PyTorch's default)"), static_cast<int>(PreluStart::PyTorchDefault));
    m_useLearnedButton = named(new QPushButton(tr("Use &learned α")), "labUseLearnedAlphaButton",
                               tr("Use learned alpha"),
                               tr("Set the explorer's alpha to where the learned alpha ended (a per-unit "
                                  "network's mean)"));
    m_useLearnedButton->setAutoDefault(false);
    m_useLearnedButton->setEnabled(false);


    // Typing "2000" should start one run, not four: values count on Enter, focus out or a step.
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{
             m_hiddenUnitsSpin, m_learningRateSpin, m_biasShiftSpin, m_epochsSpin, m_seedSpin}) {
        spin->setKeyboardTracking(false);
        spin->setAccelerated(true);
    }

    const auto addLabelled = [&](const QString &text, QWidget *control) {
        auto *label = new QLabel(text);
        label->setBuddy(control);
        row->addWidget(label);
        row->addWidget(control);
        row->addSpacing(6);
    };
    // Mnemonics clear of the menus (F, E, V, H) and the explorer's controls (A, X, G).
    addLabelled(tr("Hidden &units"), m_hiddenUnitsSpin);
    addLabelled(tr("Lea&rning rate"), m_learningRateSpin);
    addLabelled(tr("&Bias shift"), m_biasShiftSpin);
    addLabelled(tr("Ep&ochs"), m_epochsSpin);
    addLabelled(tr("&Seed"), m_seedSpin);
    row->addWidget(m_runButton);
    row->addStretch(1);
    const auto addLearned = [&](const QString &text, QWidget *control) {
        auto *label = new QLabel(text);
        label->setBuddy(control);
        learnedRow->addWidget(label);
        learnedRow->addWidget(control);
        learnedRow->addSpacing(6);
    };
    addLearned(tr("Learned α (&PReLU)"), m_preluCombo);
    addLearned(tr("star&ting at"), m_preluStartCombo);
    learnedRow->addWidget(m_useLearnedButton);
    learnedRow->addStretch(1);

    QWidget::setTabOrder(m_hiddenUnitsSpin, m_learningRateSpin);
    QWidget::setTabOrder(m_learningRateSpin, m_biasShiftSpin);
    QWidget::setTabOrder(m_biasShiftSpin, m_epochsSpin);
    QWidget::setTabOrder(m_epochsSpin, m_seedSpin);
    QWidget::setTabOrder(m_seedSpin, m_runButton);
    QWidget::setTabOrder(m_runButton, m_preluCombo);
    QWidget::setTabOrder(m_preluCombo, m_preluStartCombo);
    QWidget::setTabOrder(m_preluStartCombo, m_useLearnedButton);
    connectControls();
}

void LabControls::connectControls()
{
    // Each spin box sets its own field of the params shown; the rest stays as it is.
    auto bind = [this](auto *spin, auto field) {
        using Spin = std::remove_pointer_t<decltype(spin)>;
        connect(spin, &Spin::valueChanged, this, [this, field](auto value) {
            LabParams next = m_shown;
            next.*field = static_cast<std::remove_reference_t<decltype(next.*field)>>(value);
            emit edited(next);
        });
    };
    bind(m_hiddenUnitsSpin, &LabParams::hiddenUnits);
    bind(m_learningRateSpin, &LabParams::learningRate);
    bind(m_biasShiftSpin, &LabParams::biasShift);
    bind(m_epochsSpin, &LabParams::epochs);
    bind(m_seedSpin, &LabParams::seed);
    connect(m_runButton, &QPushButton::clicked, this, &LabControls::rerunRequested);
    connect(m_useLearnedButton, &QPushButton::clicked, this, &LabControls::useLearnedAlphaRequested);
    connect(m_preluCombo, &QComboBox::currentIndexChanged, this, [this] {
        LabParams next = m_shown;
        next.prelu = static_cast<PreluMode>(m_preluCombo->currentData().toInt());
        emit edited(next);
    });
    connect(m_preluStartCombo, &QComboBox::currentIndexChanged, this, [this] {
        LabParams next = m_shown;
        next.preluStart = static_cast<PreluStart>(m_preluStartCombo->currentData().toInt());
        emit edited(next);
    });
}

void LabControls::setLearnedAlphaAvailable(bool available)
{
    m_useLearnedButton->setEnabled(available);
}

void LabControls::showParams(const LabParams &params)
{
    m_shown = params;
    const QSignalBlocker blockUnits(m_hiddenUnitsSpin);
    const QSignalBlocker blockRate(m_learningRateSpin);
    const QSignalBlocker blockShift(m_biasShiftSpin);
    const QSignalBlocker blockEpochs(m_epochsSpin);
    const QSignalBlocker blockSeed(m_seedSpin);
    const QSignalBlocker blockPrelu(m_preluCombo);
    const QSignalBlocker blockPreluStart(m_preluStartCombo);
    m_hiddenUnitsSpin->setValue(params.hiddenUnits);
    m_learningRateSpin->setValue(params.learningRate);
    m_biasShiftSpin->setValue(params.biasShift);
    m_epochsSpin->setValue(params.epochs);
    m_seedSpin->setValue(static_cast<int>(params.seed));
    m_preluCombo->setCurrentIndex(m_preluCombo->findData(static_cast<int>(params.prelu)));
    m_preluStartCombo->setCurrentIndex(m_preluStartCombo->findData(static_cast<int>(params.preluStart)));
    m_preluStartCombo->setEnabled(params.prelu != PreluMode::Off);
}

LabParams LabControls::normalized(const LabParams &requested, const LabParams &current)
{
    using namespace lab_limits;
    const LabParams defaults;
    LabParams next = requested;
    next.alpha = clamped(requested.alpha, limits::kAlphaMin, limits::kAlphaMax, current.alpha);
    next.hiddenUnits = std::clamp(requested.hiddenUnits, kHiddenUnitsMin, kHiddenUnitsMax);
    next.learningRate = snapped(
        clamped(requested.learningRate, kLearningRateMin, kLearningRateMax, defaults.learningRate),
        kLearningRateDecimals);
    next.biasShift = snapped(clamped(requested.biasShift, kBiasShiftMin, kBiasShiftMax, defaults.biasShift),
                             kBiasShiftDecimals);
    next.epochs = std::clamp(requested.epochs, kEpochsMin, kEpochsMax);
    next.seed = std::min(requested.seed, kSeedMax);
    next.points = std::clamp(requested.points, kPointsMin, kPointsMax);
    next.noise = clamped(requested.noise, kNoiseMin, kNoiseMax, defaults.noise);

    return next;
}

} // namespace lre::ui
