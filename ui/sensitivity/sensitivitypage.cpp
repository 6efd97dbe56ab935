// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivitypage.h"

#include "namedwidget.h"
#include "sweepcharts.h"
#include "sweepcontrols.h"
#include "sweeprunner.h"
#include "sweepsummarytext.h"
#include "widgetdrawing.h"

#include "validation.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <sstream>

namespace lre::ui {

SensitivityPage::SensitivityPage(QWidget *parent)
    : Page(parent)
    , m_spec(defaultSpec(LabParams{}.alpha))
{
    setObjectName(QStringLiteral("sensitivityPage"));
    m_runner = new SweepRunner(this);
    m_controls = new SweepControls;
    m_charts = new SweepCharts;
    m_explanation = text_label("sweepExplanation", tr("What the sensitivity page shows"), tr("How the sweep is run"));
    m_explanation->setText(
        tr("The tutorial says Leaky ReLU is less sensitive to hyperparameters. Here both networks of "
           "the lab start from a standard initialization (nothing rigged) and train at each learning "
           "rate (or each alpha) from many seeds. Lines are medians over the seeds, bands the middle "
           "half; runs whose loss blew up are counted on the right, not drawn as losses. A third "
           "network can learn its alpha (PReLU): the last chart shows where it ended."));
    m_summary = text_label("sweepSummary", tr("Sweep summary"), tr("What the numbers say, by the rule in the README"));
    // Room for the summary's usual two lines from the start (see showSummaryText).
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_explanation);
    layout->addWidget(m_controls);
    layout->addWidget(m_charts, 1);
    layout->addWidget(m_summary);

    m_alphaSettle.setSingleShot(true);
    m_alphaSettle.setInterval(kAlphaSettleMs);
    connect(&m_alphaSettle, &QTimer::timeout, this, &SensitivityPage::requestRun);
    // The controls do not follow the explorer's alpha step by step: the page's alpha stands.
    connect(m_controls, &SweepControls::edited, this, [this](SweepSpec spec) {
        spec.base.alpha = m_spec.base.alpha;
        setSpec(spec);
    });
    connect(m_controls, &SweepControls::runRequested, this, &SensitivityPage::rerun);
    connect(m_controls, &SweepControls::cancelRequested, this, &SensitivityPage::cancel);
    connect(m_runner, &SweepRunner::progressed, this, &SensitivityPage::onProgress);
    connect(m_runner, &SweepRunner::finished, this, [this](bool cancelled) {
        onProgress(m_runner->result().completed(), m_runner->result().runs.size());
        if (cancelled) {
            m_charts->catchUp(); // cancelled by a new spec, alpha or the button: show it all now
            emit sweepFinished(true);
        } else if (m_charts->isCaughtUp()) {
            emit sweepFinished(false);
        } else {
            m_finishPending = true; // once the charts show the whole sweep
        }
    });
    connect(m_charts, &SweepCharts::caughtUp, this, [this] {
        if (!m_finishPending)
            return;
        m_finishPending = false;
        emit sweepFinished(false);
    });

    m_controls->showSpec(m_spec);
    m_charts->configure(m_spec);
    applyTheme(Theme::Light);
    m_controls->showProgress(0, sweep_run_count(m_spec), false);
    m_summary->setText(tr("The sweep runs when this page is shown."));
    setRunPending(true);
}

SensitivityPage::~SensitivityPage() = default;

SweepSpec SensitivityPage::defaultSpec(double alpha)
{
    // Without the learned network, as the command line's sweep: with it a sweep takes half as long
    // again and each delivery redraws a fourth chart, which kept the window from its event loop
    // for up to 20 ms (BM_SweepGuiResponsiveness/1); one choice on the page turns it on.
    return default_lr_sweep(alpha);
}

QString SensitivityPage::title() const
{
    return tr("&Sensitivity");
}

void SensitivityPage::setSpec(const SweepSpec &requested)
{
    SweepSpec next = requested;
    next.seeds = std::clamp(next.seeds, sweep_limits::kSeedsMin, SweepControls::kSeedsMax);
    next.base.epochs = std::clamp(next.base.epochs, lab_limits::kEpochsMin, SweepControls::kEpochsMax);
    next.base.alpha = std::clamp(next.base.alpha, limits::kAlphaMin, limits::kAlphaMax);
    if (validate_sweep(next))
        next = m_spec; // the controls cannot make one; a caller's invalid spec changes nothing
    const bool changed = next != m_spec;
    const bool regrid = next.kind != m_spec.kind || next.values != m_spec.values || next.seeds != m_spec.seeds
        || next.base.alpha != m_spec.base.alpha || next.base.prelu != m_spec.base.prelu
        || next.base.preluStart != m_spec.base.preluStart;
    m_spec = next;
    m_controls->showSpec(m_spec);
    if (regrid)
        m_charts->configure(m_spec);
    if (changed)
        requestRun();
}

