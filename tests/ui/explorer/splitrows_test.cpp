// SPDX-License-Identifier: GPL-3.0-or-later
#include "splitrows.h"

#include "chartstyle.h"
#include "theme.h"

#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPaintEngine>
#include <QPainter>
#include <QPicture>
#include <QRegion>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <functional>
#include <utility>
#include <vector>

namespace {

using lre::ui::SplitRows;

// A chart with one line, as Leaky ReLU's left branch: a round-capped pen, from (-5, -5 alpha) to 0.
// Lines are halved from 800 device pixels long: at 1x the chart is made larger.
class SplitLine : public ::testing::TestWithParam<int> {
protected:
    void SetUp() override
    {
        chart = lre::ui::make_chart(QStringLiteral("chart"), QMargins(8, 8, 8, 8));
        scene.addItem(chart);
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        x->setRange(-5, 5);
        y->setRange(-5, 5);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        const QList<QGraphicsItem *> before = chart->childItems();
        line = lre::ui::add_line(chart, QStringLiteral("line"), QStringLiteral("line"));
        item = lre::ui::new_child(chart, before);
        ASSERT_NE(item, nullptr);
        line->setPen(lre::ui::leaky_relu_pen(lre::ui::theme_colors(lre::ui::Theme::Light)));
        halves = new SplitRows(item, line);
        item->setGraphicsEffect(halves);
        chart->setGeometry(QRectF(QPointF(0, 0), size()));
    }

    QSize size() const { return GetParam() == 1 ? QSize(1900, 1200) : QSize(900, 600); }

    void setSlope(double alpha, double from = -5.0) { line->replace({QPointF(from, from * alpha), QPointF(0, 0)}); }

    // The chart rendered at the ratio into an image, only inside systemClip (device pixels) if
    // one is given, as a widget's repaint.
    QImage frame(const QRegion &systemClip = {})
    {
        const int ratio = GetParam();
        QImage image(size() * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(QColor(255, 0, 255));
        // Set before the painter begins, as a widget's is.
        if (!systemClip.isEmpty())
            image.paintEngine()->setSystemClip(systemClip);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        scene.render(&painter, QRectF(QPointF(0, 0), size()), chart->geometry());
        return image;
    }

    QImage frameWithoutHalves(const QRegion &systemClip = {})
    {
        halves->setEnabled(false);
        const QImage image = frame(systemClip);
        halves->setEnabled(true);
        return image;
    }

    QGraphicsScene scene;
    QChart *chart = nullptr;
    QLineSeries *line = nullptr;
    QGraphicsItem *item = nullptr;
    SplitRows *halves = nullptr;
};

TEST_P(SplitLine, HalvesPaintWhatTheWholeLinePaints)
{
    for (const double alpha : {0.5, 1.0, -0.8, 2.5, 0.999, 0.1, -0.2}) {
        setSlope(alpha);
        const int before = halves->splitFrames();
        const QImage split = frame();
        EXPECT_EQ(halves->splitFrames(), before + 1) << alpha << ": not painted in halves";
        EXPECT_TRUE(split == frameWithoutHalves()) << alpha;
    }
}

TEST_P(SplitLine, HalvesKeepToTheSystemClip)
{
    setSlope(0.7);
    const int ratio = GetParam();
    // Two rectangles across the line and one beside it, in device pixels.
    const int w = size().width();
    const int h = size().height();
    const QTransform toDevice = QTransform::fromScale(ratio, ratio);
    const QRegion clip = toDevice.map(QRegion(20, h * 6 / 10, w * 9 / 10, 60) + QRegion(w * 3 / 10, h * 4 / 10, 40, h / 2)
                                      + QRegion(w * 8 / 10, 20, 50, 50));
    const int before = halves->splitFrames();
    const QImage split = frame(clip);
    EXPECT_EQ(halves->splitFrames(), before + 1);
    EXPECT_TRUE(split == frameWithoutHalves(clip));
    EXPECT_EQ(split.pixel(0, 0), qRgb(255, 0, 255)) << "painted outside the system clip";
    // The line crosses the clip: some of its pixels are painted, in its own colour.
    const QRgb lineColour = line->pen().color().rgb();
    int linePixels = 0;
    for (int y = 0; y < split.height(); ++y)
        for (int x = 0; x < split.width(); ++x)
            linePixels += split.pixel(x, y) == lineColour ? 1 : 0;
    EXPECT_GT(linePixels, 20 * ratio);
}

TEST_P(SplitLine, AShortLineIsPaintedWhole)
{
    setSlope(1.0, -0.5);
    const int before = halves->splitFrames();
    const QImage whole = frame();
    EXPECT_EQ(halves->splitFrames(), before);
    EXPECT_TRUE(whole == frameWithoutHalves());
}

// Points, labels or a dashed pen make Qt Charts' item change its state as it paints: it is then
// painted whole, on this thread only.
TEST_P(SplitLine, ALineWithMoreThanAPenIsPaintedWhole)
{
    setSlope(1.0);
    const std::vector<std::pair<const char *, std::function<void(QLineSeries &)>>> extras = {
        {"points", [](QLineSeries &s) { s.setPointsVisible(true); }},
        {"point labels", [](QLineSeries &s) { s.setPointLabelsVisible(true); }},
        {"a dashed pen", [](QLineSeries &s) {
             QPen pen = s.pen();
             pen.setStyle(Qt::DashLine);
             s.setPen(pen);
         }},
        {"a selected point", [](QLineSeries &s) { s.selectPoint(0); }},
    };
    const QPen solid = line->pen();
    for (const auto &[what, extra] : extras) {
        extra(*line);
        const int before = halves->splitFrames();
        const QImage whole = frame();
        EXPECT_EQ(halves->splitFrames(), before) << what;
        EXPECT_TRUE(whole == frameWithoutHalves()) << what;
        line->setPointsVisible(false);
        line->setPointLabelsVisible(false);
        line->deselectAllPoints();
        line->setPen(solid);
    }
    const int before = halves->splitFrames();
    frame();
    EXPECT_EQ(halves->splitFrames(), before + 1) << "the plain line again";
}

TEST_P(SplitLine, APictureGetsTheWholeLine)
{
    setSlope(1.0);
    const int before = halves->splitFrames();
    QPicture picture;
    {
        QPainter painter(&picture);
        scene.render(&painter, QRectF(QPointF(0, 0), size()), chart->geometry());
    }
    EXPECT_EQ(halves->splitFrames(), before);
    EXPECT_FALSE(picture.boundingRect().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(DevicePixelRatio, SplitLine, ::testing::Values(1, 2));

} // namespace
