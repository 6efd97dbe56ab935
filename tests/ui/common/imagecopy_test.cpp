// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecopy.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPicture>
#include <QRegion>

#include <gtest/gtest.h>

#include <functional>
#include <random>

namespace {

using lre::ui::copy_opaque_image;

// Every pixel different from its neighbours, so that a row or column out of place shows.
QImage noise(QSize size, QImage::Format format, unsigned seed, qreal ratio = 1.0)
{
    QImage image(size, format);
    std::mt19937 random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            row[x] = 0xff000000u | (random() & 0xffffffu);
    }
    image.setDevicePixelRatio(ratio);
    return image;
}

using PainterState = std::function<void(QPainter &)>;

// The target after drawImage, and after copy_opaque_image (with whether it copied), from the same
// start and the same painter state.
struct Drawn {
    QImage byDrawImage;
    QImage byCopy;
    bool copied = false;
};

// systemClip (device pixels) is set before each painter begins, as a widget's is.
Drawn draw_both(const QImage &start, const QImage &image, QPointF at, const PainterState &state,
                const QRegion &systemClip = {})
{
    Drawn drawn{start.copy(), start.copy(), false};
    if (!systemClip.isEmpty()) {
        drawn.byDrawImage.paintEngine()->setSystemClip(systemClip);
        drawn.byCopy.paintEngine()->setSystemClip(systemClip);
    }
    {
        QPainter painter(&drawn.byDrawImage);
        state(painter);
        painter.drawImage(at, image);
    }
    {
        QPainter painter(&drawn.byCopy);
        state(painter);
        drawn.copied = copy_opaque_image(&painter, at, image);
    }
    return drawn;
}

const PainterState kPlain = [](QPainter &) {};

TEST(ImageCopy, CopiesWhatDrawImageDrawsAt1x)
{
    const QImage start = noise({300, 200}, QImage::Format_ARGB32_Premultiplied, 1);
    const QImage image = noise({300, 200}, QImage::Format_RGB32, 2);
    const Drawn drawn = draw_both(start, image, {0, 0}, kPlain);
    EXPECT_TRUE(drawn.copied);
    EXPECT_EQ(drawn.byCopy, drawn.byDrawImage);
    EXPECT_EQ(drawn.byCopy.pixel(17, 33), image.pixel(17, 33));
}

// A whole 2x frame: large enough that the helper thread takes bands too.
TEST(ImageCopy, CopiesAWhole2xFrameOnTwoThreads)
{
    QImage start = noise({2560, 1600}, QImage::Format_ARGB32_Premultiplied, 3, 2.0);
    const QImage image = noise({2560, 1600}, QImage::Format_RGB32, 4, 2.0);
    for (int frame = 0; frame < 5; ++frame) {
        const Drawn drawn = draw_both(start, image, {0, 0}, kPlain);
        ASSERT_TRUE(drawn.copied);
        ASSERT_EQ(drawn.byCopy, drawn.byDrawImage) << "frame " << frame;
        start = noise({2560, 1600}, QImage::Format_ARGB32_Premultiplied, 10 + frame, 2.0);
    }
}

TEST(ImageCopy, CopiesAtWholeDevicePixelsPartlyOffTheDevice)
{
    const QImage start = noise({400, 300}, QImage::Format_RGB32, 5, 2.0);
    const QImage image = noise({240, 180}, QImage::Format_RGB32, 6, 2.0);
    for (const QPointF at : {QPointF(10, 20), QPointF(-30.5, 7), QPointF(150, 120), QPointF(-50, -40)}) {
        const Drawn drawn = draw_both(start, image, at, [](QPainter &painter) { painter.translate(3, -2); });
        EXPECT_TRUE(drawn.copied) << at.x() << ", " << at.y();
        EXPECT_EQ(drawn.byCopy, drawn.byDrawImage) << at.x() << ", " << at.y();
    }
}

TEST(ImageCopy, CopiesIntoEveryOpaque32BitFormat)
{
    const QImage image = noise({64, 48}, QImage::Format_RGB32, 7);
    for (const QImage::Format format :
         {QImage::Format_RGB32, QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied}) {
        const Drawn drawn = draw_both(noise({80, 60}, format, 8), image, {5, 6}, kPlain);
        EXPECT_TRUE(drawn.copied) << format;
        EXPECT_EQ(drawn.byCopy, drawn.byDrawImage) << format;
    }
}

