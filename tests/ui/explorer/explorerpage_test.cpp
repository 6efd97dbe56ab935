// SPDX-License-Identifier: GPL-3.0-or-later
#include "activationchart.h"
#include "chartview.h"
#include "explorerpage.h"
#include "plotsettings.h"

#include "codesnippets.h"
#include "curves.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QDoubleSpinBox>
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
    ASSERT_EQ(actions.size(), 3);
    EXPECT_EQ(actions[0].action->objectName(), QStringLiteral("gradientsAction"));
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
