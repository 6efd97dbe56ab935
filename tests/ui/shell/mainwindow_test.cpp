// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "alphasweep.h"
#include "lab.h"
#include "chartview.h"
#include "curves.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QSlider>
#include <QValueAxis>
#include <QWheelEvent>

#include <optional>

namespace {

using lre::PlotParams;
using lre::ui::Theme;

QList<QPointF> points_of(const lre::Polyline &line)
{
    QList<QPointF> points;
    for (const auto &p : line)
        points.append(QPointF(p.x, p.y));
    return points;
}

void send_wheel(QWidget *target, QPoint pos, int delta)
{
    QWheelEvent event(QPointF(pos), target->mapToGlobal(QPointF(pos)), QPoint(), QPoint(0, delta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

using MainWindowTest = WindowFixture;

TEST_F(MainWindowTest, OpensWithDefaultsAndTheSliderFocused)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Leaky ReLU Explorer"));
    EXPECT_EQ(explorer()->params(), PlotParams{});
    EXPECT_EQ(window->focusWidget(), child<QSlider>("alphaSlider"));
    EXPECT_EQ(child<QSlider>("alphaSlider")->value(), 100);
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>("alphaSpin")->value(), 0.1);
    EXPECT_GE(window->width(), window->minimumWidth());
}

TEST_F(MainWindowTest, ArrowKeysMoveAlphaAndTheSeriesFollowTheCore)
{
    auto *slider = child<QSlider>("alphaSlider");
    QSignalSpy spy(explorer(), &lre::ui::ExplorerPage::paramsChanged);
    QTest::keyClick(slider, Qt::Key_Right);
    QTest::keyClick(slider, Qt::Key_Right);
    EXPECT_EQ(spy.count(), 2);
    EXPECT_DOUBLE_EQ(explorer()->params().alpha, 0.102);
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>("alphaSpin")->value(), 0.102);
    const auto curves = lre::exact_curves(explorer()->params());
    EXPECT_EQ(series("leakyReluSeries")->points(), points_of(curves.leakyRelu));
    EXPECT_EQ(series("reluSeries")->points(), points_of(curves.relu));
    EXPECT_EQ(chart()->title(), QStringLiteral("Leaky ReLU (α = 0.102) vs ReLU"));
    QTest::keyClick(slider, Qt::Key_End);
    EXPECT_EQ(explorer()->params().alpha, 1.0);
}

TEST_F(MainWindowTest, SpinBoxDrivesSliderAndSliderPinsBeyondOne)
{
    auto *spin = child<QDoubleSpinBox>("alphaSpin");
    auto *slider = child<QSlider>("alphaSlider");
    spin->setValue(0.25);
    EXPECT_EQ(slider->value(), 250);
    EXPECT_EQ(explorer()->params().alpha, 0.25);
    spin->setValue(3.5);
    EXPECT_EQ(slider->value(), 1000);
    EXPECT_EQ(explorer()->params().alpha, 3.5);
    EXPECT_EQ(spin->value(), 3.5); // the pinned slider did not pull alpha back to 1
    spin->setValue(-2.0);
    EXPECT_EQ(slider->value(), 0);
    EXPECT_EQ(explorer()->params().alpha, -2.0);
    slider->setValue(420);
    EXPECT_DOUBLE_EQ(spin->value(), 0.42);
}

TEST_F(MainWindowTest, TypingIntoTheAlphaBoxSetsAlpha)
{
    auto *spin = child<QDoubleSpinBox>("alphaSpin");
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0.0125"));
    QTest::keyClick(spin, Qt::Key_Enter);
    EXPECT_DOUBLE_EQ(explorer()->params().alpha, 0.0125);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("abc"));
    QTest::keyClick(spin, Qt::Key_Enter);
    EXPECT_DOUBLE_EQ(explorer()->params().alpha, 0.0125);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("99"));
    QTest::keyClick(spin, Qt::Key_Enter);
    EXPECT_LE(explorer()->params().alpha, 10.0);
}

