#include "mainwindow.h"

#include "activationchart.h"
#include "alphasweep.h"
#include "chartview.h"
#include "exportdialog.h"
#include "labpanel.h"
#include "namedwidget.h"
#include "rangespinbox.h"

#include "validation.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QStandardPaths>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QTabWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

struct AlphaPreset {
    double alpha;
    const char *source;
};

constexpr AlphaPreset kPresets[] = {
    {0.01, QT_TRANSLATE_NOOP("lre::ui::MainWindow", "PyTorch default (nn.LeakyReLU)")},
    {0.1, QT_TRANSLATE_NOOP("lre::ui::MainWindow", "The classic example")},
    {0.2, QT_TRANSLATE_NOOP("lre::ui::MainWindow", "TensorFlow tf.nn.leaky_relu default")},
    {0.3, QT_TRANSLATE_NOOP("lre::ui::MainWindow", "Keras LeakyReLU layer default")},
};

// The window holds values as its spin boxes show them, so what is drawn is what is displayed.
double snapped(double value, double stepsPerUnit)
{
    // Dividing by a whole number of steps gives the double nearest the decimal, as typing it would.
    return std::round(value * stepsPerUnit) / stepsPerUnit;
}

QString number_text(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Leaky ReLU Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/leaky-relu-explorer.svg")));

    m_chart = new ActivationChart;
    m_view = named(new ChartView(m_chart), "chartView", tr("Chart"),
                   tr("Wheel: zoom x around the cursor · drag: pan · double-click: default view"));
    m_sweep = new AlphaSweep(this);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    m_noteLabel = named(new QLabel, "alphaNote", tr("Note about alpha"),
                        tr("What the current alpha means"));
    m_noteLabel->setWordWrap(true);
    layout->addWidget(m_noteLabel);
    layout->addWidget(buildControls());
    m_lab = new LabPanel;
    m_tabs = named(new QTabWidget, "mainTabs", tr("Views"), tr("The explorer and the dying-ReLU lab"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(central, tr("Ex&plorer"));
    m_tabs->addTab(m_lab, tr("&Dying-ReLU Lab"));
    setCentralWidget(m_tabs);

    m_hoverLabel = named(new QLabel, "hoverReadout", tr("Values under the mouse"),
                         tr("x and the functions and gradients at the mouse position"));
    statusBar()->addWidget(m_hoverLabel, 1);

    buildActions();
    buildMenus();
    connectControls();

    resize(1100, 700);
    setMinimumSize(900, 560);
    setTheme(Theme::Light);
    applyParams(m_params);
    // The lab trains with the explorer's alpha; it runs only while its tab is shown.
    m_lab->applyTheme(m_theme);
    m_lab->setAlpha(m_params.alpha);
    connect(this, &MainWindow::paramsChanged, m_lab,
            [this](const PlotParams &params) { m_lab->setAlpha(params.alpha); });
    connect(this, &MainWindow::themeChanged, m_lab, &LabPanel::applyTheme);
    m_alphaSlider->setFocus(Qt::OtherFocusReason);
}

QWidget *MainWindow::buildControls()
{
    auto *panel = new QWidget;
    auto *grid = new QGridLayout(panel);
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

    m_alphaSpin = named(new QDoubleSpinBox, "alphaSpin", tr("Alpha value"),
                        tr("Alpha, exactly: -10 to 10"));
    m_alphaSpin->setDecimals(kAlphaDecimals);
    m_alphaSpin->setRange(limits::kAlphaMin, limits::kAlphaMax);
    m_alphaSpin->setSingleStep(0.01);
    m_alphaSpin->setAccelerated(true);
    m_alphaSpin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);

    m_playButton = named(new QPushButton(tr("Play")), "playButton", tr("Play alpha sweep"),
                         tr("Sweep alpha back and forth over 0 to 1 (Space on the slider)"));
    m_playButton->setCheckable(true);
    m_periodSpin = named(new QDoubleSpinBox, "periodSpin", tr("Sweep period"),
                         tr("Seconds for one sweep from 0 to 1 and back"));
    m_periodSpin->setRange(0.5, 60.0);
    m_periodSpin->setDecimals(1);
    m_periodSpin->setSingleStep(0.5);
    m_periodSpin->setValue(m_sweep->periodSeconds());
    m_periodSpin->setSuffix(tr(" s"));

    auto *alphaLabel = new QLabel(tr("&Alpha (α)"));
    alphaLabel->setBuddy(m_alphaSlider);
    grid->addWidget(alphaLabel, 0, 0);
    grid->addWidget(m_alphaSlider, 0, 1, 1, 3);
    auto *alphaTail = new QHBoxLayout;
    alphaTail->addWidget(m_alphaSpin);
    alphaTail->addWidget(m_playButton);
    alphaTail->addWidget(m_periodSpin);
    grid->addLayout(alphaTail, 0, 4);

    auto *presets = new QHBoxLayout;
    presets->setSpacing(4);
    for (const AlphaPreset &preset : kPresets) {
        const QString value = QString::number(preset.alpha);
        auto *button = named(new QPushButton(value), qPrintable(QStringLiteral("preset_") + value),
                             tr("Alpha preset %1").arg(value),
                             tr("α = %1: %2").arg(value, tr(preset.source)));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, alpha = preset.alpha] {
            stopSweep();
            setAlpha(alpha);
        });
        presets->addWidget(button);
    }
    auto *presetLabel = new QLabel(tr("Presets"));
    grid->addWidget(presetLabel, 1, 0);
    grid->addLayout(presets, 1, 1);

    m_xMinSpin = named(new RangeSpinBox, "xMinSpin", tr("x minimum"),
                       tr("Left end of the x range (always below the right end)"));
    m_xMaxSpin = named(new RangeSpinBox, "xMaxSpin", tr("x maximum"),
                       tr("Right end of the x range (always above the left end)"));
    auto *range = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&x from"));
    fromLabel->setBuddy(m_xMinSpin);
    auto *toLabel = new QLabel(tr("to"));
    toLabel->setBuddy(m_xMaxSpin);
    range->addStretch(1);
    range->addWidget(fromLabel);
    range->addWidget(m_xMinSpin);
    range->addWidget(toLabel);
    range->addWidget(m_xMaxSpin);
    grid->addLayout(range, 1, 2);

    m_gradientsCheck = named(new QCheckBox(tr("&Gradients")), "gradientsCheck", tr("Show gradients"),
                             tr("Show the gradient steps of both functions (right axis)"));
    m_zeroGradientCombo = named(new QComboBox, "zeroGradientCombo", tr("Gradient at x = 0"),
                                tr("Which one-sided limit the gradient takes at exactly x = 0"));
    m_zeroGradientCombo->addItem(tr("at 0: left limit (PyTorch, TF)"),
                                 static_cast<int>(ZeroGradient::LeftLimit));
    m_zeroGradientCombo->addItem(tr("at 0: right limit (JAX)"),
                                 static_cast<int>(ZeroGradient::RightLimit));
    auto *gradients = new QHBoxLayout;
    gradients->addWidget(m_gradientsCheck);
    gradients->addWidget(m_zeroGradientCombo);
    grid->addLayout(gradients, 1, 3, 1, 2, Qt::AlignRight);
    grid->setColumnStretch(1, 1);

    QWidget::setTabOrder(m_alphaSlider, m_alphaSpin);
    QWidget::setTabOrder(m_alphaSpin, m_playButton);
    QWidget::setTabOrder(m_playButton, m_periodSpin);
    QWidget *previous = m_periodSpin;
    for (QPushButton *button : panel->findChildren<QPushButton *>(
             QRegularExpression(QStringLiteral("^preset_")))) {
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    QWidget::setTabOrder(previous, m_xMinSpin);
    QWidget::setTabOrder(m_xMinSpin, m_xMaxSpin);
    QWidget::setTabOrder(m_xMaxSpin, m_gradientsCheck);
    QWidget::setTabOrder(m_gradientsCheck, m_zeroGradientCombo);
    return panel;
}

