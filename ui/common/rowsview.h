// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRegion>

namespace lre::ui {

// A view of target's rows [top, bottom): the same bytes, the same columns, for a painter of its
// own (two may paint one image's rows at once). systemClip (target's pixels; empty: none), a
// widget's repainted region, is moved onto the view's paint engine before any painter begins, as
// a widget's is (the engine reads it then). A null image when the clip leaves none of the rows.
QImage rows_view(const QImage &target, int top, int bottom, const QRegion &systemClip);

} // namespace lre::ui
