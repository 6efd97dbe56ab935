// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "sensitivitypage.h"
#include "sweepcharts.h"
#include "sweepsummarytext.h"

#include "sweep.h"

#include <QAreaSeries>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QValueAxis>

#include <memory>
#include <sstream>

namespace {

using lre::SweepRun;
using lre::SweepSpec;
using lre::ui::SensitivityPage;

constexpr int kWaitMs = 120'000; // an upper bound for sanitizer builds, never a sleep

SweepSpec quick_spec()
{
    SweepSpec spec = lre::default_lr_sweep(0.1);
    spec.values = lre::log_spaced(0.003, 0.3, 5);
    spec.seeds = 3;
    spec.base.epochs = 200;
    spec.base.hiddenUnits = 16;
    return spec;
}

class SensitivityPageTest : public ::testing::Test {
protected:
    void SetUp() override { page = std::make_unique<SensitivityPage>(); }

    void runAndWait()
    {
        QSignalSpy finished(page.get(), &SensitivityPage::sweepFinished);
        page->show();
        ASSERT_TRUE(page->isRunning());
        ASSERT_TRUE(finished.wait(kWaitMs));
        ASSERT_EQ(finished.count(), 1);
        EXPECT_FALSE(finished.first().at(0).toBool());
    }

    std::unique_ptr<SensitivityPage> page;
};

TEST_F(SensitivityPageTest, RunsWhenShownAndShowsWhatTheSweepMeasured)
{
    page->setSpec(quick_spec());
    EXPECT_FALSE(page->isRunning()); // hidden: nothing runs
    EXPECT_TRUE(page->isRunPending());
    runAndWait();
    const lre::SweepResult &result = page->result();
    ASSERT_EQ(result.completed(), result.runs.size());
    ASSERT_EQ(result.runs.size(), 5u * 3u * 2u);
    // The same runs as the core's sweep, whatever the thread that ran them.
    EXPECT_EQ(result.runs, lre::run_sweep(quick_spec()).runs);

    const lre::SweepSummary summary = lre::summarize(result);
    auto *median = qobject_cast<QLineSeries *>(page->charts()->findSeries(QStringLiteral("sweepLossLeakySeries")));
    ASSERT_NE(median, nullptr);
    qsizetype withLoss = 0;
    for (const lre::SweepPoint &p : summary.leaky)
        withLoss += p.medianLoss ? 1 : 0;
    ASSERT_EQ(median->count(), withLoss);
    for (int i = 0; i < median->count(); ++i)
        EXPECT_EQ(median->at(i).y(), *summary.leaky[static_cast<std::size_t>(i)].medianLoss);
    auto *diverged = qobject_cast<QLineSeries *>(page->charts()->findSeries(QStringLiteral("sweepDivergedReluSeries")));
    ASSERT_NE(diverged, nullptr);
    ASSERT_EQ(diverged->count(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(diverged->at(i).y(), summary.relu[static_cast<std::size_t>(i)].diverged);

    EXPECT_EQ(page->summary(), lre::ui::sweep_summary_text(result));
    EXPECT_TRUE(page->summary().contains(QStringLiteral("Diverged")));
    auto *progress = page->findChild<QProgressBar *>(QStringLiteral("sweepProgress"));
    ASSERT_NE(progress, nullptr);
    EXPECT_EQ(progress->value(), progress->maximum());
    EXPECT_FALSE(page->findChild<QPushButton *>(QStringLiteral("sweepCancelButton"))->isEnabled());
}

TEST_F(SensitivityPageTest, CancelStopsAndKeepsThePartialResult)
{
    SweepSpec spec = quick_spec();
    spec.seeds = 100;
    spec.base.epochs = 3000;
    page->setSpec(spec);
    QSignalSpy finished(page.get(), &SensitivityPage::sweepFinished);
    page->show();
    ASSERT_TRUE(page->isRunning());
    page->findChild<QPushButton *>(QStringLiteral("sweepCancelButton"))->click();
    EXPECT_FALSE(page->isRunning());
    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.first().at(0).toBool());
    EXPECT_LT(page->result().completed(), page->result().runs.size());
    EXPECT_TRUE(page->result().cancelled);
    // Destroying the page with the cancelled sweep's thread still winding down returns.
    page.reset();
}

TEST_F(SensitivityPageTest, AlphaReRunsOnceItSettles)
{
    page->setSpec(quick_spec());
    runAndWait();
    QSignalSpy finished(page.get(), &SensitivityPage::sweepFinished);
    for (double alpha : {0.2, 0.25, 0.3})
        page->setAlpha(alpha);
    EXPECT_FALSE(page->isRunning()); // waiting for alpha to stay still
    EXPECT_EQ(page->spec().base.alpha, 0.3);
    ASSERT_TRUE(finished.wait(kWaitMs));
    if (finished.count() == 1 && finished.first().at(0).toBool()) {
        ASSERT_TRUE(finished.wait(kWaitMs)); // the first may be the old one cancelled
    }
    EXPECT_EQ(page->result().spec.base.alpha, 0.3);
    EXPECT_EQ(page->result().completed(), page->result().runs.size());
    EXPECT_TRUE(page->summary().contains(QStringLiteral("α = 0.3")));
}

TEST_F(SensitivityPageTest, AHiddenPageOnlyNotesAlphaAndControlsKeepIt)
{
    page->setSpec(quick_spec());
    runAndWait();
    page->hide();
    page->setAlpha(0.35);
    EXPECT_FALSE(page->isRunning());
    EXPECT_TRUE(page->isRunPending());
    EXPECT_EQ(page->spec().base.alpha, 0.35);
    // An edit in the controls keeps the explorer's alpha, which they were not shown step by step.
    auto *seeds = page->findChild<QSpinBox *>(QStringLiteral("sweepSeedsSpin"));
    ASSERT_NE(seeds, nullptr);
    seeds->setValue(2);
    EXPECT_EQ(page->spec().seeds, 2);
    EXPECT_EQ(page->spec().base.alpha, 0.35);
    QSignalSpy finished(page.get(), &SensitivityPage::sweepFinished);
    page->show();
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(page->result().spec.base.alpha, 0.35);
}

TEST_F(SensitivityPageTest, ExportsChartsAndRuns)
{
    page->setSpec(quick_spec());
    page->resize(1000, 700);
    runAndWait();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    ASSERT_TRUE(page->exportTo({.path = csv, .size = {}}).ok);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    std::ostringstream expected;
    lre::write_sweep_csv(expected, page->result());
    EXPECT_EQ(file.readAll().toStdString(), expected.str());
    const QString png = dir.filePath(QStringLiteral("s.png"));
    ASSERT_TRUE(page->exportTo({.path = png, .size = {}, .scale = 2}).ok);
    EXPECT_EQ(QImage(png).size(), page->charts()->size() * 2);
    const QString svg = dir.filePath(QStringLiteral("s.svg"));
    ASSERT_TRUE(page->exportTo({.path = svg, .size = {}}).ok);
    EXPECT_FALSE(page->exportTo({.path = dir.filePath(QStringLiteral("s.json")), .size = {}}).ok);
}

SweepSpec quick_prelu_spec()
{
    SweepSpec spec = quick_spec();
    spec.base.prelu = lre::PreluMode::Shared;
    return spec;
}

QList<QPointF> points_of(QAbstractSeries *series)
{
    auto *line = qobject_cast<QLineSeries *>(series);
    return line ? line->points() : QList<QPointF>{};
}

TEST_F(SensitivityPageTest, TheLearnedNetworkIsOneChoiceAwayAndOffByDefault)
{
    EXPECT_EQ(page->spec().base.prelu, lre::PreluMode::Off);
    EXPECT_EQ(page->spec(), SensitivityPage::defaultSpec(page->spec().base.alpha));
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("sweepPreluCombo"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toInt(), static_cast<int>(lre::PreluMode::Off));
    EXPECT_FALSE(combo->accessibleName().isEmpty());
    combo->setCurrentIndex(combo->findData(static_cast<int>(lre::PreluMode::Shared)));
    EXPECT_EQ(page->spec().base.prelu, lre::PreluMode::Shared);
    page->resetToDefaults();
    EXPECT_EQ(page->spec().base.prelu, lre::PreluMode::Off);
    EXPECT_EQ(combo->currentData().toInt(), static_cast<int>(lre::PreluMode::Off));
}

TEST_F(SensitivityPageTest, ALearnedAlphaBandAndChartHoldTheSummarysNumbers)
{
    page->setSpec(quick_prelu_spec());
    runAndWait();
    const lre::SweepResult &result = page->result();
    ASSERT_EQ(result.runs.size(), 5u * 3u * 3u);
    EXPECT_EQ(result.runs, lre::run_sweep(quick_prelu_spec()).runs);
    const lre::SweepSummary summary = lre::summarize(result);
    ASSERT_EQ(summary.prelu.size(), 5u);

    // The third band on the loss and dead charts, and its diverged counts.
    const QList<QPointF> loss = points_of(page->charts()->findSeries(QStringLiteral("sweepLossPreluSeries")));
    const QList<QPointF> dead = points_of(page->charts()->findSeries(QStringLiteral("sweepDeadPreluSeries")));
    const QList<QPointF> diverged = points_of(page->charts()->findSeries(QStringLiteral("sweepDivergedPreluSeries")));
    const QList<QPointF> alpha = points_of(page->charts()->findSeries(QStringLiteral("sweepLearnedAlphaSeries")));
    auto *alphaBand = qobject_cast<QAreaSeries *>(page->charts()->findSeries(QStringLiteral("sweepLearnedAlphaSeriesBand")));
    ASSERT_NE(alphaBand, nullptr);
    ASSERT_EQ(diverged.size(), 5);
    qsizetype k = 0;
    for (std::size_t i = 0; i < summary.prelu.size(); ++i) {
        const lre::SweepPoint &p = summary.prelu[i];
        EXPECT_EQ(diverged[static_cast<qsizetype>(i)], QPointF(p.value, p.diverged));
        if (!p.medianLoss)
            continue;
        ASSERT_LT(k, loss.size());
        EXPECT_EQ(loss[k], QPointF(p.value, *p.medianLoss));
        EXPECT_EQ(dead[k], QPointF(p.value, 100.0 * *p.medianDead));
        EXPECT_EQ(alpha[k], QPointF(p.value, p.medianAlpha));
        EXPECT_EQ(alphaBand->upperSeries()->at(static_cast<int>(k)).y(), p.alphaQ3);
        EXPECT_EQ(alphaBand->lowerSeries()->at(static_cast<int>(k)).y(), p.alphaQ1);
        ++k;
    }
    EXPECT_EQ(loss.size(), k);
    EXPECT_EQ(alpha.size(), k);
    EXPECT_GT(k, 0);
    // The explorer's alpha, where every learned run started, marked across the grid.
    const QList<QPointF> start = points_of(page->charts()->findSeries(QStringLiteral("sweepAlphaStartSeries")));
    ASSERT_EQ(start.size(), 2);
    EXPECT_EQ(start[0], QPointF(0.003, 0.1));
    EXPECT_EQ(start[1].y(), 0.1);
    auto *alphaView = page->findChild<QChartView *>(QStringLiteral("sweepAlphaChartView"));
    ASSERT_NE(alphaView, nullptr);
    EXPECT_TRUE(alphaView->isVisible());

    // The sentence: the core's choice of grid point, its alpha's median and quartiles.
    const auto best = lre::learned_alpha_point(summary.prelu);
    ASSERT_TRUE(best);
    const lre::SweepPoint &b = summary.prelu[*best];
    const QString text = page->summary();
    EXPECT_EQ(text, lre::ui::sweep_summary_text(result));
    const QString expected = QStringLiteral("Learned α (shared, from 0.1) ended at median %1 (quartiles %2 to %3)")
                                 .arg(lre::ui::sweep_value_text(b.medianAlpha), lre::ui::sweep_value_text(b.alphaQ1),
                                      lre::ui::sweep_value_text(b.alphaQ3));
    EXPECT_TRUE(text.contains(expected)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("at its best learning rate, %1 (").arg(lre::ui::sweep_value_text(b.value))))
        << text.toStdString();

    // The export holds the learned runs, with their final alpha.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    ASSERT_TRUE(page->exportTo({.path = csv, .size = {}}).ok);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(content.startsWith(QLatin1String(lre::kSweepCsvHeader) + QLatin1String(lre::kSweepCsvPreluColumn)));
    EXPECT_EQ(content.count(QStringLiteral(",prelu,")), 15);

    // Off: the series, the alpha chart and the learned runs go.
    QSignalSpy finished(page.get(), &SensitivityPage::sweepFinished);
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("sweepPreluCombo"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(lre::PreluMode::Off)));
    EXPECT_EQ(page->spec().base.prelu, lre::PreluMode::Off);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(page->charts()->findSeries(QStringLiteral("sweepLossPreluSeries")), nullptr);
    EXPECT_EQ(page->charts()->findSeries(QStringLiteral("sweepLearnedAlphaSeries")), nullptr);
    EXPECT_FALSE(alphaView->isVisible());
    EXPECT_EQ(page->result().runs.size(), 5u * 3u * 2u);
    for (const auto &run : page->result().runs)
        EXPECT_FALSE(run && run->prelu);
    EXPECT_FALSE(page->summary().contains(QStringLiteral("Learned α")));
}

