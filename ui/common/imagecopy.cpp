// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecopy.h"

#include "sharedwork.h"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <vector>

namespace lre::ui {

namespace {

// Copies of fewer bytes than this stay on this thread: sharing a whole 1x frame (4 MB) gained
// nothing measurable against waking the helper, a 2x frame (16 MB) a fifth of its time.
constexpr qsizetype kSharedFrom = qsizetype{8} << 20;
// Rows are handed out in bands of about this many bytes, so that neither thread waits long for the
// other's last band.
constexpr qsizetype kBandBytes = qsizetype{1} << 17;

bool is_32bit_rgb(QImage::Format format)
{
    return format == QImage::Format_RGB32 || format == QImage::Format_ARGB32
        || format == QImage::Format_ARGB32_Premultiplied;
}

// The device pixels the image covers, when drawing it is a copy of its bytes there.
bool copy_target(QPainter *painter, const QPointF &at, const QImage &image, QImage *&target, QPoint &origin)
{
    QPaintEngine *engine = painter->paintEngine();
    if (image.format() != QImage::Format_RGB32 || !engine || engine->type() != QPaintEngine::Raster)
        return false;
    QPaintDevice *device = engine->paintDevice();
    if (!device || device->devType() != QInternal::Image)
        return false;
    target = static_cast<QImage *>(device);
    const QPainter::CompositionMode mode = painter->compositionMode();
    if (!is_32bit_rgb(target->format()) || painter->opacity() != 1.0
        || (mode != QPainter::CompositionMode_SourceOver && mode != QPainter::CompositionMode_Source))
        return false;
    const QTransform toDevice = painter->deviceTransform();
    const qreal ratio = image.devicePixelRatio();
    if (toDevice.type() > QTransform::TxScale || toDevice.m11() != ratio || toDevice.m22() != ratio)
        return false;
    const QPointF corner = toDevice.map(at);
    constexpr qreal kFarthest = 1 << 24; // beyond any device, and well inside an int
    if (!(std::abs(corner.x()) < kFarthest && std::abs(corner.y()) < kFarthest))
        return false;
    origin = QPoint(qRound(corner.x()), qRound(corner.y()));
    if (corner != QPointF(origin))
        return false;
    if (painter->hasClipping()) {
        const QRectF area(at, image.deviceIndependentSize());
        if (!painter->clipBoundingRect().contains(area) || painter->clipRegion().rectCount() != 1)
            return false;
    }
    return true;
}

} // namespace

bool copy_opaque_image(QPainter *painter, const QPointF &at, const QImage &image)
{
    QImage *target = nullptr;
    QPoint origin;
    if (!copy_target(painter, at, image, target, origin))
        return false;
    QRegion region(QRect(origin, image.size()) & target->rect());
    const QRegion systemClip = painter->paintEngine()->systemClip();
    if (!systemClip.isEmpty())
        region &= systemClip;
    if (region.isEmpty())
        return true;

    const qsizetype fromStride = image.bytesPerLine();
    const qsizetype toStride = target->bytesPerLine();
    // The engine paints into these very bytes; bits() would detach a shared image from them.
    uchar *to = const_cast<uchar *>(target->constBits());
    std::vector<std::function<void()>> bands;
    qsizetype total = 0;
    for (const QRect &rect : region) {
        const qsizetype rowBytes = qsizetype{rect.width()} * 4;
        const int bandRows = static_cast<int>(std::max<qsizetype>(1, kBandBytes / rowBytes));
        for (int y = rect.top(); y <= rect.bottom(); y += bandRows) {
            const uchar *fromRow = image.constBits() + (y - origin.y()) * fromStride + qsizetype{rect.left() - origin.x()} * 4;
            uchar *toRow = to + y * toStride + qsizetype{rect.left()} * 4;
            const int rows = std::min(bandRows, rect.bottom() + 1 - y);
            bands.emplace_back([=] {
                for (int row = 0; row < rows; ++row)
                    std::memcpy(toRow + row * toStride, fromRow + row * fromStride, static_cast<std::size_t>(rowBytes));
            });
        }
        total += rowBytes * rect.height();
    }
    if (total < kSharedFrom) {
        for (const auto &band : bands)
            band();
        return true;
    }
    share_work(std::move(bands));
    return true;
}

} // namespace lre::ui
