// SPDX-License-Identifier: GPL-3.0-or-later
#include "activationchart.h"
#include "chartstyle.h"
#include "chartview.h"
#include "explorerpage.h"
#include "plotsettings.h"
#include "readouts.h"

#include "codesnippets.h"
#include "curves.h"
#include "samples.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QChart>
#include <QDoubleSpinBox>
#include <QValueAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace {

using lre::PlotParams;
using lre::ui::ExplorerPage;

// The explorer built on its own, as any page can be: no window around it.
class ExplorerPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        page = std::make_unique<ExplorerPage>();
        page->resize(900, 600);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    }

    template <typename T>
    T *child(const char *name) const
    {
        T *found = page->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    lre::ui::ActivationChart *chart() const { return child<lre::ui::ChartView>("chartView")->activationChart(); }

    std::unique_ptr<ExplorerPage> page;
};

TEST_F(ExplorerPageTest, SliderDrivesTheStateTheChartAndTheSignals)
{
    QSignalSpy alpha(page.get(), &ExplorerPage::alphaChanged);
    QSignalSpy params(page.get(), &ExplorerPage::paramsChanged);
    auto *slider = child<QSlider>("alphaSlider");
    slider->setValue(250);
    EXPECT_EQ(page->params().alpha, 0.25);
    EXPECT_EQ(child<QDoubleSpinBox>("alphaSpin")->value(), 0.25);
    ASSERT_EQ(alpha.count(), 1);
    EXPECT_EQ(alpha.takeFirst().at(0).toDouble(), 0.25);
    EXPECT_EQ(params.count(), 1);
    const auto *leaky = qobject_cast<QLineSeries *>(chart()->findSeries(QStringLiteral("leakyReluSeries")));
    ASSERT_NE(leaky, nullptr);
    QList<QPointF> expected;
    for (const lre::Point &p : lre::exact_curves(page->params()).leakyRelu)
        expected.append(QPointF(p.x, p.y));
    EXPECT_EQ(leaky->points(), expected);

    // A range change is not an alpha change.
    page->setXRange(-2, 3);
    EXPECT_EQ(alpha.count(), 0);
    EXPECT_EQ(params.count(), 2);
}

TEST_F(ExplorerPageTest, ContractTitleActionsAndExportOptions)
{
    EXPECT_EQ(page->title(), QStringLiteral("Ex&plorer"));
    const auto actions = page->pageActions();
    ASSERT_EQ(actions.size(), 4);
    EXPECT_EQ(actions[0].action->objectName(), QStringLiteral("gradientsAction"));
    EXPECT_EQ(actions[2].action->objectName(), QStringLiteral("presentationAction"));
    EXPECT_EQ(actions[1].action->objectName(), QStringLiteral("playAction"));
    actions[0].action->trigger();
    EXPECT_FALSE(page->params().showGradients);
    EXPECT_FALSE(actions[0].action->isChecked());
    actions[1].action->trigger();
    EXPECT_TRUE(page->isSweeping());
    page->holdStill();
    EXPECT_FALSE(page->isSweeping());
    EXPECT_FALSE(actions[1].action->isChecked());

    const lre::ui::ExportOptions options = page->exportOptions();
    EXPECT_TRUE(options.sizeEditable);
    EXPECT_TRUE(options.samplesApply);
    EXPECT_EQ(options.formats.size(), 5);
    const QSize viewport = child<lre::ui::ChartView>("chartView")->viewport()->size();
    EXPECT_EQ(options.size, viewport);
    EXPECT_EQ(page->image(2).size(), viewport * 2);
    ASSERT_NE(page->statusWidget(), nullptr);
    EXPECT_EQ(page->statusWidget()->objectName(), QStringLiteral("hoverReadout"));
}