// Synthetic results: ReLU better, Leaky better, a tie; the summary says what the numbers say.
lre::SweepResult synthetic(const std::vector<double> &reluLoss, const std::vector<double> &leakyLoss,
                           double alpha = 0.1)
{
    lre::SweepResult result;
    result.spec = lre::default_lr_sweep(alpha);
    result.spec.values = lre::log_spaced(0.001, 0.1, static_cast<int>(reluLoss.size()));
    result.spec.seeds = 1;
    for (std::size_t i = 0; i < reluLoss.size(); ++i) {
        for (const bool relu : {true, false}) {
            SweepRun run;
            run.valueIndex = static_cast<int>(i);
            run.relu = relu;
            run.finalLoss = relu ? reluLoss[i] : leakyLoss[i];
            if (!std::isfinite(run.finalLoss)) {
                run.finalLoss = 1.0;
                run.divergedEpoch = 5;
            }
            result.runs.emplace_back(run);
        }
    }
    return result;
}

TEST(SweepSummaryText, SaysWhereTheLearnedAlphaEnded)
{
    // Learned runs at three rates, four seeds each; the middle rate has the lowest median loss.
    lre::SweepResult result;
    result.spec = lre::default_lr_sweep(0.1);
    result.spec.values = {0.001, 0.01, 0.1};
    result.spec.seeds = 4;
    result.spec.base.prelu = lre::PreluMode::Shared;
    const double losses[] = {0.5, 0.05, 0.2};
    const double alphas[] = {0.12, 0.2, 0.3, 0.4};
    for (int v = 0; v < 3; ++v) {
        for (int seed = 0; seed < 4; ++seed) {
            for (int network = 0; network < 3; ++network) {
                SweepRun run;
                run.valueIndex = v;
                run.relu = network == 0;
                run.prelu = network == 2;
                run.finalLoss = losses[v] + 0.01 * seed;
                run.finalAlpha = run.prelu ? alphas[seed] + v : 0.1;
                if (run.prelu && v == 1 && seed == 3)
                    run.divergedEpoch = 7;
                result.runs.emplace_back(run);
            }
        }
    }
    const lre::SweepSummary summary = lre::summarize(result);
    const lre::SweepPoint &p = summary.prelu[1];
    ASSERT_EQ(p.diverged, 1);
    const QString text = lre::ui::sweep_summary_text(result);
    EXPECT_TRUE(text.contains(QStringLiteral("Learned α (shared, from 0.1) ended at median %1 (quartiles %2 to %3) over "
                                             "the 3 of 4 seeds that did not diverge at its best learning rate, 0.01 (")
                                  .arg(lre::ui::sweep_value_text(p.medianAlpha), lre::ui::sweep_value_text(p.alphaQ1),
                                       lre::ui::sweep_value_text(p.alphaQ3))))
        << text.toStdString();
    EXPECT_DOUBLE_EQ(p.medianAlpha, 1.2); // seeds 0-2 at the middle rate: 1.12, 1.2, 1.3
    EXPECT_TRUE(text.contains(QStringLiteral("Diverged: PReLU 1 of 12 runs."))) << text.toStdString();
    result.spec.base.prelu = lre::PreluMode::Off;
    EXPECT_FALSE(lre::ui::sweep_summary_text(result).contains(QStringLiteral("Learned")));
}

