#include "windowfixture.h"

#include "appsettings.h"
#include "exportdialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

namespace {

using ExportFromWindow = WindowFixture;

TEST_F(ExportFromWindow, WritesTheCurrentChartAtTheChosenScale)
{
    QTemporaryDir dir;
    window->setTheme(lre::Theme::Dark);
    window->setAlpha(0.3);
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    const auto result = window->exportTo(file, QSize(400, 300), 2);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    const QImage image(file);
    EXPECT_EQ(image.size(), QSize(800, 600));
    EXPECT_LT(qGray(image.pixel(4, 4)), 60); // dark theme
}

TEST_F(ExportFromWindow, FailureNamesTheFileAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing/chart.svg"));
    const auto result = window->exportTo(file, QSize(400, 300));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(file)) << result.error.toStdString();
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(ExportFromWindow, CopyImagePutsTheChartOnTheClipboard)
{
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QImage copied = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.size() / copied.devicePixelRatio(), window->chartSize());
}

TEST(ExportDialog, OptionsFollowTheFormatAndBuildTheRequest)
{
    lre::ui::ExportDialog dialog(QStringLiteral("/tmp/a.png"), QSize(900, 500));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
    auto *scale = dialog.findChild<QComboBox *>(QStringLiteral("exportScale"));
    auto *samples = dialog.findChild<QSpinBox *>(QStringLiteral("exportSamples"));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    ASSERT_TRUE(path && scale && samples && save);
    EXPECT_TRUE(scale->isEnabled());
    EXPECT_FALSE(samples->isEnabled());
    scale->setCurrentIndex(2);
    auto request = dialog.request({.alpha = 0.2}, lre::Theme::Dark);
    EXPECT_EQ(request.size, QSize(900, 500));
    EXPECT_EQ(request.scale, 3);
    EXPECT_EQ(request.params.alpha, 0.2);
    path->setText(QStringLiteral("/tmp/a.csv"));
    EXPECT_FALSE(scale->isEnabled());
    EXPECT_TRUE(samples->isEnabled());
    path->setText(QStringLiteral("/tmp/a.doc"));
    EXPECT_FALSE(save->isEnabled());
}

TEST(AppSettings, RoundTripAndBadValuesFallBack)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        lre::ui::save_settings(settings, {.params = {.alpha = 0.123456789, .xMin = -1e6, .xMax = 3,
                                                     .showGradients = false,
                                                     .zeroGradient = lre::ZeroGradient::RightLimit},
                                          .theme = lre::Theme::Dark,
                                          .windowGeometry = QByteArray("geometry")});
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        const auto loaded = lre::ui::load_settings(settings);
        EXPECT_EQ(loaded.params, (lre::PlotParams{.alpha = 0.123456789, .xMin = -1e6, .xMax = 3,
                                                  .showGradients = false,
                                                  .zeroGradient = lre::ZeroGradient::RightLimit}));
        EXPECT_EQ(loaded.theme, lre::Theme::Dark);
        EXPECT_EQ(loaded.windowGeometry, QByteArray("geometry"));
        settings.setValue(QStringLiteral("plot/alpha"), QStringLiteral("NaN"));
        settings.setValue(QStringLiteral("plot/xMax"), QStringList{"1", "2"});
        settings.setValue(QStringLiteral("view/theme"), 42);
        settings.setValue(QStringLiteral("window/geometry"), 3.5);
        const auto fallback = lre::ui::load_settings(settings);
        EXPECT_EQ(fallback.params.alpha, 0.1);
        EXPECT_EQ(fallback.params.xMin, -5);
        EXPECT_EQ(fallback.params.xMax, 5);
        EXPECT_FALSE(fallback.params.showGradients); // still valid, kept
        EXPECT_EQ(fallback.theme, lre::Theme::Light);
        EXPECT_TRUE(fallback.windowGeometry.isEmpty());
    }
}

TEST_F(ExportFromWindow, RestoredSettingsReachEveryControl)
{
    window->restoreSettings({.params = {.alpha = 0.42, .xMin = -1, .xMax = 9}, .theme = lre::Theme::Dark, .windowGeometry = {}});
    EXPECT_EQ(window->params().alpha, 0.42);
    EXPECT_EQ(window->params().xMax, 9);
    EXPECT_EQ(window->theme(), lre::Theme::Dark);
    EXPECT_EQ(child<QSlider>("alphaSlider")->value(), 420);
    const auto saved = window->currentSettings();
    EXPECT_EQ(saved.params, window->params());
    EXPECT_FALSE(saved.windowGeometry.isEmpty());
}

} // namespace