TEST_F(ExplorerPageTest, CopyAsCodeGivesEachFrameworkTheCurrentAlpha)
{
    page->setAlpha(0.3);
    QAction *copyCode = nullptr;
    for (const lre::ui::PageAction &entry : page->pageActions())
        if (entry.action->objectName() == QStringLiteral("copyCodeAction"))
            copyCode = entry.action;
    ASSERT_NE(copyCode, nullptr);
    ASSERT_NE(copyCode->menu(), nullptr);
    const auto snippets = lre::alpha_code_snippets(0.3);
    ASSERT_EQ(copyCode->menu()->actions().size(), static_cast<qsizetype>(snippets.size()));
    QSignalSpy status(page.get(), &lre::ui::Page::statusMessage);
    for (QAction *entry : copyCode->menu()->actions()) {
        entry->trigger();
        EXPECT_EQ(QGuiApplication::clipboard()->text(), page->codeFor(entry->text())) << entry->text().toStdString();
        EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("0.3")));
    }
    EXPECT_EQ(status.count(), static_cast<qsizetype>(snippets.size()));
    EXPECT_TRUE(page->codeFor(QStringLiteral("NumPy")).contains(QStringLiteral("np.where")));
    page->setAlpha(2.0); // the snippets follow alpha
    copyCode->menu()->actions().front()->trigger();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("2.0")));
}

TEST_F(ExplorerPageTest, ExportsItsChartAndSamples)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    page->setAlpha(0.3);
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    const auto written = page->exportTo({.path = csv, .size = QSize(300, 200), .samples = 11});
    ASSERT_TRUE(written.ok) << written.error.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    EXPECT_EQ(lines.size(), 1 + 11); // header, 11 samples (x = 0 among them)
    const QString svg = dir.filePath(QStringLiteral("c.svg"));
    ASSERT_TRUE(page->exportTo({.path = svg, .size = QSize(300, 200)}).ok);
    QFile vector(svg);
    ASSERT_TRUE(vector.open(QIODevice::ReadOnly));
    EXPECT_TRUE(vector.readAll().contains("α = 0.30"));
}

TEST_F(ExplorerPageTest, SettingsRoundTripThroughThePage)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
    page->setParams({.alpha = 0.75, .xMin = -3, .xMax = 1, .showGradients = false});
    page->saveSettings(settings);
    ExplorerPage other;
    other.restoreSettings(settings);
    EXPECT_EQ(other.params(), page->params());
    page->resetToDefaults();
    EXPECT_EQ(page->params(), PlotParams{});
}

TEST_F(ExplorerPageTest, ThemeColoursTheNoteAndTheChart)
{
    page->setAlpha(2.0);
    auto *note = child<QLabel>("alphaNote");
    for (const lre::Theme theme : {lre::Theme::Dark, lre::Theme::Light}) {
        page->applyTheme(theme);
        EXPECT_EQ(note->palette().color(QPalette::WindowText), lre::ui::theme_colors(theme).note);
        EXPECT_EQ(chart()->colorTheme(), theme);
    }
    page->setAlpha(0.5);
    EXPECT_EQ(note->palette().color(QPalette::WindowText), lre::ui::theme_colors(lre::Theme::Light).mutedText);
}

} // namespace

namespace {

// Pixels within a small distance of a colour (antialiasing and JPEG shift the edges).
int pixels_near(const QImage &image, const QColor &colour, int tolerance = 24)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            if (std::abs(qRed(line[x]) - colour.red()) + std::abs(qGreen(line[x]) - colour.green())
                    + std::abs(qBlue(line[x]) - colour.blue())
                <= tolerance)
                ++count;
    }
    return count;
}

