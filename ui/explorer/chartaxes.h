// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "axis.h"

#include <QString>

#include <vector>

class QCategoryAxis;
class QValueAxis;

namespace lre::ui {

// The explorer's axes from core/axis scales: x labels placed by hand at exact multiples of the
// step, y axes that end on ticks.
QCategoryAxis *make_x_axis(const QString &objectName, const QString &title);
QValueAxis *make_y_axis(const QString &objectName, const QString &title);
void apply_scale(QValueAxis *axis, const AxisScale &scale);
void apply_ticks(QCategoryAxis *axis, const AxisScale &scale);
// These of the scale's ticks as the categories (a stand-in draws the other ticks' labels).
void apply_ticks(QCategoryAxis *axis, const AxisScale &scale, const std::vector<Tick> &ticks);
// The start value an axis's first category gets: far left of the range, its line never shown.
double category_start(const AxisScale &scale);
// The range alone, with no categories (an axis whose grid and ticks another draws: AxisStandIn).
void apply_range(QCategoryAxis *axis, const AxisScale &scale);

} // namespace lre::ui
