// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerpage.h"
#include "numbertext.h"

#include "activationchart.h"
#include "alphasweep.h"
#include "chartview.h"
#include "explorercontrols.h"
#include "explorerexport.h"
#include "namedwidget.h"
#include "plotsettings.h"
#include "readouts.h"

#include "codesnippets.h"
#include "validation.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

// The page holds values as its boxes show them, so what is drawn is what is displayed.
double snapped(double value, double stepsPerUnit)
{
    // Dividing by a whole number of steps gives the double nearest the decimal, as typing it would.
    return std::round(value * stepsPerUnit) / stepsPerUnit;
}

} // namespace

ExplorerPage::ExplorerPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("explorerPage"));
    m_chart = new ActivationChart;
    m_view = named(new ChartView(m_chart), "chartView", tr("Chart"),
                   tr("Wheel: zoom x around the cursor · drag: pan · double-click: default view"));
    m_sweep = new AlphaSweep(this);
    m_controls = new ExplorerControls;
    m_noteLabel = text_label("alphaNote", tr("Note about alpha"), tr("What the current alpha means"));
    // Shown in the window's status bar, which takes it over; hidden until then.
    m_hoverLabel = named(new QLabel(this), "hoverReadout", tr("Values under the mouse"),
                         tr("x and the functions and gradients at the mouse position"));

    m_hoverLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_controls);

    buildActions();
    connectControls();
    m_sweep->setPeriodSeconds(m_controls->sweepPeriodSeconds());
    applyTheme(Theme::Light);
    applyParams(m_params);
    setFocusProxy(m_controls->alphaSlider());
}

void ExplorerPage::buildActions()
{
    m_gradientsAction = make_action(this, tr("Show &Gradients"), "gradientsAction", QKeySequence(tr("Ctrl+G")),
                                    tr("Show the gradient chart (Ctrl+G)"), true);
    connect(m_gradientsAction, &QAction::triggered, this, &ExplorerPage::setShowGradients);

    // One entry a framework, each copying the code for the current alpha.
    m_copyCodeAction = make_action(this, tr("Copy as C&ode"), "copyCodeAction", {},
                                   tr("Put the code for this alpha in PyTorch, TensorFlow, Keras, JAX or "
                                      "NumPy on the clipboard"));
    auto *frameworks = new QMenu(this);
    frameworks->setObjectName(QStringLiteral("copyCodeMenu"));
    for (const CodeSnippet &snippet : alpha_code_snippets(m_params.alpha)) {
        const QString framework = QString::fromStdString(snippet.framework);
        QAction *entry = frameworks->addAction(framework);
        entry->setObjectName(QStringLiteral("copyCode_") + framework.simplified().remove(QLatin1Char(' ')));
        connect(entry, &QAction::triggered, this, [this, framework] { copyCode(framework); });
    }
    m_copyCodeAction->setMenu(frameworks);

    m_playAction = make_action(this, tr("&Play Alpha Sweep"), "playAction", {}, {}, true);
    connect(m_playAction, &QAction::triggered, this, &ExplorerPage::toggleSweep);

    m_presentationAction = make_action(this, tr("P&resentation"), "presentationAction", QKeySequence(Qt::Key_F5),
                                       tr("Large chart and only alpha, presets and pins, full screen (F5; "
                                          "Escape leaves)"),
                                       true);
    connect(m_presentationAction, &QAction::triggered, this, &ExplorerPage::setPresentation);
    // Escape only leaves: elsewhere it belongs to whatever has focus.
    m_leavePresentationAction = make_action(this, tr("Leave Presentation"), "leavePresentationAction",
                                            QKeySequence(Qt::Key_Escape));
    m_leavePresentationAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_leavePresentationAction->setEnabled(false);
    addAction(m_leavePresentationAction);
    connect(m_leavePresentationAction, &QAction::triggered, this, [this] { setPresentation(false); });
}

QList<PageAction> ExplorerPage::pageActions() const
{
    return {{m_gradientsAction, ActionPlace::ViewMenuAndToolBar},
            {m_playAction, ActionPlace::ViewMenu},
            {m_presentationAction, ActionPlace::ViewMenu},
            {m_copyCodeAction, ActionPlace::EditMenu}};
}

