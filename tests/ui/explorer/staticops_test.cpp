// SPDX-License-Identifier: GPL-3.0-or-later
// StaticOps paints a list of items in order; into a raster image it paints the plain lines and
// rectangles in two bands of rows at once and the rest on this thread, only where that cannot
// change a pixel. Each case here is painted both ways and compared pixel for pixel.
#include "staticops.h"

#include "sharedwork.h"

#include "../imagedifference.h"

#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPen>
#include <QRegion>

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <vector>

namespace {

using lre::ui::KeptStroke;
using lre::ui::StaticOps;

constexpr QSize kSize(640, 420);

// Items as a chart has them: a plot background, a grid, axis lines, labels, and what may not be
// painted in bands (a sloping line, a dashed one, items inside a parent's clip).
class Items {
public:
    Items()
    {
        auto *plot = scene.addRect(QRectF(60.5, 20.25, 540.0, 330.5), QPen(QColor(180, 180, 190), 1.0), QColor(250, 250, 252));
        order.push_back(plot);
        for (int k = 0; k <= 10; ++k) {
            const qreal x = 60.5 + 54.0 * k + 0.3 * k;
            order.push_back(scene.addLine(QLineF(x, 20.25, x, 350.75), QPen(QColor(225, 225, 230), 1.0)));
        }
        for (int k = 0; k <= 6; ++k) {
            const qreal y = 20.25 + 55.08 * k;
            order.push_back(scene.addLine(QLineF(60.5, y, 600.5, y), QPen(QColor(225, 225, 230), 1.5)));
        }
        order.push_back(scene.addLine(QLineF(60.5, 350.75, 600.5, 350.75), QPen(QColor(90, 90, 100), 2.0)));
        for (int k = 0; k <= 10; ++k) {
            auto *label = scene.addSimpleText(QString::number(k - 5), QFont(QStringLiteral("DejaVu Sans"), 9));
            label->setPos(56.0 + 54.3 * k, 360.0);
            order.push_back(label);
        }
        QPen round(QColor(30, 90, 200), 3.0);
        round.setCapStyle(Qt::RoundCap);
        order.push_back(scene.addLine(QLineF(60.5, 300.0, 600.5, 120.0), round)); // sloping
        QPen dashed(QColor(230, 120, 20), 2.0, Qt::DashLine);
        order.push_back(scene.addLine(QLineF(60.5, 200.0, 600.5, 200.0), dashed));
        // A parent clipping its children to its shape (as the legend does).
        auto *legend = scene.addRect(QRectF(400.0, 25.0, 180.0, 40.0), QPen(Qt::NoPen), QColor(255, 255, 255));
        legend->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
        auto *marker = new QGraphicsLineItem(QLineF(390.0, 45.0, 430.0, 45.0), legend);
        marker->setPen(QPen(QColor(30, 90, 200), 3.0));
        auto *name = new QGraphicsSimpleTextItem(QStringLiteral("Leaky ReLU"), legend);
        name->setPos(440.0, 37.0);
        order.push_back(legend);
        legendChildren = {marker, name};
    }

    // The items as StaticOps takes them: each with its scene transform, the legend's children
    // inside its clip.
    StaticOps ops(bool shared) const
    {
        StaticOps ops(m_kept, shared);
        for (QGraphicsItem *item : order) {
            if (item->flags() & QGraphicsItem::ItemClipsChildrenToShape) {
                ops.addItem(item, item->sceneTransform(), -1);
                const int clip = ops.addClip(item, item->sceneTransform(), -1);
                for (QGraphicsItem *child : legendChildren)
                    ops.addItem(child, child->sceneTransform(), clip);
            } else {
                ops.addItem(item, item->sceneTransform(), -1);
            }
        }
        return ops;
    }