TEST_F(MainWindowTest, XMinStaysBelowXMaxWhateverTheInput)
{
    auto *xMin = child<QDoubleSpinBox>("xMinSpin");
    auto *xMax = child<QDoubleSpinBox>("xMaxSpin");
    auto check = [&] {
        EXPECT_LT(explorer()->params().xMin, explorer()->params().xMax);
        EXPECT_GE(explorer()->params().xMax - explorer()->params().xMin, 1e-6 - 1e-12);
        EXPECT_EQ(xMin->value(), explorer()->params().xMin);
        EXPECT_EQ(xMax->value(), explorer()->params().xMax);
    };
    // Typed
    xMin->setFocus();
    xMin->selectAll();
    QTest::keyClicks(xMin, QStringLiteral("10"));
    QTest::keyClick(xMin, Qt::Key_Enter);
    check();
    EXPECT_EQ(explorer()->params().xMin, -5.0);
    xMin->selectAll();
    QTest::keyClicks(xMin, QStringLiteral("-2.5"));
    QTest::keyClick(xMin, Qt::Key_Enter);
    EXPECT_EQ(explorer()->params().xMin, -2.5);
    check();
    // Stepped
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(xMin, Qt::Key_Up);
    check();
    EXPECT_GT(explorer()->params().xMin, 4.99);
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(xMax, Qt::Key_Down);
    check();
    // Wheel
    for (int i = 0; i < 10; ++i)
        send_wheel(xMax, xMax->rect().center(), -120);
    check();
    for (int i = 0; i < 10; ++i)
        send_wheel(xMin, xMin->rect().center(), 120);
    check();
}

TEST_F(MainWindowTest, RangeSpinBoxShowsShortNumbers)
{
    auto *xMin = child<QDoubleSpinBox>("xMinSpin");
    EXPECT_EQ(xMin->text(), QStringLiteral("-5"));
    explorer()->setXRange(-0.25, 1e6);
    EXPECT_EQ(xMin->text(), QStringLiteral("-0.25"));
    EXPECT_EQ(child<QDoubleSpinBox>("xMaxSpin")->text(), QStringLiteral("1000000"));
}

TEST_F(MainWindowTest, PresetsSetAlpha)
{
    for (auto [name, alpha] : {std::pair{"preset_0.01", 0.01}, {"preset_0.1", 0.1},
                               {"preset_0.2", 0.2}, {"preset_0.3", 0.3}}) {
        QTest::mouseClick(child<QPushButton>(name), Qt::LeftButton);
        EXPECT_EQ(explorer()->params().alpha, alpha) << name;
        EXPECT_EQ(child<QSlider>("alphaSlider")->value(), std::lround(alpha * 1000));
    }
}

TEST_F(MainWindowTest, ThemeToggleSwitchesPaletteAndChartAndKeepsPens)
{
    const QColor lightWindow = window->palette().color(QPalette::Window);
    const QColor lightChart = chart()->backgroundColor();
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_EQ(window->theme(), Theme::Dark);
    EXPECT_TRUE(child<QAction>("darkThemeAction")->isChecked());
    const auto dark = lre::ui::theme_colors(Theme::Dark);
    EXPECT_NE(window->palette().color(QPalette::Window), lightWindow);
    EXPECT_EQ(window->palette().color(QPalette::Window), dark.window);
    EXPECT_NE(chart()->backgroundColor(), lightChart);
    EXPECT_EQ(series("leakyReluSeries")->pen().color(), dark.leakyRelu);
    EXPECT_EQ(series("reluSeries")->pen().color(), dark.relu);
    child<QAction>("darkThemeAction")->trigger();
    EXPECT_EQ(window->theme(), Theme::Light);
    EXPECT_EQ(window->palette().color(QPalette::Window), lightWindow);
}

TEST_F(MainWindowTest, GradientToggleShowsAndHidesTheGradientSeries)
{
    auto *check = child<QCheckBox>("gradientsCheck");
    EXPECT_TRUE(check->isChecked());
    auto *gradients = chart()->gradientChart();
    EXPECT_TRUE(gradients->isVisible());
    const double shownHeight = chart()->functionChart()->size().height();
    QTest::mouseClick(check, Qt::LeftButton);
    EXPECT_FALSE(explorer()->params().showGradients);
    EXPECT_FALSE(gradients->isVisible());
    chart()->layoutNow();
    EXPECT_GT(chart()->functionChart()->size().height(), shownHeight * 1.3);
    EXPECT_FALSE(child<QAction>("gradientsAction")->isChecked());
    child<QAction>("gradientsAction")->trigger();
    EXPECT_TRUE(check->isChecked());
    EXPECT_TRUE(gradients->isVisible());
}