QString ExplorerPage::codeFor(const QString &framework) const
{
    for (const CodeSnippet &snippet : alpha_code_snippets(m_params.alpha))
        if (QString::fromStdString(snippet.framework) == framework)
            return QString::fromStdString(snippet.code);
    return {};
}

void ExplorerPage::copyCode(const QString &framework)
{
    QApplication::clipboard()->setText(codeFor(framework));
    emit statusMessage(tr("%1 code for α = %2 copied").arg(framework, shown_number(m_params.alpha, 'g', 6)),
                       3000);
}

void ExplorerPage::connectControls()
{
    connect(m_controls, &ExplorerControls::sliderMoved, this, [this](double alpha) {
        if (!m_sweepDriving)
            holdStill();
        setAlpha(alpha);
    });
    connect(m_controls, &ExplorerControls::alphaTyped, this, [this](double alpha) {
        holdStill();
        setAlpha(alpha);
    });
    connect(m_controls, &ExplorerControls::xMinChosen, this,
            [this](double xMin) { setXRange(xMin, m_params.xMax); });
    connect(m_controls, &ExplorerControls::xMaxChosen, this,
            [this](double xMax) { setXRange(m_params.xMin, xMax); });
    connect(m_controls, &ExplorerControls::gradientsToggled, this, &ExplorerPage::setShowGradients);
    connect(m_controls, &ExplorerControls::zeroGradientChosen, this, &ExplorerPage::setZeroGradient);
    connect(m_controls, &ExplorerControls::playToggled, this, &ExplorerPage::toggleSweep);
    connect(m_controls, &ExplorerControls::sweepPeriodChanged, m_sweep, &AlphaSweep::setPeriodSeconds);
    connect(m_sweep, &AlphaSweep::alphaChanged, this, &ExplorerPage::onSweepAlpha);
    connect(m_sweep, &AlphaSweep::runningChanged, this, [this](bool running) {
        m_controls->showSweeping(running);
        m_playAction->setChecked(running);
    });

    connect(m_view, &ChartView::xRangeRequested, this, &ExplorerPage::setXRange);
    connect(m_view, &ChartView::resetViewRequested, this, [this] {
        const PlotParams defaults;
        setXRange(defaults.xMin, defaults.xMax);
    });
    connect(m_view, &ChartView::hoveredAt, this, [this](double x) {
        m_hoverX = x;
        showHover();
    });
    connect(m_controls, &ExplorerControls::pinRequested, this, &ExplorerPage::pinAlpha);
    connect(m_controls, &ExplorerControls::unpinRequested, this, &ExplorerPage::unpin);
    connect(m_controls, &ExplorerControls::clearPinsRequested, this, &ExplorerPage::clearPins);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        if (!m_pins.empty())
            m_controls->pinsMenu()->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &ChartView::hoverLeft, this, [this] {
        m_hoverX.reset();
        m_hoverLabel->clear();
    });
}

// The values at the x under the mouse, for the alpha and pins shown now: a slider key or a new
// pin changes them while the mouse stands still.
void ExplorerPage::showHover()
{
    if (m_hoverX)
        m_hoverLabel->setText(hover_text(*m_hoverX, m_params, m_pins));
}

QString ExplorerPage::title() const
{
    return tr("Ex&plorer");
}

bool ExplorerPage::isSweeping() const
{
    return m_sweep->isRunning();
}

void ExplorerPage::onSweepAlpha(double alpha)
{
    m_sweepDriving = true;
    setAlpha(std::round(alpha * ExplorerControls::kSliderSteps) / ExplorerControls::kSliderSteps);
    m_sweepDriving = false;
}

void ExplorerPage::toggleSweep()
{
    if (m_sweep->isRunning())
        m_sweep->stop();
    else
        m_sweep->start(m_params.alpha);
}

void ExplorerPage::holdStill()
{
    m_sweep->stop();
}

void ExplorerPage::setAlpha(double alpha)
{
    PlotParams next = m_params;
    next.alpha = alpha;
    applyParams(next);
}

void ExplorerPage::setXRange(double xMin, double xMax)
{
    PlotParams next = m_params;
    next.xMin = xMin;
    next.xMax = xMax;
    applyParams(next);
}

