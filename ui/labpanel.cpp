#include "labpanel.h"

#include "labcharts.h"
#include "namedwidget.h"
#include "labrunner.h"

#include "validation.h"

#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QPainter>
#include <QPageSize>
#include <QSvgGenerator>
#include <QPdfWriter>
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
constexpr int kSeedMax = 999'999'999;

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

ExportResult failed(const QString &path, const QString &reason)
{
    return {false, LabPanel::tr("cannot write '%1': %2").arg(path, reason)};
}

} // namespace

LabPanel::LabPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("labPanel"));
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

LabPanel::~LabPanel() = default;

QWidget *LabPanel::buildControls()
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
    m_seedSpin->setRange(0, kSeedMax);

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

void LabPanel::connectControls()
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
    connect(m_runButton, &QPushButton::clicked, this, &LabPanel::rerun);
    connect(m_runner, &LabRunner::recordsAdded, this, &LabPanel::onRecordsAdded);
    connect(m_runner, &LabRunner::finished, this, &LabPanel::onRunFinished);
}

void LabPanel::setParams(const LabParams &requested)
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
    next.seed = std::min<std::uint64_t>(requested.seed, kSeedMax);
    next.points = std::clamp(requested.points, kPointsMin, kPointsMax);
    next.noise = clamped(requested.noise, kNoiseMin, kNoiseMax, defaults.noise);

    const bool changed = next != m_params;
    m_params = next;
    syncControls();
    updateAlphaLabel();
    if (changed)
        requestRun();
}

void LabPanel::setAlpha(double alpha)
{
    LabParams next = m_params;
    next.alpha = alpha;
    setParams(next);
}

void LabPanel::rerun()
{
    requestRun();
}

void LabPanel::syncControls()
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

void LabPanel::updateAlphaLabel()
{
    m_alphaLabel->setText(tr("Leaky ReLU α = %1 (set on the explorer)")
                              .arg(QString::number(m_params.alpha, 'g', 4)));
}

void LabPanel::requestRun()
{
    if (isVisible()) {
        startRun();
        return;
    }
    // Nobody can see a run now: drop the one going and start when shown.
    m_runner->cancel();
    m_runPending = true;
}

void LabPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_runPending)
        startRun();
}

void LabPanel::startRun()
{
    m_runPending = false;
    m_charts->beginRun(m_params, make_lab_data(m_params));
    if (!m_runner->start(m_params))
        return; // cannot happen: setParams keeps every value in range
    showStatus(tr("Training…"), false);
    emit runStarted();
}

void LabPanel::onRecordsAdded()
{
    const std::vector<LabRecord> &records = m_runner->records();
    m_charts->showRecords(records);
    if (records.empty())
        return;
    showStatus(tr("Training… epoch %1 of %2").arg(records.back().epoch).arg(m_params.epochs), false);
    emit progressed(records.back().epoch);
}

void LabPanel::onRunFinished()
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

void LabPanel::showStatus(const QString &text, bool warning)
{
    const ThemeColors colors = theme_colors(m_theme);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, warning ? colors.note : colors.text);
    m_status->setPalette(palette);
    m_statusWarning = warning;
    m_status->setText(text);
}

void LabPanel::applyTheme(Theme theme)
{
    m_theme = theme;
    m_charts->applyTheme(theme);
    const ThemeColors colors = theme_colors(theme);
    for (QLabel *label : {m_explanation, m_alphaLabel}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, label == m_alphaLabel ? colors.leakyRelu : colors.mutedText);
        label->setPalette(palette);
    }
    showStatus(m_status->text(), m_statusWarning);
}

bool LabPanel::isRunning() const
{
    return m_runner->isRunning();
}

const std::vector<LabRecord> &LabPanel::records() const
{
    return m_runner->records();
}

std::shared_ptr<const LabResult> LabPanel::result() const
{
    return m_runner->result();
}

QImage LabPanel::chartsImage(int scale)
{
    return m_charts->toImage(scale);
}

ExportResult LabPanel::exportChartsImage(const QString &path, int scale)
{
    QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (!QImageWriter::supportedImageFormats().contains(format))
        format = "png";
    QImage image = chartsImage(scale);
    if (format == "jpg" || format == "jpeg")
        image = image.convertToFormat(QImage::Format_RGB32);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    QImageWriter writer(&file, format);
    if (!writer.write(image)) {
        file.cancelWriting();
        return failed(path, writer.errorString());
    }
    if (!file.commit())
        return failed(path, file.errorString());
    return {true, {}};
}

ExportResult LabPanel::exportChartsVector(const QString &path)
{
    const auto format = export_format_for(path);
    if (format != ExportFormat::Svg && format != ExportFormat::Pdf)
        return failed(path, tr("a vector export must end in .svg or .pdf"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    const QSize size = m_charts->size();
    bool drawn = false;
    if (format == ExportFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(tr("Dying-ReLU lab"));
        QPainter painter(&svg);
        m_charts->renderInto(painter);
        drawn = painter.end();
    } else {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Dying-ReLU lab"));
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(),
                                  QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(96);
        QPainter painter;
        if (painter.begin(&pdf)) {
            m_charts->renderInto(painter);
            drawn = painter.end();
        }
    }
    if (!drawn) {
        file.cancelWriting();
        return failed(path, tr("drawing failed"));
    }
    if (!file.commit())
        return failed(path, file.errorString());
    return {true, {}};
}

ExportResult LabPanel::exportRecordsCsv(const QString &path) const
{
    std::ostringstream text;
    write_lab_csv(text, records());
    const std::string bytes = text.str();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file.errorString());
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())) {
        file.cancelWriting();
        return failed(path, file.errorString());
    }
    if (!file.commit())
        return failed(path, file.errorString());
    return {true, {}};
}

} // namespace lre::ui
