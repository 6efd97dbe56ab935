// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcharts.h"
#include "dyingrelupage.h"
#include "numbertext.h"
#include "theme.h"

#include "codesnippets.h"
#include "lab.h"
#include "labjson.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QSettings>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

namespace {

using lre::LabParams;
using lre::LabRecord;
using lre::ui::LabCharts;
using lre::ui::DyingReluPage;

constexpr int kWaitMs = 60'000; // an upper bound for slow sanitizer builds, never a sleep

LabParams quick_params()
{
    LabParams params;
    params.epochs = 300;
    return params;
}

class DyingReluPageTest : public ::testing::Test {
protected:
    void SetUp() override { panel = std::make_unique<DyingReluPage>(); }
    void TearDown() override { panel.reset(); }

    // Shows the panel, which starts the run that is due, and waits for it to end.
    void showAndWaitForRun()
    {
        QSignalSpy finished(panel.get(), &DyingReluPage::runFinished);
        panel->show();
        ASSERT_TRUE(panel->isRunning());
        ASSERT_TRUE(finished.wait(kWaitMs));
        ASSERT_EQ(finished.count(), 1);
    }

    template <typename T>
    T *child(const char *name) const
    {
        T *found = panel->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    template <typename T = QLineSeries>
    T *series(const char *name) const
    {
        auto *found = qobject_cast<T *>(panel->charts()->findSeries(QLatin1String(name)));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    std::unique_ptr<DyingReluPage> panel;
};

QList<QPointF> points_of(const lre::Polyline &line)
{
    QList<QPointF> points;
    for (const lre::Point &p : line)
        points.append(QPointF(p.x, p.y));
    return points;
}

TEST_F(DyingReluPageTest, ChartsFollowTheRecordsAfterARun)
{
    panel->setParams(quick_params());
    showAndWaitForRun();

    const LabParams params = panel->params();
    const lre::LabResult expected = lre::run_lab(params);
    ASSERT_EQ(panel->records(), expected.records);
    ASSERT_TRUE(panel->result());
    EXPECT_EQ(panel->result()->records, expected.records);
    EXPECT_FALSE(panel->isRunning());

    const auto &records = panel->records();
    ASSERT_EQ(records.size(), 301u);
    const auto *lossRelu = series("labLossReluSeries");
    const auto *lossLeaky = series("labLossLeakySeries");
    const auto *deadRelu = series("labDeadReluSeries");
    const auto *deadLeaky = series("labDeadLeakySeries");
    ASSERT_EQ(lossRelu->count(), 301);
    ASSERT_EQ(lossLeaky->count(), 301);
    ASSERT_EQ(deadRelu->count(), 301);
    ASSERT_EQ(deadLeaky->count(), 301);
    for (int i = 0; i < 301; ++i) {
        const LabRecord &r = records[static_cast<std::size_t>(i)];
        EXPECT_EQ(lossRelu->at(i), QPointF(r.epoch, r.lossRelu));
        EXPECT_EQ(lossLeaky->at(i), QPointF(r.epoch, r.lossLeaky));
        EXPECT_EQ(deadRelu->at(i), QPointF(r.epoch, 100.0 * r.deadRelu));
        EXPECT_EQ(deadLeaky->at(i), QPointF(r.epoch, 100.0 * r.deadLeaky));
    }

    // The log axis covers every loss drawn.
    const QLogValueAxis *lossAxis = panel->charts()->lossAxis();
    for (const LabRecord &r : records) {
        EXPECT_LE(lossAxis->min(), std::min(r.lossRelu, r.lossLeaky));
        EXPECT_GE(lossAxis->max(), std::max(r.lossRelu, r.lossLeaky));
    }

    const auto *data = series<QScatterSeries>("labDataSeries");
    ASSERT_EQ(data->count(), params.points);
    for (int i = 0; i < data->count(); ++i)
        EXPECT_EQ(data->at(i), QPointF(expected.data.x[static_cast<std::size_t>(i)],
                                       expected.data.y[static_cast<std::size_t>(i)]));
    EXPECT_EQ(series("labFitReluSeries")->points(),
              points_of(lre::fitted_curve(expected.relu, lre::lab_limits::kXMin, lre::lab_limits::kXMax)));
    EXPECT_EQ(series("labFitLeakySeries")->points(),
              points_of(lre::fitted_curve(expected.leaky, lre::lab_limits::kXMin, lre::lab_limits::kXMax)));
    for (const QPointF &p : series("labFitLeakySeries")->points()) {
        EXPECT_LE(panel->charts()->fitYAxis()->min(), p.y());
        EXPECT_GE(panel->charts()->fitYAxis()->max(), p.y());
    }
    EXPECT_TRUE(child<QLabel>("labStatus")->text().contains(QStringLiteral("After 300 epochs")));
}

TEST_F(DyingReluPageTest, AHiddenPanelRunsOnlyOnceShown)
{
    QSignalSpy started(panel.get(), &DyingReluPage::runStarted);
    panel->setParams(quick_params());
    panel->setAlpha(0.3);
    EXPECT_TRUE(panel->isRunPending());
    EXPECT_FALSE(panel->isRunning());
    EXPECT_EQ(started.count(), 0);
    showAndWaitForRun();
    EXPECT_EQ(started.count(), 1);
    EXPECT_FALSE(panel->isRunPending());
}

TEST_F(DyingReluPageTest, SetAlphaDuringARunCancelsAndRestarts)
{
    LabParams longRun = panel->params();
    longRun.epochs = lre::lab_limits::kEpochsMax;
    panel->setParams(longRun);
    QSignalSpy started(panel.get(), &DyingReluPage::runStarted);
    QSignalSpy progressed(panel.get(), &DyingReluPage::progressed);
    QSignalSpy finished(panel.get(), &DyingReluPage::runFinished);
    panel->show();
    ASSERT_EQ(started.count(), 1);
    ASSERT_TRUE(progressed.wait(kWaitMs));
    ASSERT_TRUE(panel->isRunning());
    ASSERT_FALSE(panel->records().empty());

    panel->setAlpha(0.3);
    EXPECT_EQ(started.count(), 2);
    EXPECT_TRUE(panel->isRunning());
    EXPECT_EQ(panel->params().alpha, 0.3);
    EXPECT_TRUE(panel->records().empty()); // the old run's records are gone with it

    // What arrives now comes from the new run only, even if the old one had batches in flight.
    progressed.clear();
    ASSERT_TRUE(progressed.wait(kWaitMs));
    LabParams expectedStart = panel->params();
    expectedStart.epochs = 3;
    const auto prefix = lre::run_lab(expectedStart).records;
    const std::size_t arrived = std::min(prefix.size(), panel->records().size());
    ASSERT_GE(arrived, 1u);
    EXPECT_TRUE(std::equal(prefix.begin(), prefix.begin() + static_cast<std::ptrdiff_t>(arrived),
                           panel->records().begin()));

    LabParams shortRun = panel->params();
    shortRun.epochs = 40;
    panel->setParams(shortRun);
    EXPECT_EQ(started.count(), 3);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(finished.count(), 1); // the cancelled runs never report
    EXPECT_EQ(panel->records(), lre::run_lab(shortRun).records);
    EXPECT_TRUE(series("labLossLeakySeries")->name().contains(QStringLiteral("0.3")));
}

TEST_F(DyingReluPageTest, ALossThatBlowsUpIsReportedAndKeptOnTheChart)
{
    // With alpha = 2 the units that start dead amplify instead: the default step overshoots.
    panel->setParams(quick_params());
    panel->setAlpha(2.0);
    showAndWaitForRun();
    ASSERT_TRUE(panel->result());
    EXPECT_EQ(panel->result()->outcome, lre::LabOutcome::Diverged);
    EXPECT_TRUE(child<QLabel>("labStatus")->text().contains(QStringLiteral("lower the learning rate")));
    EXPECT_LE(panel->charts()->lossAxis()->max(), LabCharts::kLossCeiling);
    for (const QPointF &p : series("labLossLeakySeries")->points())
        EXPECT_LE(p.y(), LabCharts::kLossCeiling);
}

TEST_F(DyingReluPageTest, DestroyingThePanelMidRunReturns)
{
    LabParams longRun = panel->params();
    longRun.epochs = lre::lab_limits::kEpochsMax;
    panel->setParams(longRun);
    QSignalSpy progressed(panel.get(), &DyingReluPage::progressed);
    panel->show();
    ASSERT_TRUE(progressed.wait(kWaitMs));
    panel.reset(); // cancels and joins the worker at its next epoch
    EXPECT_EQ(panel, nullptr);
}

TEST_F(DyingReluPageTest, ControlsChangeTheParams)
{
    panel->setParams(quick_params());
    showAndWaitForRun();
    QSignalSpy started(panel.get(), &DyingReluPage::runStarted);

    child<QSpinBox>("labHiddenUnitsSpin")->setValue(48);
    EXPECT_EQ(panel->params().hiddenUnits, 48);
    child<QDoubleSpinBox>("labLearningRateSpin")->setValue(0.035);
    EXPECT_EQ(panel->params().learningRate, 0.035);
    child<QDoubleSpinBox>("labBiasShiftSpin")->setValue(-1.25);
    EXPECT_EQ(panel->params().biasShift, -1.25);
    child<QSpinBox>("labSeedSpin")->setValue(77);
    EXPECT_EQ(panel->params().seed, 77u);
    EXPECT_EQ(started.count(), 4);

    // Typed values count once, on Enter, not at every keystroke.
    auto *epochs = child<QSpinBox>("labEpochsSpin");
    epochs->setFocus();
    epochs->selectAll();
    QTest::keyClicks(epochs, QStringLiteral("120"));
    EXPECT_EQ(panel->params().epochs, 300);
    QTest::keyClick(epochs, Qt::Key_Return);
    EXPECT_EQ(panel->params().epochs, 120);
    EXPECT_EQ(started.count(), 5);

    QTest::mouseClick(child<QPushButton>("labRunButton"), Qt::LeftButton);
    EXPECT_EQ(started.count(), 6);

    QSignalSpy finished(panel.get(), &DyingReluPage::runFinished);
    ASSERT_TRUE(finished.wait(kWaitMs));
    const LabParams expected{.alpha = 0.1, .hiddenUnits = 48, .learningRate = 0.035,
                             .biasShift = -1.25, .epochs = 120, .seed = 77};
    EXPECT_EQ(panel->params(), expected);
    EXPECT_EQ(panel->records(), lre::run_lab(expected).records);

    for (const char *name : {"labHiddenUnitsSpin", "labLearningRateSpin", "labBiasShiftSpin",
                             "labEpochsSpin", "labSeedSpin", "labRunButton"}) {
        auto *control = child<QWidget>(name);
        EXPECT_FALSE(control->accessibleName().isEmpty()) << name;
        EXPECT_FALSE(control->toolTip().isEmpty()) << name;
    }
}

TEST_F(DyingReluPageTest, OutOfRangeParamsAreClampedAndShown)
{
    LabParams wild;
    wild.alpha = 50.0;
    wild.hiddenUnits = 100'000;
    wild.learningRate = -1.0;
    wild.biasShift = std::numeric_limits<double>::quiet_NaN();
    wild.epochs = 0;
    panel->setParams(wild);
    const LabParams &p = panel->params();
    EXPECT_FALSE(lre::validate_lab_params(p));
    EXPECT_EQ(p.alpha, 10.0);
    EXPECT_EQ(p.hiddenUnits, lre::lab_limits::kHiddenUnitsMax);
    EXPECT_EQ(p.learningRate, lre::lab_limits::kLearningRateMin);
    EXPECT_EQ(p.biasShift, LabParams{}.biasShift);
    EXPECT_EQ(p.epochs, 1);
    EXPECT_EQ(child<QSpinBox>("labHiddenUnitsSpin")->value(), p.hiddenUnits);
    EXPECT_EQ(child<QDoubleSpinBox>("labLearningRateSpin")->value(), p.learningRate);
    EXPECT_EQ(child<QSpinBox>("labEpochsSpin")->value(), 1);
}

TEST_F(DyingReluPageTest, ThemeColoursTheCurves)
{
    for (const lre::ui::Theme theme : {lre::ui::Theme::Dark, lre::ui::Theme::Light}) {
        panel->applyTheme(theme);
        const lre::ui::ThemeColors colors = lre::ui::theme_colors(theme);
        for (const char *name : {"labLossLeakySeries", "labDeadLeakySeries", "labFitLeakySeries"}) {
            EXPECT_EQ(series(name)->pen().color(), colors.leakyRelu) << name;
            EXPECT_EQ(series(name)->pen().style(), Qt::SolidLine) << name;
        }
        for (const char *name : {"labLossReluSeries", "labDeadReluSeries", "labFitReluSeries"}) {
            EXPECT_EQ(series(name)->pen().color(), colors.relu) << name;
            EXPECT_NE(series(name)->pen().style(), Qt::SolidLine) << name;
        }
        EXPECT_EQ(panel->charts()->lossChart()->backgroundBrush().color(), colors.chartBackground);
    }
}

TEST_F(DyingReluPageTest, ExportsTheChartsAndTheRecords)
{
    panel->setParams(quick_params());
    panel->resize(1000, 700);
    showAndWaitForRun();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("lab.png"));
    const lre::ui::ExportResult image = panel->exportTo({.path = png, .size = {}, .scale = 2});
    ASSERT_TRUE(image.ok) << image.error.toStdString();
    const QImage read(png);
    ASSERT_FALSE(read.isNull());
    EXPECT_EQ(read.size(), panel->charts()->size() * 2);

    const QString csv = dir.filePath(QStringLiteral("lab.csv"));
    const lre::ui::ExportResult table = panel->exportTo({.path = csv, .size = {}});
    ASSERT_TRUE(table.ok) << table.error.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 301 + 2); // header, 301 records, and the empty piece after the last newline
    EXPECT_EQ(lines.front(), QByteArray(lre::kLabCsvHeader));

