// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QXYSeries;

namespace lre::ui {

// Whether Qt Charts' item for the series paints its line and nothing else, reading its state but
// changing none of it (so its paint() may run on another thread while this one paints other
// items). Points, labels, markers, per-point settings, a selection or a best-fit line make it
// change its state as it paints, or reach past its bounding box.
bool paints_line_only(const QXYSeries *series);

} // namespace lre::ui