TEST_F(ExplorerPageTest, PinButtonAndPKeyPinUpToSixCurvesEqualToTheCore)
{
    auto *pin = child<QPushButton>("pinButton");
    auto *slider = child<QSlider>("alphaSlider");
    QSignalSpy changed(page.get(), &ExplorerPage::pinsChanged);
    page->setAlpha(0.01);
    QTest::mouseClick(pin, Qt::LeftButton);
    EXPECT_EQ(page->pins(), (lre::Pins{0.01}));
    EXPECT_FALSE(pin->isEnabled()); // this alpha is pinned already
    slider->setFocus();
    slider->setValue(300);
    EXPECT_TRUE(pin->isEnabled());
    QTest::keyClick(slider, Qt::Key_P);
    EXPECT_EQ(page->pins(), (lre::Pins{0.01, 0.3}));
    for (double alpha : {-0.5, 1.5, 0.7, 0.2, 0.9}) {
        page->setAlpha(alpha);
        page->pinAlpha();
    }
    EXPECT_EQ(page->pins(), (lre::Pins{0.01, 0.3, -0.5, 1.5, 0.7, 0.2})); // six at most
    EXPECT_FALSE(pin->isEnabled());
    EXPECT_EQ(changed.count(), 6);

    const lre::PlotParams params = page->params();
    QStringList legend;
    for (QLegendMarker *marker : chart()->functionChart()->legend()->markers())
        legend.append(marker->label());
    for (std::size_t i = 0; i < page->pins().size(); ++i) {
        const double alpha = page->pins()[i];
        const lre::PinnedCurve core = lre::pinned_curve(params, alpha);
        ASSERT_EQ(chart()->pinnedCurves().size(), page->pins().size());
        const lre::PinnedCurve &drawn = chart()->pinnedCurves()[i];
        EXPECT_EQ(drawn.alpha, alpha);
        EXPECT_EQ(drawn.function, core.function) << i;
        EXPECT_TRUE(std::find(drawn.function.begin(), drawn.function.end(), lre::Point{0.0, 0.0})
                    != drawn.function.end())
            << "the kink is a vertex";
        EXPECT_EQ(drawn.gradient.pieces, core.gradient.pieces);
        EXPECT_EQ(drawn.gradient.atZero, core.gradient.atZero);
        EXPECT_TRUE(legend.contains(lre::ui::ActivationChart::pinLabel(alpha)));
        auto *line = qobject_cast<QLineSeries *>(chart()->findSeries(QStringLiteral("pin%1Series").arg(i)));
        ASSERT_NE(line, nullptr) << i; // its legend entry, drawn with its pen
        // Each pin its own colour and dash.
        for (std::size_t j = 0; j < i; ++j) {
            auto *other = qobject_cast<QLineSeries *>(chart()->findSeries(QStringLiteral("pin%1Series").arg(j)));
            EXPECT_NE(line->pen().color(), other->pen().color());
            EXPECT_NE(line->pen().dashPattern(), other->pen().dashPattern());
        }
    }
    EXPECT_TRUE(legend.contains(QStringLiteral("α = 0.01")));
    EXPECT_TRUE(legend.contains(QStringLiteral("α = 0.30")));
}

TEST_F(ExplorerPageTest, PinsFollowRangeAndThemeButNotAlpha)
{
    page->setPins({0.05, -1.0});
    auto *line = qobject_cast<QLineSeries *>(chart()->findSeries(QStringLiteral("pin1Series")));
    ASSERT_NE(line, nullptr);
    const int made = chart()->pinCurveUpdates();
    for (int step = 0; step <= 100; ++step)
        page->setAlpha(step / 100.0);
    EXPECT_EQ(chart()->pinCurveUpdates(), made); // the slider never remakes a pin
    page->setXRange(-2, 0.5);
    EXPECT_EQ(chart()->pinCurveUpdates(), made + 1);
    EXPECT_EQ(chart()->pinnedCurves()[1].function, lre::pinned_curve(page->params(), -1.0).function);
    EXPECT_GE(chart()->axisFunction()->max(), 2.0); // alpha -1 at x = -2 is 2: the axis holds it
    page->setZeroGradient(lre::ZeroGradient::RightLimit);
    EXPECT_EQ(chart()->pinnedCurves()[1].gradient.atZero, (lre::Point{0.0, 1.0}));
    const QColor lightColour = line->pen().color();
    page->applyTheme(lre::Theme::Dark);
    EXPECT_EQ(line->pen().color(), lre::ui::pin_pen(lre::ui::theme_colors(lre::Theme::Dark), 1).color());
    page->applyTheme(lre::Theme::Light);
    EXPECT_EQ(line->pen().color(), lightColour);
    EXPECT_TRUE(lre::ui::hover_text(-1.0, page->params(), page->pins()).contains(QStringLiteral("α = -1: 1")));
}