TEST(SweepSummaryText, FollowsTheNumbers)
{
    const double inf = HUGE_VAL;
    const QString leakyWider = lre::ui::sweep_summary_text(
        synthetic({0.9, 0.5, 0.1, 0.9, inf}, {0.15, 0.12, 0.1, 0.15, 0.9}));
    EXPECT_TRUE(leakyWider.contains(QStringLiteral("less sensitive"))) << leakyWider.toStdString();
    EXPECT_TRUE(leakyWider.contains(QStringLiteral("ReLU 1 of 5"))) << leakyWider.toStdString();
    const QString reluWider = lre::ui::sweep_summary_text(
        synthetic({0.15, 0.12, 0.1, 0.15, 0.9}, {0.9, 0.5, 0.1, 0.9, 0.9}));
    EXPECT_TRUE(reluWider.contains(QStringLiteral("more sensitive"))) << reluWider.toStdString();
    const QString tie = lre::ui::sweep_summary_text(
        synthetic({0.9, 0.15, 0.1, 0.15, 0.9}, {0.9, 0.16, 0.11, 0.14, 0.9}));
    EXPECT_TRUE(tie.contains(QStringLiteral("No clear difference"))) << tie.toStdString();
    const QString zero = lre::ui::sweep_summary_text(synthetic({0.2, 0.1}, {0.2, 0.1}, 0.0));
    EXPECT_TRUE(zero.contains(QStringLiteral("α = 0"))) << zero.toStdString();
    lre::SweepResult partial = synthetic({0.9, 0.15, 0.1, 0.15, 0.9}, {0.9, 0.16, 0.11, 0.14, 0.9});
    partial.runs[0].reset();
    EXPECT_TRUE(lre::ui::sweep_summary_text(partial).startsWith(QStringLiteral("So far (9 of 10 runs)")));
    lre::SweepResult none = partial;
    for (auto &run : none.runs)
        run.reset();
    EXPECT_EQ(lre::ui::sweep_summary_text(none), QStringLiteral("No run has finished yet."));
}

