#pragma once

#include "appsettings.h"
#include "chartexport.h"
#include "theme.h"

#include "plotparams.h"

#include <QMainWindow>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QKeySequence;
class QLabel;
class QPushButton;
class QSlider;
class QTabWidget;

namespace lre::ui {

class ActivationChart;
class AlphaSweep;
class ChartView;
class LabPanel;
class RangeSpinBox;

class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    const PlotParams &params() const { return m_params; }
    Theme theme() const { return m_theme; }
    ActivationChart *chart() const { return m_chart; }
    LabPanel *labPanel() const { return m_lab; }
    bool isSweeping() const;

    // Each setter takes any value, keeps the state valid (clamping what it must) and brings every
    // control and the chart in line before it returns, so the chart repaints in this event-loop turn.
    void setAlpha(double alpha);
    void setXRange(double xMin, double xMax);
    void setShowGradients(bool show);
    void setZeroGradient(ZeroGradient convention);
    void setTheme(Theme theme);
    void setParams(const PlotParams &params);
    void resetToDefaults();

    // Exports the chart as it is now; the dialog is only the way a person reaches this.
    ExportResult exportTo(const QString &path, QSize size, int scale = 1, long samples = 101);
    ExportResult exportLab(const QString &path, int scale = 1);
    void copyImage();
    QSize chartSize() const;

    AppSettings currentSettings() const;
    void restoreSettings(const AppSettings &settings);

    static constexpr int kSliderSteps = 1000; // the slider covers [0, 1] in steps of 0.001
    static constexpr int kAlphaDecimals = 4;
    static constexpr double kAlphaStepsPerUnit = 1e4;
    static constexpr double kXStepsPerUnit = 1e6; // as the x spin boxes hold their values

signals:
    void paramsChanged(const lre::PlotParams &params);
    void themeChanged(lre::Theme theme);

private:
    QAction *makeAction(const QString &text, const char *objectName, const QKeySequence &shortcut,
                        const QString &toolTip = {}, bool checkable = false);
    void buildActions();
    void buildMenus();
    QWidget *buildControls();
    void connectControls();
    void syncControls();
    PlotParams normalized(const PlotParams &requested) const;
    void applyParams(const PlotParams &requested);
    void stopSweep();
    void toggleSweep();
    void onSliderValueChanged(int value);
    void onSweepAlpha(double alpha);
    void showHoverReadout(double x);
    void clearHoverReadout();
    void updateNote();
    void showAbout();
    void exportWithDialog();

    PlotParams m_params;
    Theme m_theme = Theme::Light;
    bool m_sweepDriving = false;
    QString m_lastExportPath;

    ActivationChart *m_chart = nullptr;
    ChartView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    LabPanel *m_lab = nullptr;
    AlphaSweep *m_sweep = nullptr;

    QSlider *m_alphaSlider = nullptr;
    QDoubleSpinBox *m_alphaSpin = nullptr;
    QPushButton *m_playButton = nullptr;
    QDoubleSpinBox *m_periodSpin = nullptr;
    RangeSpinBox *m_xMinSpin = nullptr;
    RangeSpinBox *m_xMaxSpin = nullptr;
    QCheckBox *m_gradientsCheck = nullptr;
    QComboBox *m_zeroGradientCombo = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_hoverLabel = nullptr;

    QAction *m_darkThemeAction = nullptr;
    QAction *m_gradientsAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace lre::ui
