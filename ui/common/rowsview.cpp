// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowsview.h"

#include <QPaintEngine>

namespace lre::ui {

QImage rows_view(const QImage &target, int top, int bottom, const QRegion &systemClip)
{
    QImage rows(const_cast<uchar *>(target.constBits()) + top * target.bytesPerLine(), target.width(), bottom - top,
                target.bytesPerLine(), target.format());
    if (systemClip.isEmpty())
        return rows;
    const QRegion clip = systemClip.translated(0, -top) & rows.rect();
    if (clip.isEmpty()) // an empty system clip would mean none at all
        return QImage();
    rows.paintEngine()->setSystemClip(clip);
    return rows;
}

} // namespace lre::ui
