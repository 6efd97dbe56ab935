// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLogValueAxis>

#include <gtest/gtest.h>

namespace {

// Dark pixels in a strip of an image: where a chart draws its tick labels.
int dark_pixels(const QImage &image, const QRect &strip)
{
    int dark = 0;
    for (int y = strip.top(); y <= strip.bottom(); ++y)
        for (int x = strip.left(); x <= strip.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
    return dark;
}

// Charts localize their numbers; Qt 6.4 then draws no label at all for a format without a
// precision ("%g"). Every log axis comes from make_log_axis, whose labels must show.
TEST(ChartStyle, LogAxisLabelsShowWithLocalizedNumbers)
{
    QChart *chart = lre::ui::make_chart(QStringLiteral("logChart"), QMargins(6, 6, 6, 6));
    auto *x = lre::ui::make_log_axis(QStringLiteral("x"), QStringLiteral("rate"));
    auto *y = lre::ui::make_log_axis(QStringLiteral("y"), QStringLiteral("loss"));
    x->setRange(0.001 * (1 - 1e-6), 1.0 * (1 + 1e-6));
    y->setRange(0.01 * (1 - 1e-6), 1.0 * (1 + 1e-6));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto *series = lre::ui::add_line(chart, QStringLiteral("s"), QStringLiteral("s"));
    series->append(0.01, 0.1);
    series->append(0.1, 0.5);
    lre::ui::apply_chart_theme(chart, lre::ui::theme_colors(lre::Theme::Light));
    ASSERT_TRUE(chart->localizeNumbers());
    QChartView view(chart);
    view.resize(600, 300);
    const QImage image = view.grab().toImage();
    const QRectF plot = chart->plotArea();
    const QRect below(static_cast<int>(plot.left()), static_cast<int>(plot.bottom()) + 4,
                      static_cast<int>(plot.width()), 14);
    const QRect left(0, static_cast<int>(plot.top()), static_cast<int>(plot.left()) - 14,
                     static_cast<int>(plot.height()));
    EXPECT_GT(dark_pixels(image, below), 40) << "x labels";
    EXPECT_GT(dark_pixels(image, left), 20) << "y labels";
}

} // namespace