void SensitivityPage::setAlpha(double alpha)
{
    alpha = std::clamp(alpha, limits::kAlphaMin, limits::kAlphaMax);
    if (alpha == m_spec.base.alpha)
        return;
    m_spec.base.alpha = alpha;
    if (m_spec.kind != SweepKind::LearningRate)
        return; // an alpha sweep does not use the explorer's alpha
    // Called on every slider step: nothing is redrawn here. A hidden page only notes that a
    // sweep is due; a shown one starts it once alpha stays still (startRun redraws the charts).
    m_runner->cancel();
    if (isVisible())
        m_alphaSettle.start();
    else
        setRunPending(true);
}

void SensitivityPage::rerun()
{
    m_alphaSettle.stop();
    requestRun();
}

void SensitivityPage::cancel()
{
    m_alphaSettle.stop();
    setRunPending(false);
    m_runner->cancel();
}

void SensitivityPage::cancelRun()
{
    m_runner->cancel();
}

void SensitivityPage::startRun()
{
    m_alphaSettle.stop();
    m_charts->configure(m_spec);
    if (!m_runner->start(m_spec))
        return; // cannot happen: setSpec keeps the spec valid
    onProgress(0, sweep_run_count(m_spec));
}

void SensitivityPage::onProgress(std::size_t completed, std::size_t total)
{
    const SweepResult &result = m_runner->result();
    m_controls->showProgress(completed, total, m_runner->isRunning());
    // One chart an event-loop turn: all of them in one turn kept the window from painting or
    // taking input for up to 18 ms (30 ms with the learned network's chart).
    m_charts->showSummaryInSteps(summarize(result));
    showSummaryText(sweep_summary_text(result));
}

void SensitivityPage::showSummaryText(const QString &text)
{
    m_summary->setText(text);
    // The charts take the height the summary leaves: a summary a line taller or shorter than the
    // last laid out and repainted every chart at once (the longest wait of a sweep). So its
    // height only grows.
    if (!m_summary->isVisible())
        return;
    const int needed = m_summary->heightForWidth(m_summary->width());
    if (needed > m_summary->minimumHeight())
        m_summary->setMinimumHeight(needed);
}

bool SensitivityPage::isRunning() const
{
    return m_runner->isRunning();
}

const SweepResult &SensitivityPage::result() const
{
    return m_runner->result();
}

QString SensitivityPage::summary() const
{
    return m_summary->text();
}

void SensitivityPage::applyTheme(Theme theme)
{
    m_theme = theme;
    m_charts->applyTheme(theme);
    const ThemeColors colors = theme_colors(theme);
    set_text_color(m_explanation, colors.mutedText);
    set_text_color(m_summary, colors.text);
}

void SensitivityPage::resetToDefaults()
{
    setSpec(defaultSpec(m_spec.base.alpha));
}

ExportOptions SensitivityPage::exportOptions() const
{
    return {.formats = {ExportFormat::Png, ExportFormat::Jpeg, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv},
            .dialogTitle = tr("Export Sensitivity Sweep"),
            .defaultFileName = QStringLiteral("sensitivity.png"),
            .size = m_charts->size()};
}

Drawing SensitivityPage::chartsDrawing()
{
    m_charts->catchUp();
    return widget_drawing(m_charts, theme_colors(m_theme).chartBackground, tr("Sensitivity sweep"),
                          sweep_summary_text(m_runner->result()));
}

ExportResult SensitivityPage::exportTo(const ExportChoice &choice)
{
    if (export_format_for(choice.path) == ExportFormat::Csv) {
        std::ostringstream text;
        write_sweep_csv(text, m_runner->result());
        return save_text(choice.path, text.str());
    }
    return save_drawing(choice.path, chartsDrawing(), choice.scale, exportOptions().formats);
}

QImage SensitivityPage::image(int scale)
{
    return draw_image(chartsDrawing(), std::clamp(scale, 1, 4));
}

} // namespace lre::ui
