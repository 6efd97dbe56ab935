// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPushButton;
class QSlider;

namespace lre::ui {

class RangeSpinBox;

// The explorer's controls: alpha (slider, exact box, presets, play), the x range and the
// gradient options. They report what a person did and show what they are given; the page
// decides what is valid.
class ExplorerControls final : public QWidget {
    Q_OBJECT

public:
    explicit ExplorerControls(QWidget *parent = nullptr);

    // Shows the state without reporting it back.
    void showParams(const PlotParams &params);
    void showSweeping(bool running);
    double sweepPeriodSeconds() const;
    QSlider *alphaSlider() const { return m_alphaSlider; }

    static constexpr int kSliderSteps = 1000; // the slider covers [0, 1] in steps of 0.001
    static constexpr int kAlphaDecimals = 4;

signals:
    void sliderMoved(double alpha); // a slider step, on the slider's 0.001 grid
    void alphaTyped(double alpha);  // the exact box, or a preset
    void xMinChosen(double xMin);
    void xMaxChosen(double xMax);
    void gradientsToggled(bool show);
    void zeroGradientChosen(lre::ZeroGradient convention);
    void playToggled();
    void sweepPeriodChanged(double seconds);

private:
    QWidget *buildPresets();
    void setTabOrder();

    QSlider *m_alphaSlider = nullptr;
    QDoubleSpinBox *m_alphaSpin = nullptr;
    QPushButton *m_playButton = nullptr;
    QDoubleSpinBox *m_periodSpin = nullptr;
    QList<QPushButton *> m_presets;
    RangeSpinBox *m_xMinSpin = nullptr;
    RangeSpinBox *m_xMaxSpin = nullptr;
    QCheckBox *m_gradientsCheck = nullptr;
    QComboBox *m_zeroGradientCombo = nullptr;
};

} // namespace lre::ui