    const lre::ui::ExportResult refused =
        panel->exportTo({.path = dir.filePath(QStringLiteral("missing/lab.csv")), .size = {}});
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.contains(QStringLiteral("missing/lab.csv")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/lab.csv"))));

    // Vectors at the charts' size; a name the lab cannot write is refused, and nothing is left.
    for (const char *name : {"lab.svg", "lab.pdf", "lab.jpg"}) {
        const QString vector = dir.filePath(QLatin1String(name));
        const lre::ui::ExportResult written = panel->exportTo({.path = vector, .size = {}});
        ASSERT_TRUE(written.ok) << written.error.toStdString();
        EXPECT_GT(QFileInfo(vector).size(), 1000) << name;
    }
    const QString doc = dir.filePath(QStringLiteral("lab.doc"));
    const lre::ui::ExportResult wrong = panel->exportTo({.path = doc, .size = {}});
    EXPECT_FALSE(wrong.ok);
    EXPECT_TRUE(wrong.error.contains(QStringLiteral(".csv"))) << wrong.error.toStdString();
    EXPECT_FALSE(QFile::exists(doc));

    // The experiment as JSON reads back to the run shown; the PyTorch script holds its data.
    const QString json = dir.filePath(QStringLiteral("lab.json"));
    const lre::ui::ExportResult experiment = panel->exportTo({.path = json, .size = {}});
    ASSERT_TRUE(experiment.ok) << experiment.error.toStdString();
    QFile jsonFile(json);
    ASSERT_TRUE(jsonFile.open(QIODevice::ReadOnly));
    const lre::LabRun run = lre::read_lab_json(jsonFile.readAll().toStdString());
    EXPECT_EQ(run.params, panel->params());
    EXPECT_EQ(run.records, panel->records());
    const QString script = dir.filePath(QStringLiteral("lab.py"));
    ASSERT_TRUE(panel->exportTo({.path = script, .size = {}}).ok);
    QFile scriptFile(script);
    ASSERT_TRUE(scriptFile.open(QIODevice::ReadOnly));
    const QByteArray python = scriptFile.readAll();
    EXPECT_TRUE(python.contains("import torch"));
    EXPECT_TRUE(python.contains(QByteArray::fromStdString(lre::python_float(run.data.x.front()))));

    // While a run is under way there is no finished run to write: refused, nothing written.
    LabParams longer = panel->params();
    longer.epochs = 50'000;
    panel->setParams(longer);
    ASSERT_TRUE(panel->isRunning());
    const QString early = dir.filePath(QStringLiteral("early.json"));
    const lre::ui::ExportResult notYet = panel->exportTo({.path = early, .size = {}});
    EXPECT_FALSE(notYet.ok);
    EXPECT_TRUE(notYet.error.contains(QStringLiteral("not finished"))) << notYet.error.toStdString();
    EXPECT_FALSE(QFile::exists(early));

    // Copy Image takes the same charts.
    EXPECT_EQ(panel->image(2).size(), panel->charts()->size() * 2);
    const lre::ui::ExportOptions options = panel->exportOptions();
    EXPECT_FALSE(options.sizeEditable);
    EXPECT_FALSE(options.samplesApply);
    EXPECT_EQ(options.size, panel->charts()->size());
}

TEST_F(DyingReluPageTest, LearnedAlphaNetworkIsDrawnReportedAndCanBeUsed)
{
    LabParams params = DyingReluPage::windowDefaults();
    params.epochs = 300;
    ASSERT_EQ(params.prelu, lre::PreluMode::Shared);
    panel->setParams(params);
    panel->resize(1100, 760);
    auto *use = child<QPushButton>("labUseLearnedAlphaButton");
    showAndWaitForRun();

    const lre::LabResult expected = lre::run_lab(panel->params());
    ASSERT_TRUE(expected.prelu);
    const auto &records = panel->records();
    ASSERT_EQ(records, expected.records);
    const auto *loss = series("labLossPreluSeries");
    const auto *dead = series("labDeadPreluSeries");
    const auto *alpha = series("labLearnedAlphaSeries");
    ASSERT_EQ(alpha->count(), 301);
    for (int i = 0; i < 301; ++i) {
        const LabRecord &r = records[static_cast<std::size_t>(i)];
        EXPECT_EQ(loss->at(i), QPointF(r.epoch, r.lossPrelu));
        EXPECT_EQ(dead->at(i), QPointF(r.epoch, 100.0 * r.deadPrelu));
        EXPECT_EQ(alpha->at(i), QPointF(r.epoch, r.alphaPrelu));
    }
    EXPECT_TRUE(loss->isVisible());
    EXPECT_EQ(series("labFitPreluSeries")->points(),
              points_of(lre::fitted_curve(*expected.prelu, lre::lab_limits::kXMin, lre::lab_limits::kXMax)));
    // The explorer's alpha is the reference line, and the axis holds it and every learned alpha.
    EXPECT_EQ(series("labExplorerAlphaSeries")->points(),
              (QList<QPointF>{QPointF(0.0, params.alpha), QPointF(300.0, params.alpha)}));
    const auto *axis = qobject_cast<QValueAxis *>(panel->charts()->alphaChart()->axes(Qt::Vertical).constFirst());
    for (const QPointF &p : alpha->points()) {
        EXPECT_LE(axis->min(), p.y());
        EXPECT_GE(axis->max(), p.y());
    }
    EXPECT_TRUE(child<QChartView>("labAlphaChartView")->isVisible());
    const QString status = child<QLabel>("labStatus")->text();
    EXPECT_TRUE(status.contains(QStringLiteral("PReLU"))) << status.toStdString();
    EXPECT_TRUE(status.contains(lre::ui::shown_number(expected.prelu->alpha(), 'g', 3))) << status.toStdString();

    // "Use learned α" hands the learned alpha on, once a run has finished.
    ASSERT_TRUE(use->isEnabled());
    QSignalSpy chosen(panel.get(), &DyingReluPage::learnedAlphaChosen);
    use->click();
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toDouble(), expected.prelu->alpha());

