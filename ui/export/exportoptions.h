// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportfile.h"

#include <QList>
#include <QSize>
#include <QString>

namespace lre::ui {

// What a page can export, so the Export dialog offers exactly that.
struct ExportOptions {
    QList<ExportFormat> formats;
    QString dialogTitle;
    QString defaultFileName; // with the first format's extension
    QSize size;              // the drawing's size in logical pixels, as the page shows it now
    bool sizeEditable = false; // images and vectors can be drawn at another size
    bool samplesApply = false; // CSV holds a chosen number of evenly spaced rows
};

// What the person chose in the dialog (or a test, or the command line).
struct ExportChoice {
    QString path;
    QSize size;
    int scale = 1;      // device pixels per logical pixel, for images
    long samples = 101; // CSV rows, where they apply
};

} // namespace lre::ui
