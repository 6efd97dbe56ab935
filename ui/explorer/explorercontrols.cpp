// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorercontrols.h"
#include "numbertext.h"

#include "chartstyle.h"
#include "decimalspinbox.h"
#include "namedwidget.h"
#include "rangespinbox.h"

#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

struct AlphaPreset {
    double alpha;
    const char *source;
};

// Each framework's own default, named by the function that has it (../shared/REFERENCE.md).
constexpr AlphaPreset kPresets[] = {
    {0.01, QT_TRANSLATE_NOOP("lre::ui::ExplorerControls",
                             "PyTorch torch.nn.LeakyReLU and JAX jax.nn.leaky_relu default")},
    {0.1, QT_TRANSLATE_NOOP("lre::ui::ExplorerControls", "The tutorial's example")},
    {0.2, QT_TRANSLATE_NOOP("lre::ui::ExplorerControls", "TensorFlow tf.nn.leaky_relu default")},
    {0.3, QT_TRANSLATE_NOOP("lre::ui::ExplorerControls", "Keras 3 keras.layers.LeakyReLU default")},
};

} // namespace

ExplorerControls::ExplorerControls(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);

    m_alphaSlider = named(new QSlider(Qt::Horizontal), "alphaSlider", tr("Alpha"),
                          tr("Alpha, the slope of Leaky ReLU for negative x (0 to 1; "
                             "type into the box for -10 to 10). Space plays a sweep."));
    m_alphaSlider->setRange(0, kSliderSteps);
    m_alphaSlider->setSingleStep(1);
    m_alphaSlider->setPageStep(50);
    m_alphaSlider->setFocusPolicy(Qt::StrongFocus);

    m_alphaSpin = named(new DecimalSpinBox, "alphaSpin", tr("Alpha value"), tr("Alpha, exactly: -10 to 10"));
    m_alphaSpin->setDecimals(kAlphaDecimals);
    m_alphaSpin->setRange(limits::kAlphaMin, limits::kAlphaMax);
    m_alphaSpin->setSingleStep(0.01);
    m_alphaSpin->setAccelerated(true);
    m_alphaSpin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);

    m_playButton = named(new QPushButton(tr("Play")), "playButton", tr("Play alpha sweep"),
                         tr("Sweep alpha back and forth over 0 to 1 (Space on the slider)"));
    m_playButton->setCheckable(true);
    m_periodSpin = named(new DecimalSpinBox, "periodSpin", tr("Sweep period"),
                         tr("Seconds for one sweep from 0 to 1 and back"));
    m_periodSpin->setRange(0.5, 60.0);
    m_periodSpin->setDecimals(1);
    m_periodSpin->setSingleStep(0.5);
    m_periodSpin->setValue(4.0);
    m_periodSpin->setSuffix(tr(" s"));

    m_pinButton = named(new QPushButton(tr("Pin")), "pinButton", tr("Pin this alpha"),
                        tr("Keep the current Leaky ReLU on the chart as a reference (P on the slider; "
                           "up to %1)").arg(kMaxPins));
    m_pinButton->setAutoDefault(false);
    m_pinsMenu = new QMenu(this);
    m_pinsMenu->setObjectName(QStringLiteral("pinsMenu"));
    m_pinsButton = named(new QToolButton, "pinsButton", tr("Pinned alphas"),
                         tr("Remove a pinned curve, or clear them all (also on the chart's context menu)"));
    m_pinsButton->setText(tr("Pins"));
    m_pinsButton->setMenu(m_pinsMenu);
    m_pinsButton->setPopupMode(QToolButton::InstantPopup);

    auto *alphaLabel = new QLabel(tr("&Alpha (α)"));
    alphaLabel->setBuddy(m_alphaSlider);
    grid->addWidget(alphaLabel, 0, 0);
    grid->addWidget(m_alphaSlider, 0, 1, 1, 3);
    auto *alphaTail = new QHBoxLayout;
    alphaTail->addWidget(m_alphaSpin);
    alphaTail->addWidget(m_pinButton);
    alphaTail->addWidget(m_pinsButton);
    alphaTail->addWidget(m_playButton);
    alphaTail->addWidget(m_periodSpin);
    grid->addLayout(alphaTail, 0, 4);
    grid->addWidget(new QLabel(tr("Presets")), 1, 0);
    grid->addWidget(buildPresets(), 1, 1);

    m_xMinSpin = named(new RangeSpinBox, "xMinSpin", tr("x minimum"),
                       tr("Left end of the x range (always below the right end)"));
    m_xMaxSpin = named(new RangeSpinBox, "xMaxSpin", tr("x maximum"),
                       tr("Right end of the x range (always above the left end)"));
    m_rangeRow = new QWidget;
    auto *range = new QHBoxLayout(m_rangeRow);
    range->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("&x from"));
    fromLabel->setBuddy(m_xMinSpin);
    auto *toLabel = new QLabel(tr("to"));
    toLabel->setBuddy(m_xMaxSpin);
    range->addStretch(1);
    range->addWidget(fromLabel);
    range->addWidget(m_xMinSpin);
    range->addWidget(toLabel);
    range->addWidget(m_xMaxSpin);
    grid->addWidget(m_rangeRow, 1, 2);

    m_gradientsCheck = named(new QCheckBox(tr("&Gradients")), "gradientsCheck", tr("Show gradients"),
                             tr("Show the gradient steps of both functions on the chart below"));
    m_zeroGradientCombo = named(new QComboBox, "zeroGradientCombo", tr("Gradient at x = 0"),
                                tr("Which one-sided limit the gradient takes at exactly x = 0"));
    m_zeroGradientCombo->addItem(tr("at 0: left limit (PyTorch, TF)"),
                                 static_cast<int>(ZeroGradient::LeftLimit));
    m_zeroGradientCombo->addItem(tr("at 0: right limit (JAX)"), static_cast<int>(ZeroGradient::RightLimit));
    m_gradientRow = new QWidget;
    auto *gradients = new QHBoxLayout(m_gradientRow);
    gradients->setContentsMargins(0, 0, 0, 0);
    gradients->addWidget(m_gradientsCheck);
    gradients->addWidget(m_zeroGradientCombo);
    grid->addWidget(m_gradientRow, 1, 3, 1, 2, Qt::AlignRight);
    grid->setColumnStretch(1, 1);
    setTabOrder();

    connect(m_alphaSlider, &QSlider::valueChanged, this,
            [this](int value) { emit sliderMoved(static_cast<double>(value) / kSliderSteps); });
    connect(m_alphaSpin, &QDoubleSpinBox::valueChanged, this, &ExplorerControls::alphaTyped);
    connect(m_xMinSpin, &QDoubleSpinBox::valueChanged, this, &ExplorerControls::xMinChosen);
    connect(m_xMaxSpin, &QDoubleSpinBox::valueChanged, this, &ExplorerControls::xMaxChosen);
    connect(m_gradientsCheck, &QCheckBox::toggled, this, &ExplorerControls::gradientsToggled);
    connect(m_zeroGradientCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        emit zeroGradientChosen(static_cast<ZeroGradient>(m_zeroGradientCombo->itemData(index).toInt()));
    });
    connect(m_playButton, &QPushButton::clicked, this, &ExplorerControls::playToggled);
    connect(m_periodSpin, &QDoubleSpinBox::valueChanged, this, &ExplorerControls::sweepPeriodChanged);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_alphaSlider);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &ExplorerControls::playToggled);
    connect(m_pinButton, &QPushButton::clicked, this, &ExplorerControls::pinRequested);
    auto *pinKey = new QShortcut(QKeySequence(Qt::Key_P), m_alphaSlider);
    pinKey->setContext(Qt::WidgetShortcut);
    connect(pinKey, &QShortcut::activated, this, &ExplorerControls::pinRequested);
    showPins({}, 0.0);
}

