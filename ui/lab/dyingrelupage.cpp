#include "dyingrelupage.h"

#include "labcharts.h"
#include "namedwidget.h"
#include "labrunner.h"

#include "validation.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <type_traits>

namespace lre::ui {

namespace {

constexpr int kLearningRateDecimals = 4;
constexpr int kBiasShiftDecimals = 2;

// The panel holds values as its spin boxes show them, so what runs is what is displayed.
double snapped(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double clamped(double value, double low, double high, double fallback)
{
    return std::isfinite(value) ? std::clamp(value, low, high) : fallback;
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 0);
}

QString loss_text(double loss)
{
    return QString::number(loss, 'g', 3);
}

} // namespace

DyingReluPage::DyingReluPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("dyingReluPage"));
    m_runner = new LabRunner(this);
    m_charts = new LabCharts;

    m_explanation = named(new QLabel, "labExplanation", tr("What the lab shows"),
                          tr("Why Leaky ReLU exists"));
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("A ReLU unit whose input is negative for every training point outputs 0 and sends back "
           "a gradient of exactly 0, so gradient descent can never move it again: the unit is dead. "
           "Here two copies of one small network learn the same noisy sine from the same starting "
           "weights, with every hidden bias shifted down so that many units start dead. Under ReLU "
           "they stay dead, and the few units left cannot follow the curve. Leaky ReLU passes a "
           "gradient of α for negative inputs, so its dead units keep learning, many come back, "
           "and the fit gets much closer."));

    m_alphaLabel = named(new QLabel, "labAlphaLabel", tr("Leaky ReLU alpha"),
                         tr("The Leaky ReLU network uses the alpha set on the explorer"));
    m_status = named(new QLabel, "labStatus", tr("Lab status"),
                     tr("Progress of the run, then how each network ended"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_explanation);
    layout->addWidget(buildControls());
    layout->addWidget(m_charts, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_alphaLabel, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(bottom);

    connectControls();
    syncControls();
    updateAlphaLabel();
    applyTheme(Theme::Light);
    requestRun();
}

DyingReluPage::~DyingReluPage() = default;

QWidget *DyingReluPage::buildControls()
{
    auto *panel = new QWidget;
    auto *row = new QHBoxLayout(panel);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_hiddenUnitsSpin = named(new QSpinBox, "labHiddenUnitsSpin", tr("Hidden units"),
                              tr("Hidden units in each network: %1 to %2")
                                  .arg(lab_limits::kHiddenUnitsMin)
                                  .arg(lab_limits::kHiddenUnitsMax));
    m_hiddenUnitsSpin->setRange(lab_limits::kHiddenUnitsMin, lab_limits::kHiddenUnitsMax);
    m_hiddenUnitsSpin->setSingleStep(4);

    m_learningRateSpin = named(new QDoubleSpinBox, "labLearningRateSpin", tr("Learning rate"),
                               tr("Step size of full-batch gradient descent: 0.0001 to 1. Too large "
                                  "and the loss blows up."));
    m_learningRateSpin->setDecimals(kLearningRateDecimals);
    m_learningRateSpin->setRange(lab_limits::kLearningRateMin, lab_limits::kLearningRateMax);
    m_learningRateSpin->setSingleStep(0.005);

    m_biasShiftSpin = named(new QDoubleSpinBox, "labBiasShiftSpin", tr("Initial bias shift"),
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
    return panel;
}

void DyingReluPage::connectControls()
{
    // Each spin box sets its own field of the params; the rest stays as it is.
    auto bind = [this](auto *spin, auto field) {
        using Spin = std::remove_pointer_t<decltype(spin)>;
        connect(spin, &Spin::valueChanged, this, [this, field](auto value) {
            LabParams next = m_params;
            next.*field = static_cast<std::remove_reference_t<decltype(next.*field)>>(value);
            setParams(next);
        });
    };
    bind(m_hiddenUnitsSpin, &LabParams::hiddenUnits);
    bind(m_learningRateSpin, &LabParams::learningRate);
    bind(m_biasShiftSpin, &LabParams::biasShift);
    bind(m_epochsSpin, &LabParams::epochs);
    bind(m_seedSpin, &LabParams::seed);
    connect(m_runButton, &QPushButton::clicked, this, &DyingReluPage::rerun);
    connect(m_runner, &LabRunner::recordsAdded, this, &DyingReluPage::onRecordsAdded);
    connect(m_runner, &LabRunner::finished, this, &DyingReluPage::onRunFinished);
}

void DyingReluPage::setParams(const LabParams &requested)
{
    using namespace lab_limits;
    const LabParams defaults;
    LabParams next = requested;
    next.alpha = clamped(requested.alpha, limits::kAlphaMin, limits::kAlphaMax, m_params.alpha);
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

    const bool changed = next != m_params;
    m_params = next;
    syncControls();
    updateAlphaLabel();
    if (changed)
        requestRun();
}

void DyingReluPage::setAlpha(double alpha)
{
    LabParams next = m_params;
    next.alpha = alpha;
    setParams(next);
}

void DyingReluPage::rerun()
{
    requestRun();
}

void DyingReluPage::syncControls()
{
    const QSignalBlocker blockUnits(m_hiddenUnitsSpin);
    const QSignalBlocker blockRate(m_learningRateSpin);
    const QSignalBlocker blockShift(m_biasShiftSpin);
    const QSignalBlocker blockEpochs(m_epochsSpin);
    const QSignalBlocker blockSeed(m_seedSpin);
    m_hiddenUnitsSpin->setValue(m_params.hiddenUnits);
    m_learningRateSpin->setValue(m_params.learningRate);
    m_biasShiftSpin->setValue(m_params.biasShift);
    m_epochsSpin->setValue(m_params.epochs);
    m_seedSpin->setValue(static_cast<int>(m_params.seed));
}

void DyingReluPage::updateAlphaLabel()
{
    m_alphaLabel->setText(tr("Leaky ReLU α = %1 (set on the explorer)")
                              .arg(QString::number(m_params.alpha, 'g', 4)));
}

void DyingReluPage::requestRun()
{
    if (isVisible()) {
        startRun();
        return;
    }
    // Nobody can see a run now: drop the one going and start when shown.
    m_runner->cancel();
    m_runPending = true;
}

void DyingReluPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_runPending)
        startRun();
}