// The readout under a still mouse follows the alpha and pins shown, and is cleared when the
// mouse leaves the chart.
TEST_F(ExplorerPageTest, HoverReadoutFollowsAlphaAndPinsUnderAStillMouse)
{
    auto *view = child<lre::ui::ChartView>("chartView");
    auto *readout = page->statusWidget();
    page->setAlpha(0.87);
    emit view->hoveredAt(-2.0);
    EXPECT_EQ(readout->property("text").toString(), lre::ui::hover_text(-2.0, page->params(), page->pins()));
    page->setAlpha(0.25);
    EXPECT_EQ(readout->property("text").toString(), lre::ui::hover_text(-2.0, page->params(), page->pins()));
    EXPECT_TRUE(readout->property("text").toString().contains(QStringLiteral("Leaky ReLU(x) = -0.5")));
    page->setPins({0.5});
    EXPECT_TRUE(readout->property("text").toString().contains(QStringLiteral("α = 0.5: -1")));
    emit view->hoverLeft();
    EXPECT_TRUE(readout->property("text").toString().isEmpty());
    page->setAlpha(0.3); // no mouse over the chart: nothing to show
    EXPECT_TRUE(readout->property("text").toString().isEmpty());
}

TEST_F(ExplorerPageTest, PinsRemovedOneByOneAndClearedFromTheirMenu)
{
    page->setPins({0.01, 0.1, 0.3});
    auto *menu = child<QMenu>("pinsMenu");
    auto *button = child<QToolButton>("pinsButton");
    EXPECT_EQ(button->menu(), menu);
    EXPECT_TRUE(button->isEnabled());
    // The chart's context menu is the same menu.
    auto *view = child<lre::ui::ChartView>("chartView");
    emit view->customContextMenuRequested(QPoint(40, 40));
    EXPECT_TRUE(menu->isVisible());
    menu->close();
    menu->findChild<QAction *>(QStringLiteral("unpin_1"))->trigger();
    EXPECT_EQ(page->pins(), (lre::Pins{0.01, 0.3}));
    EXPECT_EQ(chart()->findSeries(QStringLiteral("pin2Series")), nullptr);
    EXPECT_EQ(chart()->pinnedCurves().size(), 2u);
    EXPECT_EQ(qobject_cast<QLineSeries *>(chart()->findSeries(QStringLiteral("pin1Series")))->name(),
              QStringLiteral("α = 0.30"));
    menu->findChild<QAction *>(QStringLiteral("clearPinsAction"))->trigger();
    EXPECT_TRUE(page->pins().empty());
    EXPECT_EQ(chart()->findSeries(QStringLiteral("pin0Series")), nullptr);
    // Leaky ReLU (the whole line and its two branches) and ReLU.
    EXPECT_EQ(chart()->functionChart()->series().size(), 4);
    EXPECT_TRUE(chart()->pinnedCurves().empty());
    EXPECT_FALSE(button->isEnabled());
}

