// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QChart;
class QGraphicsItem;
class QGraphicsItemGroup;

namespace lre::ui {

// The group under the chart that a setter of one of its axes shows and hides: Qt Charts keeps
// each part of an axis (grid, line and ticks, labels) in a group of its own. None if the setter
// toggles anything but groups.
QGraphicsItem *group_toggled_by(QChart *chart, const std::function<void(bool)> &set, bool now);

// A hidden group of ours in the place of one of Qt Charts': the same parent, stacking and
// placement, so that what it holds is painted where theirs is: just before it, or just after.
enum class Painted { Before, After };
QGraphicsItemGroup *group_in_place_of(QGraphicsItem *theirs, Painted painted = Painted::Before);

} // namespace lre::ui