// Every series' points and every axis's range, chart by chart, in the order they were made.
QList<QList<QPointF>> chart_points(const lre::ui::SweepCharts &charts)
{
    QList<QList<QPointF>> all;
    for (QChart *chart : {charts.lossChart(), charts.deadChart(), charts.divergedChart(), charts.alphaChart()}) {
        for (QAbstractSeries *series : chart->series()) {
            if (auto *xy = qobject_cast<QXYSeries *>(series)) {
                all.append(xy->points());
            } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
                all.append(area->upperSeries()->points());
                all.append(area->lowerSeries()->points());
            }
        }
        for (QAbstractAxis *axis : chart->axes()) {
            if (auto *value = qobject_cast<QValueAxis *>(axis))
                all.append({QPointF(value->min(), value->max())});
            else if (auto *log = qobject_cast<QLogValueAxis *>(axis))
                all.append({QPointF(log->min(), log->max())});
        }
    }
    return all;
}

// A delivery updates one chart an event-loop turn; a newer summary replaces one still being
// shown; in the end the charts are what one call showing everything at once makes.
TEST(SweepChartsInSteps, OneChartATurnEndingAsAllAtOnce)
{
    for (lre::PreluMode prelu : {lre::PreluMode::Off, lre::PreluMode::Shared}) {
        SweepSpec spec = quick_spec();
        spec.base.prelu = prelu;
        const lre::SweepResult full = lre::run_sweep(spec);
        lre::SweepResult partial = full;
        for (std::size_t i = 0; i < partial.runs.size(); i += 2)
            partial.runs[i].reset();

        lre::ui::SweepCharts atOnce;
        atOnce.configure(spec);
        atOnce.showSummary(lre::summarize(full));
        lre::ui::SweepCharts stepped;
        stepped.configure(spec);
        const QList<QList<QPointF>> empty = chart_points(stepped);
        QSignalSpy caughtUp(&stepped, &lre::ui::SweepCharts::caughtUp);
        stepped.showSummaryInSteps(lre::summarize(partial));
        const auto count = [&stepped](const char *name) {
            return qobject_cast<QXYSeries *>(stepped.findSeries(QLatin1String(name)))->count();
        };
        EXPECT_GT(count("sweepLossLeakySeries"), 0); // the first chart at once
        EXPECT_EQ(count("sweepDeadLeakySeries"), 0); // the next ones on later turns
        EXPECT_EQ(count("sweepDivergedLeakySeries"), 0);
        EXPECT_FALSE(stepped.isCaughtUp());
        QCoreApplication::processEvents();
        EXPECT_EQ(count("sweepDivergedLeakySeries"), 0) << "one chart a turn, not all in the next";
        stepped.showSummaryInSteps(lre::summarize(full));
        ASSERT_TRUE(caughtUp.wait(kWaitMs));
        EXPECT_EQ(caughtUp.count(), 1);
        EXPECT_TRUE(stepped.isCaughtUp());
        EXPECT_NE(chart_points(stepped), empty);
        EXPECT_EQ(chart_points(stepped), chart_points(atOnce));
        // Exports and a new grid take what is due at once.
        stepped.showSummaryInSteps(lre::summarize(partial));
        stepped.catchUp();
        EXPECT_EQ(caughtUp.count(), 2);
        atOnce.showSummary(lre::summarize(partial));
        EXPECT_EQ(chart_points(stepped), chart_points(atOnce));
        // The same grid again keeps its series and axes, emptied and reset as new ones start.
        QAbstractSeries *kept = stepped.findSeries(QStringLiteral("sweepLossLeakySeries"));
        stepped.configure(spec);
        EXPECT_EQ(chart_points(stepped), empty);
        EXPECT_EQ(stepped.findSeries(QStringLiteral("sweepLossLeakySeries")), kept);
    }
}

using SensitivityInWindow = WindowFixture;

TEST_F(SensitivityInWindow, ATabOfItsOwnFollowingTheExplorersAlpha)
{
    auto *tabs = child<QTabWidget>("mainTabs");
    SensitivityPage *page = pages.sensitivity;
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(tabs->indexOf(page), 2);
    // The README's screenshot shows the default sweep; the test alone a quick one.
    const QString dir = qEnvironmentVariable("LRE_SCREENSHOT_DIR");
    page->setSpec(dir.isEmpty() ? quick_spec() : SensitivityPage::defaultSpec(0.1));
    explorer()->setAlpha(dir.isEmpty() ? 0.2 : 0.1);
    EXPECT_EQ(page->spec().base.alpha, explorer()->params().alpha);
    EXPECT_FALSE(page->isRunning()); // not shown
    QSignalSpy finished(page, &SensitivityPage::sweepFinished);
    window->showPage(page);
    ASSERT_TRUE(page->isRunning());
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(page->result().completed(), page->result().runs.size());
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(window->grab().save(dir + QStringLiteral("/sensitivity-light.png")));
    }
}

} // namespace