TEST(ImageCopy, KeepsInsideTheSystemClip)
{
    const QImage start = noise({1400, 900}, QImage::Format_ARGB32_Premultiplied, 9);
    const QImage image = noise({1280, 800}, QImage::Format_RGB32, 10);
    // As a widget's repaint: only these rectangles of the device, in device pixels.
    const QRegion systemClip = QRegion(100, 100, 300, 50) + QRegion(700, 400, 20, 600);
    for (const bool clipped : {false, true}) {
        const Drawn drawn = draw_both(start, image, {20, 30}, [clipped](QPainter &painter) {
            if (clipped) // a clip of the painter's around the image as well
                painter.setClipRect(QRectF(10, 25, 1300, 810));
        }, systemClip);
        EXPECT_TRUE(drawn.copied) << clipped;
        EXPECT_EQ(drawn.byCopy, drawn.byDrawImage) << clipped;
        EXPECT_EQ(drawn.byCopy.pixel(5, 5), start.pixel(5, 5)) << clipped;
        EXPECT_EQ(drawn.byCopy.pixel(150, 120), image.pixel(130, 90)) << clipped;
    }
}

TEST(ImageCopy, CopiesInSourceModeAndAtFractionalRatiosOnWholePixels)
{
    const QImage start = noise({300, 200}, QImage::Format_ARGB32_Premultiplied, 15);
    const Drawn source = draw_both(start, noise({100, 80}, QImage::Format_RGB32, 16), {7, 9},
                                   [](QPainter &painter) { painter.setCompositionMode(QPainter::CompositionMode_Source); });
    EXPECT_TRUE(source.copied);
    EXPECT_EQ(source.byCopy, source.byDrawImage);
    // At 1.5 an image of ratio 1.5 maps one to one, and (10, 20) falls on device pixels (15, 30).
    QImage start15 = noise({450, 300}, QImage::Format_ARGB32_Premultiplied, 17, 1.5);
    const Drawn ratio15 = draw_both(start15, noise({150, 120}, QImage::Format_RGB32, 18, 1.5), {10, 20}, kPlain);
    EXPECT_TRUE(ratio15.copied);
    EXPECT_EQ(ratio15.byCopy, ratio15.byDrawImage);
}

// Whatever drawImage would do beyond copying bytes is left to it: the target is untouched.
TEST(ImageCopy, LeavesEveryOtherCaseToDrawImage)
{
    const QImage start = noise({200, 150}, QImage::Format_ARGB32_Premultiplied, 11);
    const QImage image = noise({100, 80}, QImage::Format_RGB32, 12);
    const std::vector<std::pair<const char *, PainterState>> cases = {
        {"half-pixel offset", [](QPainter &painter) { painter.translate(0.5, 0); }},
        {"scaled", [](QPainter &painter) { painter.scale(1.5, 1.5); }},
        {"mirrored", [](QPainter &painter) {
             painter.translate(200, 0);
             painter.scale(-1, 1);
         }},
        {"far off", [](QPainter &painter) { painter.translate(1e12, 0); }},
        {"rotated", [](QPainter &painter) { painter.rotate(10); }},
        {"translucent", [](QPainter &painter) { painter.setOpacity(0.5); }},
        {"multiplied", [](QPainter &painter) { painter.setCompositionMode(QPainter::CompositionMode_Multiply); }},
        {"clip cuts it", [](QPainter &painter) { painter.setClipRect(QRect(0, 0, 50, 50)); }},
        {"clip of two rectangles", [](QPainter &painter) {
             painter.setClipRegion(QRegion(0, 0, 200, 40) + QRegion(0, 60, 200, 90));
         }},
    };
    for (const auto &[name, state] : cases) {
        const Drawn drawn = draw_both(start, image, {10, 10}, state);
        EXPECT_FALSE(drawn.copied) << name;
        EXPECT_EQ(drawn.byCopy, start) << name;
    }
}

TEST(ImageCopy, CopiesOnlyOpaqueImagesIntoRgb32Images)
{
    const QImage image = noise({40, 30}, QImage::Format_RGB32, 13);
    QImage translucent = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    EXPECT_FALSE(draw_both(noise({60, 50}, QImage::Format_RGB32, 14), translucent, {0, 0}, kPlain).copied);

    QImage rgb16(60, 50, QImage::Format_RGB16);
    rgb16.fill(Qt::white);
    EXPECT_FALSE(draw_both(rgb16, image, {0, 0}, kPlain).copied);

    QPicture picture;
    QPainter painter(&picture);
    EXPECT_FALSE(copy_opaque_image(&painter, {0, 0}, image));
}

} // namespace