    QGraphicsScene scene;
    std::vector<QGraphicsItem *> order;
    std::vector<QGraphicsItem *> legendChildren;

private:
    std::vector<KeptStroke *> m_kept;
};

struct Frame {
    QImage image;
    bool shared = false;
};

// The items painted into a new image at the ratio: setUp may clip the painter as a caller would,
// systemClip (device pixels) is set as a widget's repaint region is, clipRect clips them all.
Frame paint(const Items &items, bool shared, int ratio, const std::function<void(QPainter &)> &setUp = {},
            const QRegion &systemClip = {}, std::optional<QRectF> clipRect = std::nullopt)
{
    Frame frame{QImage(kSize * ratio, QImage::Format_ARGB32_Premultiplied)};
    frame.image.setDevicePixelRatio(ratio);
    frame.image.fill(QColor(240, 240, 240));
    if (!systemClip.isEmpty())
        frame.image.paintEngine()->setSystemClip(systemClip);
    QPainter painter(&frame.image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (setUp)
        setUp(painter);
    StaticOps ops = items.ops(shared);
    ops.paint(&painter, clipRect, {}, {});
    frame.shared = ops.lastShared();
    return frame;
}

class StaticOpsAt : public ::testing::TestWithParam<int> {};

TEST_P(StaticOpsAt, BandsPaintWhatOneThreadPaints)
{
    const int ratio = GetParam();
    const Items items;
    const Frame bands = paint(items, true, ratio);
    const Frame one = paint(items, false, ratio);
    EXPECT_FALSE(one.shared);
    if (lre::ui::can_share_work()) {
        EXPECT_TRUE(bands.shared);
    }
    EXPECT_EQ(image_difference(bands.image, one.image).pixels, 0) << image_difference(bands.image, one.image);
}

TEST_P(StaticOpsAt, AClipRectAndASystemClipAreKept)
{
    const int ratio = GetParam();
    const Items items;
    // Two rectangles of a widget's repaint, one across the bands' edge; the items clipped to a
    // rectangle with fractional edges.
    const QRegion repainted = QRegion(30 * ratio, 10 * ratio, 300 * ratio, 250 * ratio)
        + QRegion(350 * ratio, 200 * ratio, 250 * ratio, 200 * ratio);
    const QRectF clipRect(40.25, 15.5, 560.0, 370.0);
    const Frame bands = paint(items, true, ratio, {}, repainted, clipRect);
    const Frame one = paint(items, false, ratio, {}, repainted, clipRect);
    if (lre::ui::can_share_work()) {
        EXPECT_TRUE(bands.shared);
    }
    EXPECT_EQ(image_difference(bands.image, one.image).pixels, 0) << image_difference(bands.image, one.image);
    // Nothing outside the repainted region.
    for (int y = 0; y < bands.image.height(); y += 3)
        for (int x = 0; x < bands.image.width(); x += 3)
            if (!repainted.contains(QPoint(x, y))) {
                ASSERT_EQ(bands.image.pixel(x, y), qRgb(240, 240, 240)) << x << ", " << y;
            }
}

// A caller's clip that holds everything is left out of the bands; one that cuts them makes the
// items paint on one thread.
TEST_P(StaticOpsAt, ACallersClipThatCutsMakesOneThreadPaint)
{
    const int ratio = GetParam();
    const Items items;
    const auto holding = [](QPainter &p) { p.setClipRect(QRect(QPoint(0, 0), kSize)); };
    const auto cutting = [](QPainter &p) { p.setClipRect(QRectF(100.5, 50.25, 300.0, 200.0)); };
    const Frame heldBands = paint(items, true, ratio, holding);
    const Frame cutBands = paint(items, true, ratio, cutting);
    if (lre::ui::can_share_work()) {
        EXPECT_TRUE(heldBands.shared);
    }
    EXPECT_FALSE(cutBands.shared);
    EXPECT_EQ(image_difference(heldBands.image, paint(items, false, ratio, holding).image).pixels, 0);
    EXPECT_EQ(image_difference(cutBands.image, paint(items, false, ratio, cutting).image).pixels, 0);
}

// Text that a later line crosses must be painted before it: the order forbids bands.
TEST_P(StaticOpsAt, TextUnderALaterLineMakesOneThreadPaint)
{
    const int ratio = GetParam();
    Items items;
    auto *crossing = items.scene.addLine(QLineF(50.0, 366.0, 200.0, 366.0), QPen(QColor(200, 0, 0), 1.0));
    items.order.push_back(crossing);
    const Frame bands = paint(items, true, ratio);
    EXPECT_FALSE(bands.shared);
    EXPECT_EQ(image_difference(bands.image, paint(items, false, ratio).image).pixels, 0);
}

// A sloping line, a dashed line and a scaled line are never painted in bands: their pixels would
// change where a band's edge cuts them.
TEST(StaticOps, OnlyLinesAlongRowsOrColumnsAreShared)
{
    for (const auto &pen : {QPen(Qt::black, 1.0, Qt::DashLine), QPen(Qt::black, 1.0)}) {
        Items items;
        // Alone with a rectangle below it: the sloping or dashed line is the only line.
        for (QGraphicsItem *item : items.order)
            item->setVisible(false);
        items.order.clear();
        items.legendChildren.clear();
        items.order.push_back(items.scene.addRect(QRectF(0, 0, 600, 400), QPen(Qt::NoPen), Qt::white));
        const bool sloping = pen.style() == Qt::SolidLine;
        items.order.push_back(items.scene.addLine(sloping ? QLineF(10, 10, 590, 390) : QLineF(10, 200, 590, 200), pen));
        // The line is left to this thread, after the rectangle's bands: in bands it would differ.
        const Frame bands = paint(items, true, 1);
        if (lre::ui::can_share_work()) {
            EXPECT_TRUE(bands.shared);
        }
        EXPECT_EQ(image_difference(bands.image, paint(items, false, 1).image).pixels, 0);
    }
}

INSTANTIATE_TEST_SUITE_P(DevicePixelRatio, StaticOpsAt, ::testing::Values(1, 2));

} // namespace
