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

// The mean over area of the difference (as distance) between each pixel and the nearest in colour
// of the other image's pixels within a pixel of it, the larger of the two ways, 0 to 255: each
// rasterizer puts text and lines on the pixel grid its own way, up to a pixel from the others.
double mean_difference(const QImage &a, const QImage &b, const QRect &area);

// Of the pixels of a saturated colour in from (the series' lines and markers; text, axes and
// grids are grey), the fraction that have a coloured pixel within 2 pixels in to: 1 when every
// line and marker of from is in to, whatever the antialiasing.
double coloured_found(const QImage &from, const QImage &to);

// Rasterizes an SVG with rsvg-convert or a PDF with pdftoppm at size; a null image (and a test
// failure) when the tool is missing or fails.
QImage rasterize_svg(const QString &svg, const QSize &size);
QImage rasterize_pdf(const QString &pdf, const QSize &size);

// What the areas of a page hold, to compare each on its own. Each rasterizer puts a line of text
// on the pixel grid its own way, so an area's ink may be a pixel taller or shorter a line it holds.
struct TextArea {
    std::string name;
    QRect area;
    int lines = 1;
};

// Writes dir/<stem>.png, .svg and .pdf through write, rasterizes the vector files at the PNG's
// size and expects each to look like the PNG: the background to the corners, in every text area
// the ink at the same height (within a pixel a line), width (within 5%) and place, the coloured lines
// and markers present, and the mean difference below meanLimit; and the fonts as above. With LRE_RASTER_DIR set, the
// three images are also copied there as <stem>-png.png, <stem>-svg.png and <stem>-pdf.png, to be
// looked at.
void expect_vectors_look_like_png(const QString &dir, const QString &stem,
                                  const std::function<bool(const QString &path)> &write,
                                  QRgb background, const QList<TextArea> &textAreas,
                                  double meanLimit = 2.5);

// Every font-family of the SVG names first a family installed here (fontconfig's, which librsvg
// uses too) and last the generic sans-serif, for viewers that have not got it.
void expect_svg_fonts_found(const QString &svg);

// pdffonts lists every font of the PDF as embedded.
void expect_pdf_fonts_embedded(const QString &pdf);

} // namespace lre::test
