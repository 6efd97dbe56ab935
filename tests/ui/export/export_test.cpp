// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "exportdialog.h"
#include "explorerexport.h"
#include "plotsettings.h"
#include "windowsettings.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPainter>
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
    explorer()->setAlpha(0.3);
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    const auto result = explorer()->exportTo({.path = file, .size = QSize(400, 300), .scale = 2});
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    const QImage image(file);
    EXPECT_EQ(image.size(), QSize(800, 600));
    EXPECT_LT(qGray(image.pixel(4, 4)), 60); // dark theme
}

TEST_F(ExportFromWindow, FailureNamesTheFileAndLeavesNothing)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing/chart.svg"));
    const auto result = explorer()->exportTo({.path = file, .size = QSize(400, 300)});
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(file)) << result.error.toStdString();
    EXPECT_FALSE(QFile::exists(file));
}

TEST_F(ExportFromWindow, CopyImagePutsTheChartOnTheClipboard)
{
    QTest::keyClick(window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QImage copied = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.size() / copied.devicePixelRatio(), chartSize());
}

TEST(ExportDialog, OptionsFollowTheFormatAndBuildTheChoice)
{
    lre::ui::ExportOptions options;
    options.formats = lre::ui::explorer_export_formats();
    options.dialogTitle = QStringLiteral("Export Chart");
    options.size = QSize(900, 500);
    options.sizeEditable = true;
    options.samplesApply = true;
    lre::ui::ExportDialog dialog(options, QStringLiteral("/tmp/a.png"));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
    auto *scale = dialog.findChild<QComboBox *>(QStringLiteral("exportScale"));
    auto *samples = dialog.findChild<QSpinBox *>(QStringLiteral("exportSamples"));
    auto *width = dialog.findChild<QSpinBox *>(QStringLiteral("exportWidth"));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    ASSERT_TRUE(path && scale && samples && width && save);
    EXPECT_TRUE(scale->isEnabled());
    EXPECT_TRUE(width->isEnabled());
    EXPECT_FALSE(samples->isEnabled());
    scale->setCurrentIndex(2);
    auto choice = dialog.choice();
    EXPECT_EQ(choice.size, QSize(900, 500));
    EXPECT_EQ(choice.scale, 3);
    EXPECT_EQ(choice.path, QStringLiteral("/tmp/a.png"));
    path->setText(QStringLiteral("/tmp/a.csv"));
    EXPECT_FALSE(scale->isEnabled());
    EXPECT_TRUE(samples->isEnabled());
    path->setText(QStringLiteral("/tmp/a.doc"));
    EXPECT_FALSE(save->isEnabled());
}

TEST(ExportDialog, OffersOnlyWhatThePageExports)
{
    lre::ui::ExportOptions options;
    options.formats = {lre::ui::ExportFormat::Png, lre::ui::ExportFormat::Svg};
    options.size = QSize(700, 400);
    lre::ui::ExportDialog dialog(options, QStringLiteral("/tmp/lab.png"));
    dialog.show();
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
    auto *width = dialog.findChild<QSpinBox *>(QStringLiteral("exportWidth"));
    auto *samples = dialog.findChild<QSpinBox *>(QStringLiteral("exportSamples"));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    ASSERT_TRUE(path && width && samples && save);
    EXPECT_FALSE(width->isEnabled()); // the page draws at its own size
    EXPECT_FALSE(samples->isVisible());
    EXPECT_TRUE(save->isEnabled());
    EXPECT_EQ(dialog.choice().size, QSize(700, 400));
    path->setText(QStringLiteral("/tmp/lab.csv")); // a format this page does not write
    EXPECT_FALSE(save->isEnabled());
    path->setText(QStringLiteral("/tmp/lab.svg"));
    EXPECT_TRUE(save->isEnabled());
}