TEST_F(MainWindowTest, ZeroGradientConventionMovesTheMarker)
{
    auto *combo = child<QComboBox>("zeroGradientCombo");
    auto *marker = qobject_cast<QScatterSeries *>(
        chart()->findSeries(QStringLiteral("leakyReluGradSeriesAtZero")));
    ASSERT_NE(marker, nullptr);
    EXPECT_EQ(marker->at(0), QPointF(0.0, 0.1));
    combo->setCurrentIndex(1);
    EXPECT_EQ(explorer()->params().zeroGradient, lre::ZeroGradient::RightLimit);
    EXPECT_EQ(marker->at(0), QPointF(0.0, 1.0));
}

TEST_F(MainWindowTest, HoverReadoutShowsTheValuesUnderTheMouse)
{
    auto *view = child<lre::ui::ChartView>("chartView");
    auto *chart = this->chart();
    const QPointF chartPos = chart->functionChart()->mapToPosition(QPointF(-2.0, 0.0), series("leakyReluSeries"));
    const QPoint viewPos = view->mapFromScene(chart->functionChart()->mapToScene(chartPos));
    QTest::mouseMove(view->viewport(), viewPos);
    const QString text = child<QLabel>("hoverReadout")->text();
    // The pixel grid puts the mouse near, not exactly at, x = -2.
    const double x = text.section(QStringLiteral("x = "), 1).section(QLatin1Char(' '), 0, 0).toDouble();
    EXPECT_NEAR(x, -2.0, 0.05) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ReLU(x) = 0 "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Leaky ReLU(x) = %1 ").arg(QString::number(0.1 * x, 'g', 6))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Leaky ReLU′(x) = 0.1"))) << text.toStdString();
    QTest::mouseMove(view->viewport(), QPoint(2, 2));
    EXPECT_TRUE(child<QLabel>("hoverReadout")->text().isEmpty());
}

TEST_F(MainWindowTest, WheelZoomsAroundTheCursorAndDoubleClickResets)
{
    auto *view = child<lre::ui::ChartView>("chartView");
    auto *chart = this->chart();
    const QPointF at = chart->functionChart()->mapToPosition(QPointF(2.0, 0.0), series("leakyReluSeries"));
    const QPoint viewPos = view->mapFromScene(chart->functionChart()->mapToScene(at));
    const double xUnder = *chart->xAt(chart->mapFromScene(view->mapToScene(viewPos)));
    send_wheel(view->viewport(), viewPos, 120);
    const PlotParams zoomed = explorer()->params();
    EXPECT_LT(zoomed.xMax - zoomed.xMin, 10.0);
    EXPECT_NEAR((xUnder - zoomed.xMin) / (zoomed.xMax - zoomed.xMin), (xUnder + 5.0) / 10.0, 1e-6); // bounds are held to a millionth
    EXPECT_EQ(child<QDoubleSpinBox>("xMinSpin")->value(), zoomed.xMin);
    for (int i = 0; i < 200; ++i)
        send_wheel(view->viewport(), viewPos, 120);
    EXPECT_GE(explorer()->params().xMax - explorer()->params().xMin, 1e-6 - 1e-12);
    for (int i = 0; i < 400; ++i)
        send_wheel(view->viewport(), viewPos, -120);
    EXPECT_GE(explorer()->params().xMin, -1e6);
    EXPECT_LE(explorer()->params().xMax, 1e6);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, viewPos);
    EXPECT_EQ(explorer()->params().xMin, -5.0);
    EXPECT_EQ(explorer()->params().xMax, 5.0);
}