QAction *MainWindow::makeAction(const QString &text, const char *objectName,
                                const QKeySequence &shortcut, const QString &toolTip, bool checkable)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    if (!toolTip.isEmpty())
        action->setToolTip(toolTip);
    action->setCheckable(checkable);
    return action;
}

void MainWindow::buildActions()
{
    m_quitAction = makeAction(tr("&Quit"), "quitAction", QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_exportAction = makeAction(tr("&Export…"), "exportAction", QKeySequence(tr("Ctrl+E")),
                                tr("Save the chart as PNG, JPEG, SVG, PDF or CSV (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);

    m_copyAction = makeAction(tr("&Copy Image"), "copyImageAction", QKeySequence(tr("Ctrl+Shift+C")),
                              tr("Put the chart image on the clipboard (Ctrl+Shift+C)"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyImage);

    m_darkThemeAction = makeAction(tr("&Dark Theme"), "darkThemeAction", QKeySequence(tr("Ctrl+T")),
                                   tr("Switch between the light and the dark theme (Ctrl+T)"), true);
    connect(m_darkThemeAction, &QAction::triggered, this,
            [this](bool dark) { setTheme(dark ? Theme::Dark : Theme::Light); });

    m_gradientsAction = makeAction(tr("Show &Gradients"), "gradientsAction", QKeySequence(tr("Ctrl+G")),
                                   tr("Show the gradient chart (Ctrl+G)"), true);
    connect(m_gradientsAction, &QAction::triggered, this, &MainWindow::setShowGradients);

    m_resetAction = makeAction(tr("&Reset"), "resetAction", QKeySequence(tr("Ctrl+R")),
                               tr("Return every control to its default (Ctrl+R)"));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetToDefaults);

    m_playAction = makeAction(tr("&Play Alpha Sweep"), "playAction", {}, {}, true);
    connect(m_playAction, &QAction::triggered, this, &MainWindow::toggleSweep);

    m_aboutAction = makeAction(tr("&About Leaky ReLU Explorer"), "aboutAction", {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copyAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_darkThemeAction);
    view->addAction(m_gradientsAction);
    view->addAction(m_playAction);
    view->addSeparator();
    view->addAction(m_resetAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_exportAction);
    tools->addSeparator();
    tools->addAction(m_darkThemeAction);
    tools->addAction(m_gradientsAction);
    tools->addAction(m_resetAction);
}

void MainWindow::connectControls()
{
    connect(m_alphaSlider, &QSlider::valueChanged, this, &MainWindow::onSliderValueChanged);
    connect(m_alphaSpin, &QDoubleSpinBox::valueChanged, this, [this](double alpha) {
        stopSweep();
        setAlpha(alpha);
    });
    connect(m_xMinSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double xMin) { setXRange(xMin, m_params.xMax); });
    connect(m_xMaxSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double xMax) { setXRange(m_params.xMin, xMax); });
    connect(m_gradientsCheck, &QCheckBox::toggled, this, &MainWindow::setShowGradients);
    connect(m_zeroGradientCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setZeroGradient(static_cast<ZeroGradient>(m_zeroGradientCombo->itemData(index).toInt()));
    });
    connect(m_playButton, &QPushButton::clicked, this, &MainWindow::toggleSweep);
    connect(m_periodSpin, &QDoubleSpinBox::valueChanged, m_sweep, &AlphaSweep::setPeriodSeconds);
    connect(m_sweep, &AlphaSweep::alphaChanged, this, &MainWindow::onSweepAlpha);
    connect(m_sweep, &AlphaSweep::runningChanged, this, [this](bool running) {
        m_playButton->setChecked(running);
        m_playButton->setText(running ? tr("Stop") : tr("Play"));
        m_playAction->setChecked(running);
    });
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_alphaSlider);
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &MainWindow::toggleSweep);

    connect(m_view, &ChartView::xRangeRequested, this, &MainWindow::setXRange);
    connect(m_view, &ChartView::resetViewRequested, this, [this] {
        const PlotParams defaults;
        setXRange(defaults.xMin, defaults.xMax);
    });
    connect(m_view, &ChartView::hoveredAt, this, &MainWindow::showHoverReadout);
    connect(m_view, &ChartView::hoverLeft, this, &MainWindow::clearHoverReadout);
}

