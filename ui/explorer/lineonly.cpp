// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineonly.h"

#include <QXYSeries>

namespace lre::ui {

bool paints_line_only(const QXYSeries *series)
{
    return !series->pointsVisible() && !series->pointLabelsVisible() && series->lightMarker().isNull()
        && series->selectedLightMarker().isNull() && series->pointsConfiguration().isEmpty()
        && series->selectedPoints().isEmpty() && !series->bestFitLineVisible();
}

} // namespace lre::ui