void ExplorerPage::setShowGradients(bool show)
{
    PlotParams next = m_params;
    next.showGradients = show;
    applyParams(next);
}

void ExplorerPage::setZeroGradient(ZeroGradient convention)
{
    PlotParams next = m_params;
    next.zeroGradient = convention;
    applyParams(next);
}

void ExplorerPage::setParams(const PlotParams &params)
{
    applyParams(params);
}

void ExplorerPage::resetToDefaults()
{
    holdStill();
    applyParams(PlotParams{});
}

PlotParams ExplorerPage::normalized(const PlotParams &requested) const
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

void ExplorerPage::applyParams(const PlotParams &requested)
{
    const PlotParams params = normalized(requested);
    const bool changed = params != m_params || m_chart->params() != params;
    const bool alphaMoved = params.alpha != m_params.alpha;
    m_params = params;
    m_controls->showParams(m_params);
    m_gradientsAction->setChecked(m_params.showGradients);
    if (!changed)
        return;
    if (alphaMoved)
        m_controls->showPins(m_pins, m_params.alpha);
    m_chart->setParams(m_params);
    updateNote();
    showHover();
    emit paramsChanged(m_params);
    if (alphaMoved)
        emit alphaChanged(m_params.alpha);
}

void ExplorerPage::setPins(const Pins &pins)
{
    Pins next;
    for (double alpha : pins)
        if (std::isfinite(alpha))
            add_pin(next, std::clamp(alpha, limits::kAlphaMin, limits::kAlphaMax));
    m_controls->showPins(next, m_params.alpha);
    if (next == m_pins)
        return;
    m_pins = next;
    m_chart->setPins(m_pins);
    showHover();
    emit pinsChanged(m_pins);
}

void ExplorerPage::pinAlpha()
{
    Pins next = m_pins;
    if (add_pin(next, m_params.alpha))
        setPins(next);
}

void ExplorerPage::unpin(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_pins.size())
        return;
    Pins next = m_pins;
    next.erase(next.begin() + index);
    setPins(next);
}

void ExplorerPage::clearPins()
{
    setPins({});
}

void ExplorerPage::setPresentation(bool on)
{
    m_presentationAction->setChecked(on);
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_leavePresentationAction->setEnabled(on);
    m_controls->setPresentation(on);
    m_noteLabel->setVisible(!on);
    m_chart->setPresentation(on);
    emit presentationChanged(on);
    if (on)
        m_controls->alphaSlider()->setFocus();
}

void ExplorerPage::applyTheme(Theme theme)
{
    m_theme = theme;
    m_chart->applyTheme(theme);
    updateNote();
}

void ExplorerPage::updateNote()
{
    const AlphaNote note = alpha_note(m_params.alpha);
    const ThemeColors colors = theme_colors(m_theme);
    set_text_color(m_noteLabel, note.warning ? colors.note : colors.mutedText);
    if (m_noteLabel->text() != note.text)
        m_noteLabel->setText(note.text);
}

ExportOptions ExplorerPage::exportOptions() const
{
    return {.formats = explorer_export_formats(),
            .dialogTitle = tr("Export Chart"),
            .defaultFileName = QStringLiteral("leaky-relu.png"),
            .size = m_view->viewport()->size(),
            .sizeEditable = true,
            .samplesApply = true};
}

ExportResult ExplorerPage::exportTo(const ExportChoice &choice)
{
    ExportRequest request;
    request.path = choice.path;
    request.params = m_params;
    request.theme = m_theme;
    request.size = choice.size;
    request.scale = choice.scale;
    request.samples = choice.samples;
    request.extras = {m_pins, m_presentation};
    return export_chart(request);
}

QImage ExplorerPage::image(int scale)
{
    return render_chart_image(m_params, m_theme, m_view->viewport()->size(), scale, {m_pins, m_presentation});
}

QWidget *ExplorerPage::statusWidget() const
{
    return m_hoverLabel;
}

void ExplorerPage::saveSettings(QSettings &settings) const
{
    save_plot_params(settings, m_params);
    save_pins(settings, m_pins);
}

void ExplorerPage::restoreSettings(QSettings &settings)
{
    setParams(load_plot_params(settings));
    setPins(load_pins(settings));
}

} // namespace lre::ui