bool MainWindow::isSweeping() const
{
    return m_sweep->isRunning();
}

void MainWindow::onSliderValueChanged(int value)
{
    if (!m_sweepDriving)
        stopSweep();
    setAlpha(static_cast<double>(value) / kSliderSteps);
}

void MainWindow::onSweepAlpha(double alpha)
{
    m_sweepDriving = true;
    setAlpha(std::round(alpha * kSliderSteps) / kSliderSteps);
    m_sweepDriving = false;
}

void MainWindow::toggleSweep()
{
    if (m_sweep->isRunning())
        m_sweep->stop();
    else
        m_sweep->start(m_params.alpha);
}

void MainWindow::stopSweep()
{
    m_sweep->stop();
}

void MainWindow::setAlpha(double alpha)
{
    PlotParams next = m_params;
    next.alpha = alpha;
    applyParams(next);
}

void MainWindow::setXRange(double xMin, double xMax)
{
    PlotParams next = m_params;
    next.xMin = xMin;
    next.xMax = xMax;
    applyParams(next);
}

void MainWindow::setShowGradients(bool show)
{
    PlotParams next = m_params;
    next.showGradients = show;
    applyParams(next);
}

void MainWindow::setZeroGradient(ZeroGradient convention)
{
    PlotParams next = m_params;
    next.zeroGradient = convention;
    applyParams(next);
}