void DyingReluPage::startRun()
{
    m_runPending = false;
    m_charts->beginRun(m_params, make_lab_data(m_params));
    if (!m_runner->start(m_params))
        return; // cannot happen: setParams keeps every value in range
    showStatus(tr("Training…"), false);
    emit runStarted();
}

void DyingReluPage::onRecordsAdded()
{
    const std::vector<LabRecord> &records = m_runner->records();
    m_charts->showRecords(records);
    if (records.empty())
        return;
    showStatus(tr("Training… epoch %1 of %2").arg(records.back().epoch).arg(m_params.epochs), false);
    emit progressed(records.back().epoch);
}

void DyingReluPage::onRunFinished()
{
    const std::shared_ptr<const LabResult> result = m_runner->result();
    if (!result || result->records.empty()) {
        showStatus(tr("The run could not finish: there was not enough memory for networks this "
                      "large."),
                   true);
        emit runFinished();
        return;
    }
    m_charts->showRecords(result->records);
    m_charts->showFit(result->relu, result->leaky);
    const LabRecord &end = result->records.back();
    const QString summary =
        tr("After %1 epochs — ReLU: loss %2, %3% of hidden units dead. Leaky ReLU: loss %4, %5% dead.")
            .arg(end.epoch)
            .arg(loss_text(end.lossRelu), percent(end.deadRelu), loss_text(end.lossLeaky),
                 percent(end.deadLeaky));
    if (result->outcome == LabOutcome::Diverged)
        showStatus(tr("The loss blew up after epoch %1: lower the learning rate. %2")
                       .arg(end.epoch)
                       .arg(summary),
                   true);
    else
        showStatus(summary, false);
    emit runFinished();
}

void DyingReluPage::showStatus(const QString &text, bool warning)
{
    const ThemeColors colors = theme_colors(m_theme);
    set_text_color(m_status, warning ? colors.note : colors.text);
    m_statusWarning = warning;
    m_status->setText(text);
}

void DyingReluPage::applyTheme(Theme theme)
{
    m_theme = theme;
    m_charts->applyTheme(theme);
    const ThemeColors colors = theme_colors(theme);
    set_text_color(m_explanation, colors.mutedText);
    set_text_color(m_alphaLabel, colors.leakyRelu);
    showStatus(m_status->text(), m_statusWarning);
}

bool DyingReluPage::isRunning() const
{
    return m_runner->isRunning();
}

const std::vector<LabRecord> &DyingReluPage::records() const
{
    return m_runner->records();
}

std::shared_ptr<const LabResult> DyingReluPage::result() const
{
    return m_runner->result();
}

QString DyingReluPage::title() const
{
    return tr("&Dying-ReLU Lab");
}

void DyingReluPage::resetToDefaults()
{
    LabParams defaults;
    defaults.alpha = m_params.alpha;
    setParams(defaults);
}

ExportOptions DyingReluPage::exportOptions() const
{
    ExportOptions options;
    options.formats = {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Svg, ExportFormat::Pdf,
                       ExportFormat::Csv};
    options.dialogTitle = tr("Export Dying-ReLU Lab");
    options.defaultFileName = QStringLiteral("dying-relu-lab.png");
    options.size = m_charts->size();
    return options;
}

Drawing DyingReluPage::chartsDrawing()
{
    Drawing drawing;
    drawing.size = m_charts->size();
    drawing.background = theme_colors(m_theme).chartBackground;
    drawing.title = tr("Dying-ReLU lab");
    drawing.description = tr("Loss, dead units and fitted functions of ReLU and Leaky ReLU (α = %1), "
                             "by Leaky ReLU Explorer")
                              .arg(QString::number(m_params.alpha, 'g', 4));
    drawing.paint = [charts = m_charts](QPainter &painter, const QRectF &target) {
        charts->renderInto(painter, target);
    };
    return drawing;
}

ExportResult DyingReluPage::exportTo(const ExportChoice &choice)
{
    if (export_format_for(choice.path) == ExportFormat::Csv) {
        std::ostringstream text;
        write_lab_csv(text, records());
        return save_text(choice.path, text.str());
    }
    return save_drawing(choice.path, chartsDrawing(), choice.scale, exportOptions().formats);
}

QImage DyingReluPage::image(int scale)
{
    return draw_image(chartsDrawing(), std::clamp(scale, 1, 4));
}

} // namespace lre::ui
