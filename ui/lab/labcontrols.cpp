// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcontrols.h"

#include "decimalspinbox.h"
#include "namedwidget.h"

#include "validation.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

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
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

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

    QWidget::setTabOrder(m_hiddenUnitsSpin, m_learningRateSpin);
    QWidget::setTabOrder(m_learningRateSpin, m_biasShiftSpin);
    QWidget::setTabOrder(m_biasShiftSpin, m_epochsSpin);
    QWidget::setTabOrder(m_epochsSpin, m_seedSpin);
    QWidget::setTabOrder(m_seedSpin, m_runButton);
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
}

void LabControls::showParams(const LabParams &params)
{
    m_shown = params;
    const QSignalBlocker blockUnits(m_hiddenUnitsSpin);
    const QSignalBlocker blockRate(m_learningRateSpin);
    const QSignalBlocker blockShift(m_biasShiftSpin);
    const QSignalBlocker blockEpochs(m_epochsSpin);
    const QSignalBlocker blockSeed(m_seedSpin);
    m_hiddenUnitsSpin->setValue(params.hiddenUnits);
    m_learningRateSpin->setValue(params.learningRate);
    m_biasShiftSpin->setValue(params.biasShift);
    m_epochsSpin->setValue(params.epochs);
    m_seedSpin->setValue(static_cast<int>(params.seed));
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
