// SPDX-License-Identifier: GPL-3.0-or-later
// SVG and PDF exports of the explorer's chart, opened with the tools people use (librsvg's
// rsvg-convert, poppler's pdftoppm), must look like the PNG of the same chart: same background
// to the corners, the title at the same size and place, and little difference overall; the SVG's
// fonts must be found by a viewer and the PDF's travel inside it.
#include "explorerexport.h"
#include "rastercompare.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

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

lre::ui::Drawing drawing_for(const Case &c)
{
    PlotParams params;
    params.alpha = c.alpha;
    params.xMin = -3.0;
    params.xMax = 2.0;
    return lre::ui::chart_drawing(params, c.theme, c.size);
}

bool save(const QString &path, const lre::ui::Drawing &drawing)
{
    const auto result = lre::ui::save_drawing(path, drawing, 1, lre::ui::explorer_export_formats());
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    return result.ok;
}

class VectorExport : public ::testing::TestWithParam<Case> {};

TEST_P(VectorExport, LooksLikeThePng)
{
    const Case c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto drawing = drawing_for(c);
    // The title lies in the strip above the legend. The mean difference (to the nearest pixel
    // within one) measured 0.1 to 1.9 on every page when right, 2.5 to 26 with the old transparent
    // SVG (its corners fail as well); the old SVG text at 3/4 size measured only 0.3 to 1.0 over
    // the whole image, but 5.2 in the title's strip, and the title's ink box fails.
    lre::test::expect_vectors_look_like_png(
        dir.path(), QStringLiteral("explorer-%1-%2").arg(QLatin1String(c.theme == Theme::Dark ? "dark" : "light")).arg(c.size.width()),
        [&](const QString &path) { return save(path, drawing); }, drawing.background.rgb(),
        {{"title", QRect(0, 0, c.size.width(), 40)}});
}

INSTANTIATE_TEST_SUITE_P(
    BothThemesAndSizes, VectorExport,
    ::testing::Values(Case{Theme::Light, 2.5, QSize(1280, 800)}, Case{Theme::Dark, 2.5, QSize(1280, 800)},
                      Case{Theme::Light, -0.5, QSize(700, 450)}, Case{Theme::Dark, -0.5, QSize(700, 450)}));

} // namespace