TEST_F(ExplorerPageTest, PinsPersistAndABadListGivesNone)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
    page->setPins({0.01, 1.0 / 3.0, -2.5});
    page->saveSettings(settings);
    EXPECT_EQ(settings.value(QStringLiteral("plot/pins")).toString(),
              QStringLiteral("0.01,0.3333333333333333,-2.5"));
    ExplorerPage other;
    other.restoreSettings(settings);
    EXPECT_EQ(other.pins(), page->pins());
    for (const char *bad : {"0.1,zebra", "0.1,99", "1,2,3,4,5,6,7"}) {
        settings.setValue(QStringLiteral("plot/pins"), QString::fromLatin1(bad));
        ExplorerPage fresh;
        fresh.restoreSettings(settings);
        EXPECT_TRUE(fresh.pins().empty()) << bad;
    }
}

TEST_F(ExplorerPageTest, PinsAppearInEveryExport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    page->setAlpha(0.2);
    const QColor green = lre::ui::pin_pen(lre::ui::theme_colors(lre::Theme::Light), 0).color();
    auto exported = [&](const QString &name, const lre::Pins &pins) {
        page->setPins(pins);
        const QString path = dir.filePath(name);
        const auto written = page->exportTo({.path = path, .size = QSize(640, 400), .samples = 21});
        EXPECT_TRUE(written.ok) << written.error.toStdString();
        return path;
    };
    for (const char *format : {"png", "jpg"}) {
        const QImage without(exported(QStringLiteral("none.%1").arg(QLatin1String(format)), {}));
        const QImage with(exported(QStringLiteral("pins.%1").arg(QLatin1String(format)), {-1.0, 0.5}));
        ASSERT_FALSE(with.isNull());
        EXPECT_LT(pixels_near(without, green, 60), 5) << format;
        EXPECT_GT(pixels_near(with, green, 60), 40) << format;
    }
    const QString svg = exported(QStringLiteral("pins.svg"), {-1.0, 0.5});
    QFile vector(svg);
    ASSERT_TRUE(vector.open(QIODevice::ReadOnly));
    const QByteArray svgText = vector.readAll();
    EXPECT_TRUE(svgText.contains("α = -1.00"));
    EXPECT_TRUE(svgText.contains("α = 0.50"));
    EXPECT_TRUE(svgText.contains("#009e73"));

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    ASSERT_FALSE(pdftoppm.isEmpty()) << "pdftoppm (poppler-utils) is needed to look at the PDF";
    auto pdfRaster = [&](const QString &pdf) {
        const QString stem = pdf + QStringLiteral("-page");
        QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("192"),
                                     QStringLiteral("-singlefile"), pdf, stem});
        return QImage(stem + QStringLiteral(".png"));
    };
    const QImage pdfWithout = pdfRaster(exported(QStringLiteral("none.pdf"), {}));
    const QImage pdfWith = pdfRaster(exported(QStringLiteral("pins.pdf"), {-1.0, 0.5}));
    ASSERT_FALSE(pdfWith.isNull());
    EXPECT_LT(pixels_near(pdfWithout, green, 60), 5);
    EXPECT_GT(pixels_near(pdfWith, green, 60), 40);

    // CSV: two columns a pin, equal to the core's functions.
    const QString csv = exported(QStringLiteral("pins.csv"), {-1.0, 0.5});
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    EXPECT_EQ(lines.front(), QByteArray(lre::kCsvHeader) + ",leaky_relu_a-1,leaky_relu_grad_a-1,"
                                                           "leaky_relu_a0.5,leaky_relu_grad_a0.5");
    ASSERT_EQ(lines.size(), 1 + 21);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        ASSERT_EQ(cells.size(), 9);
        const double x = cells[0].toDouble();
        EXPECT_EQ(cells[5].toDouble(), lre::leaky_relu(x, -1.0));
        EXPECT_EQ(cells[6].toDouble(), lre::leaky_relu_grad(x, -1.0, page->params().zeroGradient));
        EXPECT_EQ(cells[7].toDouble(), lre::leaky_relu(x, 0.5));
        EXPECT_EQ(cells[8].toDouble(), lre::leaky_relu_grad(x, 0.5, page->params().zeroGradient));
    }
}

} // namespace