TEST_F(MainWindowTest, DraggingPansTheRange)
{
    auto *view = child<lre::ui::ChartView>("chartView");
    const QRectF plot = chart()->plotAreaOf(chart()->functionChart());
    const QPoint start = view->viewportPos(plot.center());
    QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(view->viewport(), start + QPoint(static_cast<int>(plot.width() / 10), 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                        start + QPoint(static_cast<int>(plot.width() / 10), 0));
    EXPECT_NEAR(explorer()->params().xMin, -6.0, 0.05);
    EXPECT_NEAR(explorer()->params().xMax - explorer()->params().xMin, 10.0, 1e-9);
}

TEST_F(MainWindowTest, ResetRestoresEveryDefault)
{
    explorer()->setAlpha(3.0);
    explorer()->setXRange(-100, 2);
    explorer()->setShowGradients(false);
    explorer()->setZeroGradient(lre::ZeroGradient::RightLimit);
    window->setTheme(Theme::Dark);
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(explorer()->params(), PlotParams{});
    EXPECT_EQ(window->theme(), Theme::Light);
    EXPECT_EQ(child<QSlider>("alphaSlider")->value(), 100);
    EXPECT_EQ(child<QDoubleSpinBox>("xMaxSpin")->value(), 5.0);
    EXPECT_TRUE(child<QCheckBox>("gradientsCheck")->isChecked());
    EXPECT_EQ(child<QComboBox>("zeroGradientCombo")->currentIndex(), 0);
}

TEST_F(MainWindowTest, NoteExplainsAlphaOutsideZeroToOne)
{
    auto *note = child<QLabel>("alphaNote");
    explorer()->setAlpha(2.0);
    EXPECT_TRUE(note->text().contains(QStringLiteral("max(α·x, x)"))) << note->text().toStdString();
    explorer()->setAlpha(-0.5);
    EXPECT_TRUE(note->text().contains(QStringLiteral("monotonic")));
    explorer()->setAlpha(0.5);
    EXPECT_FALSE(note->text().contains(QStringLiteral("monotonic")));
}

TEST_F(MainWindowTest, PlaySweepsAndAManualChangeStopsIt)
{
    auto *slider = child<QSlider>("alphaSlider");
    QTest::keyClick(slider, Qt::Key_Space);
    EXPECT_TRUE(explorer()->isSweeping());
    EXPECT_TRUE(child<QPushButton>("playButton")->isChecked());
    QSignalSpy spy(explorer(), &lre::ui::ExplorerPage::paramsChanged);
    EXPECT_TRUE(spy.wait(1000));
    EXPECT_TRUE(explorer()->isSweeping());
    EXPECT_GE(explorer()->params().alpha, 0.0);
    EXPECT_LE(explorer()->params().alpha, 1.0);
    EXPECT_EQ(slider->value(), std::lround(explorer()->params().alpha * 1000));
    QTest::keyClick(slider, Qt::Key_Left);
    EXPECT_FALSE(explorer()->isSweeping());
    EXPECT_FALSE(child<QPushButton>("playButton")->isChecked());
    QTest::mouseClick(child<QPushButton>("playButton"), Qt::LeftButton);
    EXPECT_TRUE(explorer()->isSweeping());
    QTest::mouseClick(child<QPushButton>("preset_0.2"), Qt::LeftButton);
    EXPECT_FALSE(explorer()->isSweeping());
    EXPECT_EQ(explorer()->params().alpha, 0.2);
}

TEST(AlphaSweep, TriangleWaveOverZeroToOne)
{
    using lre::ui::AlphaSweep;
    EXPECT_DOUBLE_EQ(AlphaSweep::alphaAt(0.0, 0.0, 4.0), 0.0);
    EXPECT_DOUBLE_EQ(AlphaSweep::alphaAt(0.0, 1.0, 4.0), 0.5);
    EXPECT_DOUBLE_EQ(AlphaSweep::alphaAt(0.0, 2.0, 4.0), 1.0);
    EXPECT_DOUBLE_EQ(AlphaSweep::alphaAt(0.0, 3.0, 4.0), 0.5);
    EXPECT_DOUBLE_EQ(AlphaSweep::alphaAt(0.05, 0.0, 4.0), 0.1); // starts where alpha is
}

TEST_F(MainWindowTest, EveryControlIsNamedForScreenReaders)
{
    for (QWidget *w : window->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w);
        if (!control || !w->isVisible() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (w->parent() && w->parent()->inherits("QToolBar"))
            continue; // tool buttons take their names from their actions
        EXPECT_FALSE(w->objectName().isEmpty()) << w->metaObject()->className();
        EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
        EXPECT_FALSE(w->toolTip().isEmpty()) << w->objectName().toStdString();
    }
}

} // namespace

