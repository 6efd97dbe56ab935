// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "axis.h"

#include <QString>

class QCategoryAxis;
class QValueAxis;

namespace lre::ui {

// The explorer's axes from core/axis scales: x labels placed by hand at exact multiples of the
// step, y axes that end on ticks.
QCategoryAxis *make_x_axis(const QString &objectName, const QString &title);
QValueAxis *make_y_axis(const QString &objectName, const QString &title);
void apply_scale(QValueAxis *axis, const AxisScale &scale);
void apply_ticks(QCategoryAxis *axis, const AxisScale &scale);

} // namespace lre::ui