    // One alpha per unit: each unit's alpha at the end, as a strip at the last epoch.
    auto *mode = child<QComboBox>("labPreluCombo");
    QSignalSpy finished(panel.get(), &DyingReluPage::runFinished);
    mode->setCurrentIndex(mode->findData(static_cast<int>(lre::PreluMode::PerUnit)));
    EXPECT_EQ(panel->params().prelu, lre::PreluMode::PerUnit);
    EXPECT_FALSE(use->isEnabled());
    ASSERT_TRUE(finished.wait(kWaitMs));
    const lre::LabResult perUnit = lre::run_lab(panel->params());
    const auto *strip = series<QScatterSeries>("labUnitAlphasSeries");
    ASSERT_EQ(strip->count(), 32);
    for (int j = 0; j < 32; ++j)
        EXPECT_EQ(strip->at(j), QPointF(300.0, perUnit.prelu->learnedAlphas()[static_cast<std::size_t>(j)]));
    EXPECT_TRUE(child<QLabel>("labStatus")->text().contains(QStringLiteral("mean")));

    // Starting at PyTorch's 0.25.
    auto *start = child<QComboBox>("labPreluStartCombo");
    start->setCurrentIndex(start->findData(static_cast<int>(lre::PreluStart::PyTorchDefault)));
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(panel->records().front().alphaPrelu, 0.25);

