// SPDX-License-Identifier: GPL-3.0-or-later
#include "dyingrelupage.h"
#include "numbertext.h"

#include "labcharts.h"
#include "labcontrols.h"
#include "namedwidget.h"
#include "labrunner.h"
#include "widgetdrawing.h"

#include "labjson.h"
#include "labscript.h"
#include "validation.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace lre::ui {

namespace {

QString percent(double fraction)
{
    return shown_number(100.0 * fraction, 'f', 0);
}

QString loss_text(double loss)
{
    return shown_number(loss, 'g', 3);
}

QString alpha_text(double alpha)
{
    return shown_number(alpha, 'g', 3);
}

const QString kPreluKey = QStringLiteral("lab/prelu");
const QString kPreluStartKey = QStringLiteral("lab/preluStart");

} // namespace

LabParams DyingReluPage::windowDefaults()
{
    LabParams params;
    params.prelu = PreluMode::Shared;
    return params;
}

DyingReluPage::DyingReluPage(QWidget *parent)
    : Page(parent)
    , m_params(windowDefaults())
{
    setObjectName(QStringLiteral("dyingReluPage"));
    m_runner = new LabRunner(this);
    m_charts = new LabCharts;

    m_explanation = text_label("labExplanation", tr("What the lab shows"), tr("Why Leaky ReLU exists"));
    m_explanation->setText(
        tr("A ReLU unit whose input is negative for every training point outputs 0 and sends back "
           "a gradient of exactly 0, so gradient descent can never move it again: the unit is dead. "
           "Here two copies of one small network learn the same noisy sine from the same starting "
           "weights, with every hidden bias shifted down so that many units start dead. Under ReLU "
           "they stay dead, and the few units left cannot follow the curve. Leaky ReLU passes a "
           "gradient of α for negative inputs, so its dead units keep learning, many come back, "
           "and the fit gets much closer. A third copy (PReLU) learns α itself, by the same gradient "
           "descent: where its α goes is the network's own answer to which slope it wants."));

    m_alphaLabel = named(new QLabel, "labAlphaLabel", tr("Leaky ReLU alpha"),
                         tr("The Leaky ReLU network uses the alpha set on the explorer"));
    m_status = text_label("labStatus", tr("Lab status"), tr("Progress of the run, then how each network ended"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_explanation);
    m_controls = new LabControls;
    layout->addWidget(m_controls);
    layout->addWidget(m_charts, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_alphaLabel, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(bottom);

    connectControls();
    showParams();
    applyTheme(Theme::Light);
    requestRun();
}

DyingReluPage::~DyingReluPage() = default;

void DyingReluPage::connectControls()
{
    connect(m_controls, &LabControls::edited, this, &DyingReluPage::setParams);
    connect(m_controls, &LabControls::rerunRequested, this, &DyingReluPage::rerun);
    connect(m_controls, &LabControls::useLearnedAlphaRequested, this, [this] {
        const std::shared_ptr<const LabResult> finished = result();
        if (!finished || !finished->prelu || isRunning() || isRunPending())
            return;
        const double learned = finished->prelu->alpha();
        emit learnedAlphaChosen(learned);
        emit statusMessage(tr("The explorer's α is now the learned α, %1").arg(shown_number(learned, 'g', 4)), 5000);
    });
    connect(m_runner, &LabRunner::recordsAdded, this, &DyingReluPage::onRecordsAdded);
    connect(m_runner, &LabRunner::finished, this, &DyingReluPage::onRunFinished);
}

void DyingReluPage::setParams(const LabParams &requested)
{
    applyParams(requested, true);
}

void DyingReluPage::setAlpha(double alpha)
{
    LabParams next = m_params;
    next.alpha = alpha;
    // Every step of the explorer's slider comes here. A hidden page shows the new alpha when it
    // is shown: a label's new text would lay the whole window out again on every step.
    applyParams(next, isVisible());
}

void DyingReluPage::applyParams(const LabParams &requested, bool show)
{
    const LabParams next = LabControls::normalized(requested, m_params);
    const bool changed = next != m_params;
    m_params = next;
    if (show)
        showParams();
    else if (changed)
        m_paramsShown = false;
    if (changed)
        requestRun();
}

void DyingReluPage::rerun()
{
    requestRun();
}

void DyingReluPage::showEvent(QShowEvent *event)
{
    if (!m_paramsShown)
        showParams();
    Page::showEvent(event);
}

void DyingReluPage::showParams()
{
    m_paramsShown = true;
    m_controls->showParams(m_params);
    m_alphaLabel->setText(tr("Leaky ReLU α = %1 (set on the explorer)")
                              .arg(shown_number(m_params.alpha, 'g', 4)));
}

void DyingReluPage::cancelRun()
{
    m_runner->cancel();
}

void DyingReluPage::startRun()
{
    m_charts->beginRun(m_params, make_lab_data(m_params));
    m_controls->setLearnedAlphaAvailable(false);
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
    m_charts->showFit(result->relu, result->leaky, result->prelu ? &*result->prelu : nullptr);
    m_controls->setLearnedAlphaAvailable(result->prelu.has_value());
    const LabRecord &end = result->records.back();
    QString summary =
        tr("After %1 epochs — ReLU: loss %2, %3% of hidden units dead. Leaky ReLU: loss %4, %5% dead.")
            .arg(end.epoch)
            .arg(loss_text(end.lossRelu), percent(end.deadRelu), loss_text(end.lossLeaky),
                 percent(end.deadLeaky));
    if (result->prelu)
        summary += QLatin1Char(' ') + learnedSummary(*result);
    if (result->outcome == LabOutcome::Diverged)
        showStatus(tr("The loss blew up after epoch %1: lower the learning rate. %2")
                       .arg(end.epoch)
                       .arg(summary),
                   true);
    else
        showStatus(summary, false);
    emit runFinished();
}

QString DyingReluPage::learnedSummary(const LabResult &result) const
{
    const LabRecord &end = result.records.back();
    const LabNetwork &prelu = *result.prelu;
    const QString start = alpha_text(prelu_start_alpha(m_params));
    if (prelu.prelu() == PreluMode::PerUnit) {
        const auto [low, high] = std::ranges::minmax(prelu.learnedAlphas());
        return tr("PReLU: loss %1, %2% dead; its units' α moved from %3 to a mean of %4 (lowest %5, highest %6).")
            .arg(loss_text(end.lossPrelu), percent(end.deadPrelu), start, alpha_text(prelu.alpha()),
                 alpha_text(low), alpha_text(high));
    }
    return tr("PReLU: loss %1, %2% dead; its α moved from %3 to %4.")
        .arg(loss_text(end.lossPrelu), percent(end.deadPrelu), start, alpha_text(prelu.alpha()));
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
    LabParams defaults = windowDefaults();
    defaults.alpha = m_params.alpha;
    setParams(defaults);
}

void DyingReluPage::saveSettings(QSettings &settings) const
{
    settings.setValue(kPreluKey, QString::fromLatin1(prelu_mode_name(m_params.prelu).data()));
    settings.setValue(kPreluStartKey, QString::fromLatin1(prelu_start_name(m_params.preluStart).data()));
}

void DyingReluPage::restoreSettings(QSettings &settings)
{
    LabParams next = m_params;
    if (const auto mode = parse_prelu_mode(settings.value(kPreluKey).toString().toStdString()))
        next.prelu = *mode;
    if (const auto start = parse_prelu_start(settings.value(kPreluStartKey).toString().toStdString()))
        next.preluStart = *start;
    setParams(next);
}

ExportOptions DyingReluPage::exportOptions() const
{
    return {.formats = {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Svg, ExportFormat::Pdf,
                        ExportFormat::Csv, ExportFormat::Json, ExportFormat::PythonScript},
            .dialogTitle = tr("Export Dying-ReLU Lab"),
            .defaultFileName = QStringLiteral("dying-relu-lab.png"),
            .size = m_charts->size()};
}

Drawing DyingReluPage::chartsDrawing()
{
    return widget_drawing(m_charts, theme_colors(m_theme).chartBackground, tr("Dying-ReLU lab"),
                          m_params.prelu == PreluMode::Off
                              ? tr("Loss, dead units and fitted functions of ReLU and Leaky ReLU (α = %1), "
                                   "by Leaky ReLU Explorer")
                                    .arg(shown_number(m_params.alpha, 'g', 4))
                              : tr("Loss, dead units and fitted functions of ReLU, Leaky ReLU (α = %1) and "
                                   "PReLU (learned α), and the learned α per epoch, by Leaky ReLU Explorer")
                                    .arg(shown_number(m_params.alpha, 'g', 4)));
}

ExportResult DyingReluPage::exportTo(const ExportChoice &choice)
{
    const auto format = export_format_for(choice.path);
    const std::string version = QCoreApplication::applicationVersion().toStdString();
    std::ostringstream text;
    if (format == ExportFormat::Csv) {
        write_lab_csv(text, records(), m_params.prelu != PreluMode::Off);
        return save_text(choice.path, text.str());
    }
    if (format == ExportFormat::PythonScript) {
        write_lab_pytorch_script(text, m_params, version);
        return save_text(choice.path, text.str());
    }
    if (format == ExportFormat::Json) {
        const std::shared_ptr<const LabResult> finished = isRunning() || isRunPending() ? nullptr : result();
        if (!finished)
            return {false, tr("cannot write '%1': the run has not finished yet").arg(choice.path.left(200))};
        write_lab_json(text, make_lab_run(m_params, *finished, version));
        return save_text(choice.path, text.str());
    }
    return save_drawing(choice.path, chartsDrawing(), choice.scale, exportOptions().formats);
}

QImage DyingReluPage::image(int scale)
{
    return draw_image(chartsDrawing(), std::clamp(scale, 1, 4));
}

} // namespace lre::ui