void ExplorerControls::showPins(const Pins &pins, double alpha)
{
    const bool pinned = std::find(pins.begin(), pins.end(), alpha) != pins.end();
    m_pinButton->setEnabled(!pinned && pins.size() < kMaxPins);
    // An alpha step only changes whether Pin applies; the menu changes with the pins.
    if (m_menuBuilt && pins == m_shownPins)
        return;
    m_menuBuilt = true;
    m_shownPins = pins;
    m_pinsMenu->clear();
    for (std::size_t i = 0; i < pins.size(); ++i) {
        QAction *remove = m_pinsMenu->addAction(tr("Remove α = %1").arg(shown_number(pins[i], 'g', 6)));
        remove->setObjectName(QStringLiteral("unpin_%1").arg(i));
        connect(remove, &QAction::triggered, this, [this, i] { emit unpinRequested(static_cast<int>(i)); });
    }
    m_pinsMenu->addSeparator();
    QAction *clear = m_pinsMenu->addAction(tr("Clear Pins"));
    clear->setObjectName(QStringLiteral("clearPinsAction"));
    clear->setEnabled(!pins.empty());
    connect(clear, &QAction::triggered, this, &ExplorerControls::clearPinsRequested);
    m_pinsButton->setEnabled(!pins.empty());
    m_pinsButton->setText(pins.empty() ? tr("Pins") : tr("Pins (%1)").arg(pins.size()));
}