void MainWindow::setParams(const PlotParams &params)
{
    applyParams(params);
}

PlotParams MainWindow::normalized(const PlotParams &requested) const
{
    PlotParams next = requested;
    next.alpha = std::isfinite(requested.alpha)
        ? snapped(std::clamp(requested.alpha, limits::kAlphaMin, limits::kAlphaMax), kAlphaStepsPerUnit)
        : m_params.alpha;
    XRange range = std::isfinite(requested.xMin) && std::isfinite(requested.xMax)
        ? clamp_x_range(requested.xMin, requested.xMax)
        : XRange{m_params.xMin, m_params.xMax};
    const XRange onGrid{snapped(range.min, kXStepsPerUnit), snapped(range.max, kXStepsPerUnit)};
    if (!validate_x_range(onGrid.min, onGrid.max))
        range = onGrid;
    next.xMin = range.min;
    next.xMax = range.max;
    return next;
}

void MainWindow::resetToDefaults()
{
    stopSweep();
    applyParams(PlotParams{});
    setTheme(Theme::Light);
}

void MainWindow::applyParams(const PlotParams &requested)
{
    const PlotParams params = normalized(requested);
    const bool changed = params != m_params || m_chart->params() != params;
    m_params = params;
    syncControls();
    if (!changed)
        return;
    m_chart->setParams(m_params);
    updateNote();
    emit paramsChanged(m_params);
}

void MainWindow::syncControls()
{
    const QSignalBlocker blockSlider(m_alphaSlider);
    const QSignalBlocker blockSpin(m_alphaSpin);
    const QSignalBlocker blockMin(m_xMinSpin);
    const QSignalBlocker blockMax(m_xMaxSpin);
    const QSignalBlocker blockCheck(m_gradientsCheck);
    const QSignalBlocker blockCombo(m_zeroGradientCombo);

    const int sliderValue = static_cast<int>(
        std::lround(std::clamp(m_params.alpha, 0.0, 1.0) * kSliderSteps));
    if (m_alphaSlider->value() != sliderValue)
        m_alphaSlider->setValue(sliderValue);
    if (m_alphaSpin->value() != m_params.alpha)
        m_alphaSpin->setValue(m_params.alpha);

    // Each bound's limits keep x-min < x-max under typing, stepping and the wheel.
    m_xMinSpin->setRange(-limits::kXAbsMax, m_params.xMax - limits::kMinXSpan);
    m_xMaxSpin->setRange(m_params.xMin + limits::kMinXSpan, limits::kXAbsMax);
    if (m_xMinSpin->value() != m_params.xMin)
        m_xMinSpin->setValue(m_params.xMin);
    if (m_xMaxSpin->value() != m_params.xMax)
        m_xMaxSpin->setValue(m_params.xMax);

    m_gradientsCheck->setChecked(m_params.showGradients);
    m_gradientsAction->setChecked(m_params.showGradients);
    m_zeroGradientCombo->setEnabled(m_params.showGradients);
    m_zeroGradientCombo->setCurrentIndex(
        m_zeroGradientCombo->findData(static_cast<int>(m_params.zeroGradient)));
}

void MainWindow::setTheme(Theme theme)
{
    const bool changed = theme != m_theme;
    m_theme = theme;
    apply_application_theme(theme);
    setPalette(theme_palette(theme));
    m_chart->applyTheme(theme);
    m_darkThemeAction->setChecked(theme == Theme::Dark);
    updateNote();
    if (changed)
        emit themeChanged(theme);
}

