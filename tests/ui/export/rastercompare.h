// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opens SVG and PDF exports with the tools people use (librsvg's rsvg-convert, poppler's
// pdftoppm) and compares what they draw with the PNG of the same drawing and size.

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

namespace lre::test {

// The largest channel difference of two colours, 0 to 255.
int distance(QRgb a, QRgb b);

// The box of the ink (pixels far from the background) inside area.
QRect ink_box(const QImage &image, QRgb background, const QRect &area);

// Mean of the largest channel difference per pixel over area, 0 to 255.
double mean_difference(const QImage &a, const QImage &b, const QRect &area);

// Pixels of a saturated colour (the series' lines and markers; text, axes and grids are grey).
int coloured_pixels(const QImage &image, const QRect &area);

// Rasterizes an SVG with rsvg-convert or a PDF with pdftoppm at size; a null image (and a test
// failure) when the tool is missing or fails.
QImage rasterize_svg(const QString &svg, const QSize &size);
QImage rasterize_pdf(const QString &pdf, const QSize &size);

// What the areas of a page hold, to compare each on its own.
struct TextArea {
    std::string name;
    QRect area;
};

// Writes dir/<stem>.png, .svg and .pdf through write, rasterizes the vector files at the PNG's
// size and expects each to look like the PNG: the background to the corners, in every text area
// the ink at the same height (within a pixel), width (within 5%) and place, the coloured lines
// and markers present, and the mean difference below meanLimit. With LRE_RASTER_DIR set, the
// three images are also copied there as <stem>-png.png, <stem>-svg.png and <stem>-pdf.png, to be
// looked at.
void expect_vectors_look_like_png(const QString &dir, const QString &stem,
                                  const std::function<bool(const QString &path)> &write,
                                  QRgb background, const QList<TextArea> &textAreas,
                                  double meanLimit = 2.5);

// The font-family values of every element of an SVG file.
QStringList svg_font_families(const QString &svg);

// pdffonts' table of a PDF, one line a font, without the header.
QStringList pdf_fonts(const QString &pdf);

} // namespace lre::test