    // Off: two networks, as the command line's default.
    mode->setCurrentIndex(mode->findData(static_cast<int>(lre::PreluMode::Off)));
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(child<QChartView>("labAlphaChartView")->isVisible());
    EXPECT_FALSE(series("labLossPreluSeries")->isVisible());
    EXPECT_FALSE(start->isEnabled());
    EXPECT_FALSE(use->isEnabled());
    EXPECT_FALSE(child<QLabel>("labStatus")->text().contains(QStringLiteral("PReLU")));
}

TEST_F(DyingReluPageTest, LearnedAlphaChoicesPersistAndBadSettingsChangeNothing)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    LabParams params = panel->params();
    params.prelu = lre::PreluMode::PerUnit;
    params.preluStart = lre::PreluStart::PyTorchDefault;
    panel->setParams(params);
    panel->saveSettings(settings);
    EXPECT_EQ(settings.value(QStringLiteral("lab/prelu")).toString(), QStringLiteral("per-unit"));

    DyingReluPage restored;
    restored.restoreSettings(settings);
    EXPECT_EQ(restored.params().prelu, lre::PreluMode::PerUnit);
    EXPECT_EQ(restored.params().preluStart, lre::PreluStart::PyTorchDefault);

    settings.setValue(QStringLiteral("lab/prelu"), QStringLiteral("sometimes"));
    settings.setValue(QStringLiteral("lab/preluStart"), 7);
    DyingReluPage fresh;
    fresh.restoreSettings(settings);
    EXPECT_EQ(fresh.params(), DyingReluPage::windowDefaults());