void MainWindow::updateNote()
{
    const double alpha = m_params.alpha;
    QString note;
    bool warning = true;
    if (alpha > 1.0)
        note = tr("α > 1: the negative side is now steeper than the positive side, and "
                  "max(α·x, x) would no longer be Leaky ReLU (it would swap the two slopes).");
    else if (alpha < 0.0)
        note = tr("α < 0: negative inputs now give positive outputs, so the function is no longer "
                  "monotonic.");
    else if (alpha == 0.0)
        note = tr("α = 0: Leaky ReLU is plain ReLU, and negative inputs get no gradient at all.");
    else if (alpha == 1.0)
        note = tr("α = 1: Leaky ReLU is the identity; the network loses its non-linearity.");
    else {
        warning = false;
        note = tr("Arrow keys move α by 0.001, Page Up/Down by 0.05. On the chart: the wheel zooms x, "
                  "dragging pans, a double-click restores −5 to 5.");
    }
    // Called on every slider step: a palette change repolishes the label, so only when it differs.
    const ThemeColors colors = theme_colors(m_theme);
    const QColor color = warning ? colors.note : colors.mutedText;
    if (m_noteLabel->palette().color(QPalette::WindowText) != color) {
        QPalette palette = m_noteLabel->palette();
        palette.setColor(QPalette::WindowText, color);
        m_noteLabel->setPalette(palette);
    }
    if (m_noteLabel->text() != note)
        m_noteLabel->setText(note);
}

void MainWindow::showHoverReadout(double x)
{
    const PlotParams &p = m_params;
    m_hoverLabel->setText(tr("x = %1    ReLU(x) = %2    Leaky ReLU(x) = %3    ReLU′(x) = %4    "
                             "Leaky ReLU′(x) = %5")
                              .arg(number_text(x), number_text(relu(x)),
                                   number_text(leaky_relu(x, p.alpha)),
                                   number_text(relu_grad(x, p.zeroGradient)),
                                   number_text(leaky_relu_grad(x, p.alpha, p.zeroGradient))));
}

void MainWindow::clearHoverReadout()
{
    m_hoverLabel->clear();
}

QSize MainWindow::chartSize() const
{
    return m_view->viewport()->size();
}

ExportResult MainWindow::exportTo(const QString &path, QSize size, int scale, long samples)
{
    ExportRequest request;
    request.path = path;
    request.params = m_params;
    request.theme = m_theme;
    request.size = size;
    request.scale = scale;
    request.samples = samples;
    const ExportResult result = export_chart(request);
    if (result.ok) {
        m_lastExportPath = path;
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    }
    return result;
}

void MainWindow::exportWithDialog()
{
    stopSweep();
    QString path = m_lastExportPath;
    if (path.isEmpty()) {
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        path = QDir(pictures.isEmpty() ? QDir::homePath() : pictures)
                   .filePath(QStringLiteral("leaky-relu.png"));
    }
    ExportDialog dialog(path, chartSize(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest request = dialog.request(m_params, m_theme);
    const ExportResult result = m_tabs->currentWidget() == m_lab
        ? exportLab(request.path, request.scale)
        : exportTo(request.path, request.size, request.scale, request.samples);
    if (!result.ok)
        QMessageBox::warning(this, tr("Export Failed"), result.error);
}

ExportResult MainWindow::exportLab(const QString &path, int scale)
{
    // The lab tab exports its charts as an image or vectors, and its records as CSV.
    switch (export_format_for(path).value_or(ExportFormat::Png)) {
    case ExportFormat::Csv:
        return m_lab->exportRecordsCsv(path);
    case ExportFormat::Svg:
    case ExportFormat::Pdf:
        return m_lab->exportChartsVector(path);
    case ExportFormat::Png:
    case ExportFormat::Jpeg:
        break;
    }
    return m_lab->exportChartsImage(path, scale);
}

void MainWindow::copyImage()
{
    const int scale = qMax(1, qRound(devicePixelRatioF()));
    QApplication::clipboard()->setImage(render_chart_image(m_params, m_theme, chartSize(), scale));
    statusBar()->showMessage(tr("Chart image copied"), 3000);
}

AppSettings MainWindow::currentSettings() const
{
    return {m_params, m_theme, saveGeometry()};
}

void MainWindow::restoreSettings(const AppSettings &settings)
{
    if (!settings.windowGeometry.isEmpty())
        restoreGeometry(settings.windowGeometry);
    setTheme(settings.theme);
    setParams(settings.params);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Leaky ReLU Explorer"),
        tr("<h3>Leaky ReLU Explorer %1</h3>"
           "<p>ReLU passes positive inputs through and turns every negative input into 0. Its "
           "gradient there is 0 too, so a unit whose input stays negative for every example stops "
           "learning for good: it has <i>died</i>. Leaky ReLU keeps a small slope α for negative "
           "inputs, f(x) = x for x &gt; 0 and α·x otherwise, so such a unit still receives a "
           "gradient of α and can recover.</p>"
           "<p>Drag α and watch both functions and their gradients change; the kink at 0 is drawn "
           "exactly.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace lre::ui
