// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plotparams.h"
#include "textvalues.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QMenu;
class QPushButton;
class QSlider;
class QToolButton;

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
    // The pins' menu lists each pin to remove it; Pin is disabled when the current alpha is
    // pinned or no pin is free.
    void showPins(const Pins &pins, double alpha);
    QMenu *pinsMenu() const { return m_pinsMenu; }
    // Only the alpha slider, the presets and the pins stay, in a larger font; leaving restores
    // every control as it was.
    void setPresentation(bool on);
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
    void pinRequested();
    void unpinRequested(int index);
    void clearPinsRequested();

private:
    QWidget *buildPresets();
    QList<QWidget *> presentationHidden() const;
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
    QPushButton *m_pinButton = nullptr;
    QToolButton *m_pinsButton = nullptr;
    QMenu *m_pinsMenu = nullptr;
    Pins m_shownPins;
    bool m_menuBuilt = false;
    QWidget *m_rangeRow = nullptr;
    QWidget *m_gradientRow = nullptr;
    QList<QPair<QWidget *, bool>> m_shownBefore; // hidden by the presentation, and whether they were shown
    QFont m_fontBefore;
    bool m_fontSetBefore = false;
    bool m_presentation = false;
};

} // namespace lre::ui