QList<QWidget *> ExplorerControls::presentationHidden() const
{
    return {m_alphaSpin, m_playButton, m_periodSpin, m_rangeRow, m_gradientRow};
}

void ExplorerControls::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    if (on) {
        m_shownBefore.clear();
        for (QWidget *widget : presentationHidden()) {
            m_shownBefore.append({widget, !widget->isHidden()});
            widget->hide();
        }
        m_fontSetBefore = testAttribute(Qt::WA_SetFont);
        m_fontBefore = font();
        QFont large = m_fontBefore;
        large.setPointSizeF(large.pointSizeF() * chart_style::kPresentationScale);
        setFont(large);
    } else {
        // A font that was inherited is inherited again, so later font changes still reach it.
        setFont(m_fontSetBefore ? m_fontBefore : QFont());
        for (const auto &[widget, shown] : m_shownBefore)
            widget->setVisible(shown);
        m_shownBefore.clear();
    }
}

QWidget *ExplorerControls::buildPresets()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const AlphaPreset &preset : kPresets) {
        const QString value = shown_number(preset.alpha);
        const QString id = QString::number(preset.alpha); // object names stay C-style
        auto *button = named(new QPushButton(value), qPrintable(QStringLiteral("preset_") + id),
                             tr("Alpha preset %1").arg(value),
                             tr("α = %1: %2").arg(value, tr(preset.source)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, alpha = preset.alpha] { emit alphaTyped(alpha); });
        layout->addWidget(button);
        m_presets.append(button);
    }
    return row;
}

void ExplorerControls::setTabOrder()
{
    QList<QWidget *> order{m_alphaSlider, m_alphaSpin, m_pinButton, m_pinsButton, m_playButton, m_periodSpin};
    for (QPushButton *button : m_presets)
        order.append(button);
    order << m_xMinSpin << m_xMaxSpin << m_gradientsCheck << m_zeroGradientCombo;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void ExplorerControls::showParams(const PlotParams &params)
{
    const QSignalBlocker blockSlider(m_alphaSlider);
    const QSignalBlocker blockSpin(m_alphaSpin);
    const QSignalBlocker blockMin(m_xMinSpin);
    const QSignalBlocker blockMax(m_xMaxSpin);
    const QSignalBlocker blockCheck(m_gradientsCheck);
    const QSignalBlocker blockCombo(m_zeroGradientCombo);

    const int sliderValue = static_cast<int>(std::lround(std::clamp(params.alpha, 0.0, 1.0) * kSliderSteps));
    if (m_alphaSlider->value() != sliderValue)
        m_alphaSlider->setValue(sliderValue);
    if (m_alphaSpin->value() != params.alpha)
        m_alphaSpin->setValue(params.alpha);

    // Each bound's limits keep x-min < x-max under typing, stepping and the wheel. Set only when
    // they move: a slider step would otherwise repaint both boxes.
    if (m_xMinSpin->maximum() != params.xMax - limits::kMinXSpan)
        m_xMinSpin->setRange(-limits::kXAbsMax, params.xMax - limits::kMinXSpan);
    if (m_xMaxSpin->minimum() != params.xMin + limits::kMinXSpan)
        m_xMaxSpin->setRange(params.xMin + limits::kMinXSpan, limits::kXAbsMax);
    if (m_xMinSpin->value() != params.xMin)
        m_xMinSpin->setValue(params.xMin);
    if (m_xMaxSpin->value() != params.xMax)
        m_xMaxSpin->setValue(params.xMax);

    m_gradientsCheck->setChecked(params.showGradients);
    m_zeroGradientCombo->setEnabled(params.showGradients);
    m_zeroGradientCombo->setCurrentIndex(m_zeroGradientCombo->findData(static_cast<int>(params.zeroGradient)));
}

void ExplorerControls::showSweeping(bool running)
{
    m_playButton->setChecked(running);
    m_playButton->setText(running ? tr("Stop") : tr("Play"));
}

double ExplorerControls::sweepPeriodSeconds() const
{
    return m_periodSpin->value();
}

} // namespace lre::ui