namespace {

// Grabs the whole window in both themes; with LRE_SCREENSHOT_DIR set it also keeps the PNGs
// (the README's screenshots come from here).
TEST_F(MainWindowTest, RendersDistinctLightAndDarkWindows)
{
    explorer()->setAlpha(0.1);
    QCoreApplication::processEvents();
    const QImage light = window->grab().toImage();
    window->setTheme(Theme::Dark);
    QCoreApplication::processEvents();
    const QImage dark = window->grab().toImage();
    ASSERT_FALSE(light.isNull());
    ASSERT_EQ(light.size(), dark.size());
    const QPoint corner(window->width() / 2, window->height() - 5);
    EXPECT_GT(qGray(light.pixel(corner)), 150);
    EXPECT_LT(qGray(dark.pixel(corner)), 100);
    const QString dir = qEnvironmentVariable("LRE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(light.save(dir + QStringLiteral("/window-light.png")));
        EXPECT_TRUE(dark.save(dir + QStringLiteral("/window-dark.png")));
    }
    // The smallest window, with labels that change width: both plot areas still line up.
    window->resize(window->minimumSize());
    explorer()->setAlpha(2.5);
    QCoreApplication::processEvents(); // one turn: no frame with the plot areas apart
    const QRectF top = chart()->plotAreaOf(chart()->functionChart());
    const QRectF bottom = chart()->plotAreaOf(chart()->gradientChart());
    EXPECT_NEAR(top.left(), bottom.left(), 1.0);
    const QImage minimum = window->grab().toImage();
    const QRectF topAfter = chart()->plotAreaOf(chart()->functionChart());
    const QRectF bottomAfter = chart()->plotAreaOf(chart()->gradientChart());
    EXPECT_NEAR(topAfter.left(), bottomAfter.left(), 1.0);
    EXPECT_NEAR(topAfter.left(), top.left(), 1.0);
    // What is painted lines up too, not only what plotArea() reports.
    const QColor plotColor = lre::ui::theme_colors(Theme::Dark).plotBackground;
    auto plotStart = [&](const QRectF &area) {
        // The leftmost plot-background pixel over a few rows (a row may lie on a curve).
        int first = -1;
        for (int dy = -6; dy <= 6; dy += 3) {
            const int y = chart()->functionChart()->scene()->views().first()->mapTo(
                              window.get(), QPoint(0, static_cast<int>(area.center().y()) + dy)).y();
            for (int x = 0; x < minimum.width() / 3; ++x) {
                if (minimum.pixelColor(x, y) == plotColor) {
                    first = first < 0 ? x : std::min(first, x);
                    break;
                }
            }
        }
        return first;
    };
    EXPECT_NEAR(plotStart(topAfter), plotStart(bottomAfter), 2);
    EXPECT_GT(plotStart(topAfter), 0);
    if (!dir.isEmpty()) {
        EXPECT_TRUE(minimum.save(dir + QStringLiteral("/window-minimum.png")));
    }
}

} // namespace

