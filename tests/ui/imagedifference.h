// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>

#include <algorithm>
#include <cstdlib>
#include <ostream>

// How far apart two images are: pixels that differ, and the largest difference in any channel
// (0 to 255). Images of different sizes differ everywhere (largest 255).
struct ImageDifference {
    qint64 pixels = 0;
    int largest = 0;

    friend std::ostream &operator<<(std::ostream &out, const ImageDifference &d)
    {
        return out << d.pixels << " pixels differ, by up to " << d.largest << "/255";
    }
};

inline ImageDifference image_difference(const QImage &first, const QImage &second)
{
    if (first.size() != second.size())
        return {qint64(first.width()) * first.height(), 255};
    const QImage a = first.convertToFormat(QImage::Format_ARGB32);
    const QImage b = second.convertToFormat(QImage::Format_ARGB32);
    ImageDifference d;
    for (int y = 0; y < a.height(); ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (p[x] == q[x])
                continue;
            ++d.pixels;
            d.largest = std::max({d.largest, std::abs(qRed(p[x]) - qRed(q[x])), std::abs(qGreen(p[x]) - qGreen(q[x])),
                                  std::abs(qBlue(p[x]) - qBlue(q[x])), std::abs(qAlpha(p[x]) - qAlpha(q[x]))});
        }
    }
    return d;
}