TEST(ExportFile, ExtensionsAndRefusals)
{
    using lre::ui::ExportFormat;
    EXPECT_EQ(lre::ui::extensions_text(lre::ui::explorer_export_formats()),
              QStringLiteral(".png, .jpg, .jpeg, .svg, .pdf or .csv"));
    EXPECT_EQ(lre::ui::extensions_text({ExportFormat::Csv}), QStringLiteral(".csv"));
    EXPECT_EQ(lre::ui::export_format_for(QStringLiteral("A.JPEG")), ExportFormat::Jpeg);
    EXPECT_FALSE(lre::ui::export_format_for(QStringLiteral("a.png.txt")));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A name that is a folder, a missing folder, a format the page does not write: each refused
    // with the reason, and nothing written.
    const auto folder = lre::ui::save_text(dir.path(), "x");
    EXPECT_FALSE(folder.ok);
    EXPECT_TRUE(folder.error.contains(QStringLiteral("directory"))) << folder.error.toStdString();
    const QString missing = dir.filePath(QStringLiteral("no/such/file.csv"));
    const auto absent = lre::ui::save_text(missing, "x");
    EXPECT_FALSE(absent.ok);
    EXPECT_TRUE(absent.error.contains(QStringLiteral("folder does not exist")));
    EXPECT_FALSE(QFile::exists(missing));
    const QString longName = dir.filePath(QString(300, QLatin1Char('n')) + QStringLiteral(".csv"));
    const auto tooLong = lre::ui::save_text(longName, "x");
    EXPECT_FALSE(tooLong.ok);
    EXPECT_LT(tooLong.error.size(), 300); // the message shows the start of the name, not all of it

    lre::ui::Drawing drawing;
    drawing.size = QSize(40, 30);
    drawing.background = Qt::white;
    drawing.paint = [](QPainter &, const QRectF &) {};
    const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
    const auto refused = lre::ui::save_drawing(pdf, drawing, 1, {ExportFormat::Png});
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.error.contains(QStringLiteral(".png")));
    EXPECT_FALSE(QFile::exists(pdf));
    const QString jpeg = dir.filePath(QStringLiteral("d.jpg"));
    ASSERT_TRUE(lre::ui::save_drawing(jpeg, drawing, 2, {ExportFormat::Jpeg}).ok);
    EXPECT_EQ(QImage(jpeg).size(), QSize(80, 60));
}

TEST(Settings, RoundTripAndBadValuesFallBack)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.conf"));
    const lre::PlotParams params{.alpha = 0.123456789, .xMin = -1e6, .xMax = 3, .showGradients = false,
                                 .zeroGradient = lre::ZeroGradient::RightLimit};
    {
        QSettings settings(file, QSettings::IniFormat);
        lre::ui::save_plot_params(settings, params);
        lre::ui::save_window_settings(settings, {.theme = lre::Theme::Dark, .geometry = QByteArray("geometry")});
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        EXPECT_EQ(lre::ui::load_plot_params(settings), params);
        const auto loaded = lre::ui::load_window_settings(settings);
        EXPECT_EQ(loaded.theme, lre::Theme::Dark);
        EXPECT_EQ(loaded.geometry, QByteArray("geometry"));
        settings.setValue(QStringLiteral("plot/alpha"), QStringLiteral("NaN"));
        settings.setValue(QStringLiteral("plot/xMax"), QStringList{"1", "2"});
        settings.setValue(QStringLiteral("view/theme"), 42);
        settings.setValue(QStringLiteral("window/geometry"), 3.5);
        const auto fallback = lre::ui::load_plot_params(settings);
        EXPECT_EQ(fallback.alpha, 0.1);
        EXPECT_EQ(fallback.xMin, -5);
        EXPECT_EQ(fallback.xMax, 5);
        EXPECT_FALSE(fallback.showGradients); // still valid, kept
        const auto window = lre::ui::load_window_settings(settings);
        EXPECT_EQ(window.theme, lre::Theme::Light);
        EXPECT_TRUE(window.geometry.isEmpty());
    }
}

TEST_F(ExportFromWindow, RestoredSettingsReachEveryControl)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
    lre::ui::save_plot_params(settings, {.alpha = 0.42, .xMin = -1, .xMax = 9});
    lre::ui::save_window_settings(settings, {.theme = lre::Theme::Dark, .geometry = {}});
    window->restoreSettings(settings);
    EXPECT_EQ(explorer()->params().alpha, 0.42);
    EXPECT_EQ(explorer()->params().xMax, 9);
    EXPECT_EQ(window->theme(), lre::Theme::Dark);
    EXPECT_EQ(child<QSlider>("alphaSlider")->value(), 420);

    explorer()->setAlpha(0.7);
    window->saveSettings(settings);
    EXPECT_EQ(lre::ui::load_plot_params(settings), explorer()->params());
    EXPECT_FALSE(lre::ui::load_window_settings(settings).geometry.isEmpty());
}

} // namespace
