// SPDX-License-Identifier: GPL-3.0-or-later
// A StrokeCache blends an item's kept pixels instead of letting it stroke itself again: the frame
// must be the item's own, pixel for pixel, wherever it lies on the device and at any ratio.
#include "strokecache.h"

#include "../imagedifference.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <gtest/gtest.h>

namespace {

using lre::ui::StrokeCache;

struct Scene {
    Scene()
    {
        scene.setSceneRect(0, 0, 400, 300);
        scene.addRect(40, 30, 320, 240, QPen(Qt::NoPen), QColor(250, 250, 250));
        // A live line under the cached one, as Leaky ReLU lies under ReLU.
        scene.addLine(QLineF(50, 200, 350, 120), QPen(QColor(30, 90, 200), 2.6, Qt::SolidLine, Qt::RoundCap));
        QPainterPath path(QPointF(50.3, 150.7));
        path.lineTo(200.2, 150.7);
        path.lineTo(355.9, 35.4);
        QPen dashed(QColor(230, 110, 20), 2.2, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
        dashed.setDashPattern({3, 2});
        item = scene.addPath(path, dashed);
        item->setGraphicsEffect(cache = new StrokeCache(item, [this] { return key; }, [this] {
            StrokeCache::Stroke stroke;
            stroke.clip = item->boundingRect();
            stroke.line = item->path().toSubpathPolygons().value(0);
            stroke.reach = item->pen().widthF() * item->pen().miterLimit() / 2.0;
            return stroke;
        }));
    }

    QImage frame(int ratio, QPointF offset)
    {
        QImage image(QSize(400, 300) * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(QColor(230, 235, 240));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        scene.render(&painter, QRectF(offset, QSizeF(400, 300)), scene.sceneRect());
        return image;
    }

    QImage uncached(int ratio, QPointF offset)
    {
        cache->setEnabled(false);
        QImage image = frame(ratio, offset);
        cache->setEnabled(true);
        return image;
    }

    QGraphicsScene scene;
    QGraphicsPathItem *item = nullptr;
    StrokeCache *cache = nullptr;
    QByteArray key = "first";
};

class StrokeCacheAt : public ::testing::TestWithParam<int> {};

TEST_P(StrokeCacheAt, BlendsThePixelsTheItemPaints)
{
    const int ratio = GetParam();
    Scene s;
    for (const QPointF offset : {QPointF(0, 0), QPointF(0.37, 0.61), QPointF(3.5, -2.25)}) {
        s.frame(ratio, offset); // a new place: painted straight
        s.frame(ratio, offset); // the same place again: kept, then blended
        const int rebuilds = s.cache->rebuilds();
        const QImage cached = s.frame(ratio, offset);
        EXPECT_EQ(s.cache->rebuilds(), rebuilds) << "offset " << offset.x();
        const ImageDifference d = image_difference(cached, s.uncached(ratio, offset));
        EXPECT_EQ(d.pixels, 0) << "offset " << offset.x() << ": " << d;
    }
    EXPECT_GE(s.cache->rebuilds(), 3);
}

TEST_P(StrokeCacheAt, ANewKeyKeepsThePixelsAgain)
{
    const int ratio = GetParam();
    Scene s;
    s.frame(ratio, {});
    s.frame(ratio, {});
    QPainterPath moved(QPointF(60, 100));
    moved.lineTo(340, 260);
    s.item->setPath(moved);
    s.key = "moved";
    const QImage straight = s.frame(ratio, {}); // the key changed this frame: painted straight
    EXPECT_EQ(image_difference(straight, s.uncached(ratio, {})).pixels, 0);
    const int rebuilds = s.cache->rebuilds();
    const QImage kept = s.frame(ratio, {});
    EXPECT_EQ(s.cache->rebuilds(), rebuilds + 1);
    EXPECT_EQ(image_difference(kept, s.uncached(ratio, {})).pixels, 0);
}

INSTANTIATE_TEST_SUITE_P(DevicePixelRatio, StrokeCacheAt, ::testing::Values(1, 2));

} // namespace
