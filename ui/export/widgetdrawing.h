// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfile.h"

class QWidget;

namespace lre::ui {

// A page's widget (its charts, say) as it is laid out now, as a Drawing at its size: the same
// picture for Copy Image, PNG, JPEG, SVG and PDF.
Drawing widget_drawing(QWidget *widget, const QColor &background, const QString &title,
                       const QString &description);

} // namespace lre::ui