namespace {

TEST_F(MainWindowTest, TabWalksEveryControlInOrder)
{
    QApplication::setActiveWindow(window.get());
    child<QSlider>("alphaSlider")->setFocus();
    QStringList order;
    for (int i = 0; i < 13; ++i) {
        order.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    // The pins' menu button is skipped while there are no pins (it is disabled).
    EXPECT_EQ(order, (QStringList{"alphaSlider", "alphaSpin", "pinButton", "playButton", "periodSpin", "preset_0.01",
                                  "preset_0.1", "preset_0.2", "preset_0.3", "xMinSpin", "xMaxSpin",
                                  "gradientsCheck", "zeroGradientCombo"}));
}

TEST_F(MainWindowTest, LaysOutFromMinimumToLargeSizes)
{
    for (const QSize size : {window->minimumSize(), QSize(1920, 1080), QSize(3000, 1800)}) {
        window->resize(size);
        QCoreApplication::processEvents();
        chart()->layoutNow();
        const QRectF top = chart()->plotAreaOf(chart()->functionChart());
        const QRectF bottom = chart()->plotAreaOf(chart()->gradientChart());
        EXPECT_GT(top.height(), 100) << size.width();
        EXPECT_GT(bottom.height(), 40) << size.width();
        EXPECT_NEAR(top.left(), bottom.left(), 1.0) << size.width();
        for (auto *w : {static_cast<QWidget *>(child<QSlider>("alphaSlider")),
                        static_cast<QWidget *>(child<QComboBox>("zeroGradientCombo"))})
            EXPECT_TRUE(window->rect().contains(w->mapTo(window.get(), w->rect().bottomRight())))
                << w->objectName().toStdString() << " outside at " << size.width();
    }
}

} // namespace

#include <QClipboard>
#include <QFileInfo>
#include <QTabWidget>
#include <QTemporaryDir>

#include "labcharts.h"

namespace {

// Export, answered by the test instead of a dialog: what the window asks the page for.
struct ExportAnswer {
    lre::ui::ExportOptions offered;
    QString suggested;
    std::optional<lre::ui::ExportChoice> choice;
    int asked = 0;
};

void answer_exports(lre::ui::MainWindow &window, ExportAnswer &answer)
{
    window.setExportPrompt([&answer](const lre::ui::ExportOptions &options, const QString &path) {
        ++answer.asked;
        answer.offered = options;
        answer.suggested = path;
        return answer.choice;
    });
}

TEST_F(MainWindowTest, LabTabTrainsWithTheExplorersAlpha)
{
    auto *tabs = child<QTabWidget>("mainTabs");
    auto *labPage = lab();
    ASSERT_NE(labPage, nullptr);
    explorer()->setAlpha(0.25);
    EXPECT_EQ(labPage->params().alpha, 0.25);
    QSignalSpy finished(labPage, &lre::ui::DyingReluPage::runFinished);
    tabs->setCurrentWidget(labPage);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(labPage->records().empty());
    // Dragging the slider re-runs the lab with the new alpha.
    explorer()->setAlpha(0.05);
    EXPECT_EQ(labPage->params().alpha, 0.05);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(labPage->records().back().epoch, labPage->params().epochs);
    const QString dir = qEnvironmentVariable("LRE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        EXPECT_TRUE(window->grab().save(dir + QStringLiteral("/lab-light.png")));
    }
    window->setTheme(Theme::Dark);
    EXPECT_EQ(labPage->colorTheme(), Theme::Dark);
    if (!dir.isEmpty()) {
        // One learned alpha per unit, for the picture of the strip.
        lre::LabParams perUnit = labPage->params();
        perUnit.prelu = lre::PreluMode::PerUnit;
        labPage->setParams(perUnit);
        ASSERT_TRUE(finished.wait(60000));
        QCoreApplication::processEvents();
        EXPECT_TRUE(window->grab().save(dir + QStringLiteral("/lab-dark.png")));
    }
    // Export (Ctrl+E) on the lab tab writes the lab: charts as PNG, SVG, PDF; records as CSV.
    QTemporaryDir out;
    ExportAnswer answer;
    answer_exports(*window, answer);
    for (const char *name : {"lab.png", "lab.svg", "lab.pdf", "lab.csv"}) {
        const QString file = out.filePath(QLatin1String(name));
        answer.choice = lre::ui::ExportChoice{.path = file, .size = labPage->charts()->size(), .scale = 2};
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
        EXPECT_GT(QFileInfo(file).size(), 100) << name;
    }
    EXPECT_EQ(answer.asked, 4);
    EXPECT_FALSE(answer.offered.samplesApply);
    EXPECT_FALSE(answer.offered.sizeEditable);
    EXPECT_EQ(answer.suggested, out.filePath(QStringLiteral("lab.pdf"))); // the last one written
    EXPECT_EQ(QImage(out.filePath(QStringLiteral("lab.png"))).size(), labPage->charts()->size() * 2);
    QFile pdf(out.filePath(QStringLiteral("lab.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.read(5), QByteArray("%PDF-"));
    QFile csv(out.filePath(QStringLiteral("lab.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readLine().trimmed(), QByteArray(lre::kLabCsvHeader) + lre::kLabCsvPreluColumns);
}

TEST_F(MainWindowTest, CopyImageExportAndPageActionsFollowTheTab)
{
    auto *tabs = child<QTabWidget>("mainTabs");
    auto *gradients = child<QAction>("gradientsAction");
    auto *play = child<QAction>("playAction");
    EXPECT_TRUE(gradients->isEnabled());
    EXPECT_TRUE(play->isEnabled());
    EXPECT_TRUE(child<QLabel>("hoverReadout")->isVisible());

    tabs->setCurrentWidget(lab());
    EXPECT_EQ(window->currentPage(), lab());
    EXPECT_FALSE(gradients->isEnabled());
    EXPECT_FALSE(play->isEnabled());
    EXPECT_FALSE(child<QLabel>("hoverReadout")->isVisible());
    // Ctrl+G does nothing here: the gradients stay as they were.
    QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
    EXPECT_TRUE(explorer()->params().showGradients);

    // Copy Image takes the lab's charts, not the explorer's chart.
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QImage copied = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.size() / copied.devicePixelRatio(), lab()->charts()->size());
    EXPECT_NE(lab()->charts()->size(), chartSize());

    // Export offers the lab's formats and size, and suggests the lab's own file name.
    ExportAnswer answer;
    answer_exports(*window, answer);
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(answer.asked, 1);
    EXPECT_TRUE(answer.suggested.endsWith(QStringLiteral("dying-relu-lab.png")));
    EXPECT_EQ(answer.offered.size, lab()->charts()->size());

    // Reset on the lab restores the lab's defaults and keeps the explorer's alpha.
    lre::LabParams changed = lab()->params();
    changed.hiddenUnits = 64;
    lab()->setParams(changed);
    explorer()->setAlpha(0.4);
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(lab()->params().hiddenUnits, lre::LabParams{}.hiddenUnits);
    EXPECT_EQ(lab()->params().alpha, 0.4);
    EXPECT_EQ(explorer()->params().alpha, 0.4); // the explorer is not the page shown

    tabs->setCurrentWidget(explorer());
    EXPECT_TRUE(gradients->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    EXPECT_EQ(answer.asked, 2);
    EXPECT_TRUE(answer.suggested.endsWith(QStringLiteral("leaky-relu.png")));
    EXPECT_TRUE(answer.offered.samplesApply);
    EXPECT_EQ(answer.offered.size, chartSize());
}

TEST_F(MainWindowTest, GlobalShortcutsWorkWithFocusInASpinBox)
{
    QApplication::setActiveWindow(window.get());
    ExportAnswer answer;
    answer_exports(*window, answer);
    for (const char *name : {"alphaSpin", "xMinSpin", "xMaxSpin", "periodSpin"}) {
        auto *spin = child<QAbstractSpinBox>(name);
        spin->setFocus();
        ASSERT_EQ(QApplication::focusWidget(), spin) << name;
        const int asked = answer.asked;
        QTest::keyClick(spin, Qt::Key_E, Qt::ControlModifier);
        EXPECT_EQ(answer.asked, asked + 1) << "Ctrl+E from " << name;

        const Theme before = window->theme();
        QTest::keyClick(spin, Qt::Key_T, Qt::ControlModifier);
        EXPECT_NE(window->theme(), before) << "Ctrl+T from " << name;

        const bool shown = explorer()->params().showGradients;
        QTest::keyClick(spin, Qt::Key_G, Qt::ControlModifier);
        EXPECT_NE(explorer()->params().showGradients, shown) << "Ctrl+G from " << name;

        QGuiApplication::clipboard()->clear();
        QTest::keyClick(spin, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_FALSE(QGuiApplication::clipboard()->image().isNull()) << "Ctrl+Shift+C from " << name;

        explorer()->setAlpha(0.7);
        QTest::keyClick(spin, Qt::Key_R, Qt::ControlModifier);
        EXPECT_EQ(explorer()->params(), PlotParams{}) << "Ctrl+R from " << name;
    }
    // Typing still reaches the box: Ctrl+A (not a window shortcut) selects, a digit replaces.
    auto *alpha = child<QDoubleSpinBox>("alphaSpin");
    alpha->setFocus();
    QTest::keyClick(alpha, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(alpha, QStringLiteral("0.5"));
    QTest::keyClick(alpha, Qt::Key_Return);
    EXPECT_EQ(explorer()->params().alpha, 0.5);

    auto *xMin = child<QAbstractSpinBox>("xMinSpin");
    xMin->setFocus();
    QTest::keyClick(xMin, Qt::Key_Q, Qt::ControlModifier);
    EXPECT_FALSE(window->isVisible()) << "Ctrl+Q from xMinSpin";
}

} // namespace

namespace {

struct WidgetState {
    QString name;
    bool visible = false;
    QRect geometry;
    qreal pointSize = 0.0;
    // Where a hidden widget sits does not matter.
    friend bool operator==(const WidgetState &a, const WidgetState &b)
    {
        return a.name == b.name && a.visible == b.visible && a.pointSize == b.pointSize
            && (!a.visible || a.geometry == b.geometry);
    }
};

// Every widget of the window: shown or not, where, and at what font size.
QHash<const QWidget *, WidgetState> snapshot(const QWidget &window)
{
    QHash<const QWidget *, WidgetState> states{
        {&window, {window.objectName(), window.isVisible(), window.geometry(), window.font().pointSizeF()}}};
    for (const QWidget *widget : window.findChildren<QWidget *>())
        states.insert(widget, {widget->objectName(), widget->isVisible(), widget->geometry(),
                               widget->font().pointSizeF()});
    return states;
}

TEST_F(MainWindowTest, PresentationModeShowsOnlyWhatALecturerNeedsAndLeavesEverythingAsItWas)
{
    explorer()->setPins({0.01, 0.3});
    QCoreApplication::processEvents();
    const QHash<const QWidget *, WidgetState> before = snapshot(*window);
    const QRect geometry = window->geometry();
    const qreal fontBefore = child<QSlider>("alphaSlider")->font().pointSizeF();
    const qreal titleBefore = chart()->axisX()->labelsFont().pointSizeF();

    QTest::keyClick(child<QSlider>("alphaSlider"), Qt::Key_F5);
    QCoreApplication::processEvents();
    ASSERT_TRUE(explorer()->isPresentation());
    EXPECT_TRUE(window->isFullScreen());
    EXPECT_TRUE(chart()->isPresentation());
    for (const char *hidden : {"alphaSpin", "playButton", "periodSpin", "xMinSpin", "xMaxSpin", "gradientsCheck",
                               "zeroGradientCombo", "alphaNote"})
        EXPECT_FALSE(child<QWidget>(hidden)->isVisible()) << hidden;
    EXPECT_FALSE(window->menuBar()->isVisible());
    EXPECT_FALSE(window->statusBar()->isVisible());
    for (const char *shown : {"alphaSlider", "pinButton", "pinsButton", "preset_0.01", "preset_0.3", "chartView"})
        EXPECT_TRUE(window->findChild<QWidget *>(QLatin1String(shown))->isVisible()) << shown;
    EXPECT_GT(child<QSlider>("alphaSlider")->font().pointSizeF(), fontBefore);
    EXPECT_GT(chart()->axisX()->labelsFont().pointSizeF(), titleBefore * 1.5);
    {
        // Settings saved meanwhile keep the window as it was, not full screen.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        window->saveSettings(settings);
        lre::ui::MainWindow other(lre::ui::make_pages().all());
        other.restoreSettings(settings);
        EXPECT_FALSE(other.windowState() & Qt::WindowFullScreen);
    }
    if (const QString dir = qEnvironmentVariable("LRE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        explorer()->setPins({0.01, 0.1, 0.3, -0.2, 0.6, 1.5});
        for (const lre::Theme theme : {lre::Theme::Light, lre::Theme::Dark}) {
            window->setTheme(theme);
            QCoreApplication::processEvents();
            window->grab().save(dir + QStringLiteral("/presentation-%1.png")
                                          .arg(theme == lre::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
        window->setTheme(lre::Theme::Light);
        explorer()->setPins({0.01, 0.3});
    }
    // The slider keeps working, and so does pinning.
    QTest::keyClick(child<QSlider>("alphaSlider"), Qt::Key_Right);
    QTest::keyClick(child<QSlider>("alphaSlider"), Qt::Key_P);
    EXPECT_EQ(explorer()->pins().size(), 3u);
    explorer()->unpin(2);

    QTest::keyClick(child<QSlider>("alphaSlider"), Qt::Key_Escape);
    QCoreApplication::processEvents();
    EXPECT_FALSE(explorer()->isPresentation());
    EXPECT_FALSE(window->isFullScreen());
    EXPECT_EQ(window->geometry(), geometry);
    EXPECT_EQ(chart()->axisX()->labelsFont().pointSizeF(), titleBefore);
    // Every widget that was there is as it was (menus and tooltips made since may be added).
    const QHash<const QWidget *, WidgetState> after = snapshot(*window);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        ASSERT_TRUE(after.contains(it.key())) << it->name.toStdString();
        const WidgetState &now = after[it.key()];
        EXPECT_EQ(now, *it) << it->name.toStdString() << " visible " << it->visible << "->" << now.visible
                            << " size " << it->geometry.width() << "x" << it->geometry.height() << "->"
                            << now.geometry.width() << "x" << now.geometry.height();
    }
    if (const QString dir = qEnvironmentVariable("LRE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        explorer()->setPins({0.01, 0.1, 0.3, -0.2, 0.6, 1.5});
        for (const lre::Theme theme : {lre::Theme::Light, lre::Theme::Dark}) {
            window->setTheme(theme);
            QCoreApplication::processEvents();
            window->grab().save(dir + QStringLiteral("/pins-%1.png")
                                          .arg(theme == lre::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
        window->setTheme(lre::Theme::Light);
    }
    // F5 toggles, too.
    window->findChild<QAction *>(QStringLiteral("presentationAction"))->trigger();
    EXPECT_TRUE(explorer()->isPresentation());
    window->findChild<QAction *>(QStringLiteral("presentationAction"))->trigger();
    EXPECT_FALSE(explorer()->isPresentation());
}

} // namespace
