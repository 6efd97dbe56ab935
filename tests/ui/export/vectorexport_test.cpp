// SPDX-License-Identifier: GPL-3.0-or-later
// SVG and PDF exports, opened with the tools people use (librsvg's rsvg-convert, poppler's
// pdftoppm), must look like the PNG of the same chart: same background to the corners, the title
// at the same size and place, and little difference overall.
#include "explorerexport.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>
#include <ostream>
#include <string>

namespace {

using lre::PlotParams;
using lre::Theme;

struct Case {
    Theme theme;
    double alpha;
    QSize size;
};

void PrintTo(const Case &c, std::ostream *out)
{
    *out << (c.theme == Theme::Dark ? "dark" : "light") << " alpha " << c.alpha << ' '
         << c.size.width() << 'x' << c.size.height();
}

QImage run_rasterizer(const QString &program, const QStringList &arguments, const QString &output)
{
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty()) {
        ADD_FAILURE() << program.toStdString()
                      << " is missing: scripts/install-deps.sh installs it (librsvg2-bin, poppler-utils)";
        return {};
    }
    QProcess process;
    process.start(found, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: "
                      << process.readAllStandardError().toStdString();
        return {};
    }
    return QImage(output).convertToFormat(QImage::Format_RGB32);
}

int distance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b))});
}

// The box of the title's ink: pixels far from the background in the strip above the legend.
QRect title_box(const QImage &image, QRgb background)
{
    const int strip = 40;
    QRect box;
    for (int y = 0; y < strip && y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (distance(image.pixel(x, y), background) > 96)
                box |= QRect(x, y, 1, 1);
    return box;
}

// Mean of the largest channel difference per pixel, 0 to 255.
double mean_difference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            sum += distance(a.pixel(x, y), b.pixel(x, y));
    return sum / (double(a.width()) * a.height());
}

class VectorExport : public ::testing::TestWithParam<Case> {};

TEST_P(VectorExport, LooksLikeThePng)
{
    const Case c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    PlotParams params;
    params.alpha = c.alpha;
    params.xMin = -3.0;
    params.xMax = 2.0;
    const auto drawing = lre::ui::chart_drawing(params, c.theme, c.size);
    const auto formats = lre::ui::explorer_export_formats();
    for (const char *name : {"chart.png", "chart.svg", "chart.pdf"}) {
        const auto result = lre::ui::save_drawing(dir.filePath(QLatin1String(name)), drawing, 1, formats);
        ASSERT_TRUE(result.ok) << result.error.toStdString();
    }
    const QImage png = QImage(dir.filePath(QStringLiteral("chart.png"))).convertToFormat(QImage::Format_RGB32);
    const QString w = QString::number(c.size.width());
    const QString h = QString::number(c.size.height());
    const QImage svg = run_rasterizer(
        QStringLiteral("rsvg-convert"),
        {QStringLiteral("-w"), w, QStringLiteral("-h"), h, QStringLiteral("-o"),
         dir.filePath(QStringLiteral("svg.png")), dir.filePath(QStringLiteral("chart.svg"))},
        dir.filePath(QStringLiteral("svg.png")));
    const QImage pdf = run_rasterizer(
        QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-scale-to-x"), w,
         QStringLiteral("-scale-to-y"), h, dir.filePath(QStringLiteral("chart.pdf")),
         dir.filePath(QStringLiteral("pdf"))},
        dir.filePath(QStringLiteral("pdf.png")));
    ASSERT_FALSE(svg.isNull() || pdf.isNull());

    const QRgb background = png.pixel(0, 0);
    EXPECT_EQ(background, drawing.background.rgb());
    const QRect pngTitle = title_box(png, background);
    ASSERT_TRUE(pngTitle.isValid());
    for (const auto &[label, image] : {std::pair{"SVG", svg}, std::pair{"PDF", pdf}}) {
        SCOPED_TRACE(label);
        ASSERT_EQ(image.size(), png.size());
        const int right = image.width() - 1;
        const int bottom = image.height() - 1;
        for (const QPoint corner : {QPoint(0, 0), QPoint(right, 0), QPoint(0, bottom), QPoint(right, bottom)})
            EXPECT_LE(distance(image.pixel(corner), background), 2) << "corner " << corner.x() << ',' << corner.y();
        const QRect title = title_box(image, background);
        ASSERT_TRUE(title.isValid());
        EXPECT_NEAR(title.height(), pngTitle.height(), 1);
        EXPECT_NEAR(title.width(), pngTitle.width(), pngTitle.width() * 0.05);
        EXPECT_NEAR(title.center().x(), pngTitle.center().x(), 3);
        EXPECT_NEAR(title.center().y(), pngTitle.center().y(), 2);
        // Antialiasing and hinting differ between rasterizers: 0.2 to 1.9 when right; a missing
        // background, a frame or text at 3/4 size measured 2.9 to 28.
        EXPECT_LT(mean_difference(image, png), 2.5);
    }
}

INSTANTIATE_TEST_SUITE_P(
    BothThemesAndSizes, VectorExport,
    ::testing::Values(Case{Theme::Light, 2.5, QSize(1280, 800)}, Case{Theme::Dark, 2.5, QSize(1280, 800)},
                      Case{Theme::Light, -0.5, QSize(700, 450)}, Case{Theme::Dark, -0.5, QSize(700, 450)}));

} // namespace