    // Reset brings the window's default back: the learned network on, one alpha.
    restored.resetToDefaults();
    EXPECT_EQ(restored.params().prelu, lre::PreluMode::Shared);
}

TEST_F(DyingReluPageTest, CsvOfALearnedRunHasItsThreeColumns)
{
    LabParams params = DyingReluPage::windowDefaults();
    params.epochs = 50;
    panel->setParams(params);
    showAndWaitForRun();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("lab.csv"));
    ASSERT_TRUE(panel->exportTo({.path = csv, .size = {}}).ok);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_EQ(lines.front(), QByteArray(lre::kLabCsvHeader) + lre::kLabCsvPreluColumns);
    EXPECT_EQ(lines.at(1).split(',').size(), 8);
    EXPECT_EQ(lines.at(51).split(',').at(7).toDouble(), panel->records().back().alphaPrelu);
}

TEST(LabCharts, LongRunsKeepEachBucketsExtremesAndTheEnds)
{
    EXPECT_EQ(LabCharts::strideFor(300), 1);
    EXPECT_EQ(LabCharts::strideFor(LabCharts::kMaxPoints - 1), 1);
    EXPECT_EQ(LabCharts::strideFor(LabCharts::kMaxPoints), 3); // 801 records in buckets of 3
    EXPECT_EQ(LabCharts::strideFor(2000), 6);
    EXPECT_EQ(LabCharts::strideFor(lre::lab_limits::kEpochsMax), 251);

    LabCharts charts;
    LabParams params;
    params.epochs = 10'000;
    charts.beginRun(params, lre::make_lab_data(params));
    std::vector<LabRecord> records;
    for (int epoch = 0; epoch <= 7'001; ++epoch)
        records.push_back({epoch, 1.0 / (epoch + 1), 0.5 / (epoch + 1), 0.5, 0.25});
    records[4'321].lossRelu = 50.0; // a spike inside a bucket
    records[4'322].lossRelu = 1e-9; // and a dip
    charts.showRecords(records);
    const auto *loss = qobject_cast<QLineSeries *>(charts.findSeries(QStringLiteral("labLossReluSeries")));
    ASSERT_NE(loss, nullptr);
    const int stride = LabCharts::strideFor(10'000);
    const QList<QPointF> points = loss->points();
    EXPECT_LE(points.size(), LabCharts::kMaxPoints + 2);
    EXPECT_EQ(points.front(), QPointF(0, records.front().lossRelu));
    EXPECT_EQ(points.back(), QPointF(7'001, records.back().lossRelu));
    EXPECT_TRUE(points.contains(QPointF(4'321, 50.0)));
    EXPECT_TRUE(points.contains(QPointF(4'322, 1e-9)));
    // Every point is a record, in epoch order, and each bucket's extremes are there.
    for (int i = 0; i < points.size(); ++i) {
        const auto epoch = static_cast<std::size_t>(points[i].x());
        EXPECT_EQ(points[i].y(), records[epoch].lossRelu);
        if (i > 0) {
            EXPECT_LT(points[i - 1].x(), points[i].x());
        }
    }
    for (std::size_t start = 0; start < records.size(); start += static_cast<std::size_t>(stride)) {
        const std::size_t end = std::min(records.size(), start + static_cast<std::size_t>(stride));
        const auto [low, high] = std::minmax_element(records.begin() + static_cast<std::ptrdiff_t>(start),
                                                     records.begin() + static_cast<std::ptrdiff_t>(end),
                                                     [](const LabRecord &a, const LabRecord &b) { return a.lossRelu < b.lossRelu; });
        EXPECT_TRUE(points.contains(QPointF(low->epoch, low->lossRelu))) << start;
        EXPECT_TRUE(points.contains(QPointF(high->epoch, high->lossRelu))) << start;
    }
    // The log axis covers the spike and the dip.
    EXPECT_LE(charts.lossAxis()->min(), 1e-9);
    EXPECT_GE(charts.lossAxis()->max(), 50.0);
}

} // namespace
