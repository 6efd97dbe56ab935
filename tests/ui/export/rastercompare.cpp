// SPDX-License-Identifier: GPL-3.0-or-later
#include "rastercompare.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

namespace lre::test {

namespace {

// Runs program; its standard output, or a null QByteArray (and a test failure) when it is
// missing or fails.
QByteArray run_tool(const QString &program, const QStringList &arguments)
{
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty()) {
        ADD_FAILURE() << program.toStdString()
                      << " is missing: scripts/install-deps.sh installs it (librsvg2-bin, poppler-utils)";
        return {};
    }
    QProcess process;
    process.start(found, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    QByteArray out = process.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

QImage read_rgb(const QString &path)
{
    return QImage(path).convertToFormat(QImage::Format_RGB32);
}

} // namespace

int distance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b))});
}

QRect ink_box(const QImage &image, QRgb background, const QRect &area)
{
    const QRect inside = area & image.rect();
    QRect box;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            if (distance(image.pixel(x, y), background) > 96)
                box |= QRect(x, y, 1, 1);
    return box;
}

double mean_difference(const QImage &a, const QImage &b, const QRect &area)
{
    const QRect inside = area & a.rect() & b.rect();
    if (inside.isEmpty())
        return 0;
    double sum = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            sum += distance(a.pixel(x, y), b.pixel(x, y));
    return sum / (double(inside.width()) * inside.height());
}

int coloured_pixels(const QImage &image, const QRect &area)
{
    const QRect inside = area & image.rect();
    int count = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            const int high = std::max({qRed(p), qGreen(p), qBlue(p)});
            const int low = std::min({qRed(p), qGreen(p), qBlue(p)});
            count += high - low > 80 ? 1 : 0;
        }
    return count;
}

QImage rasterize_svg(const QString &svg, const QSize &size)
{
    const QString out = svg + QStringLiteral(".png");
    if (run_tool(QStringLiteral("rsvg-convert"),
                 {QStringLiteral("-w"), QString::number(size.width()), QStringLiteral("-h"),
                  QString::number(size.height()), QStringLiteral("-o"), out, svg})
            .isNull())
        return {};
    return read_rgb(out);
}

QImage rasterize_pdf(const QString &pdf, const QSize &size)
{
    const QString root = pdf + QStringLiteral(".raster");
    if (run_tool(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-scale-to-x"),
                  QString::number(size.width()), QStringLiteral("-scale-to-y"),
                  QString::number(size.height()), pdf, root})
            .isNull())
        return {};
    return read_rgb(root + QStringLiteral(".png"));
}

void expect_vectors_look_like_png(const QString &dir, const QString &stem,
                                  const std::function<bool(const QString &path)> &write,
                                  QRgb background, const QList<TextArea> &textAreas, double meanLimit)
{
    const QDir folder(dir);
    const QString png = folder.filePath(stem + QStringLiteral(".png"));
    const QString svg = folder.filePath(stem + QStringLiteral(".svg"));
    const QString pdf = folder.filePath(stem + QStringLiteral(".pdf"));
    for (const QString &path : {png, svg, pdf})
        ASSERT_TRUE(write(path)) << path.toStdString();
    const QImage reference = read_rgb(png);
    ASSERT_FALSE(reference.isNull());
    EXPECT_EQ(reference.pixel(0, 0), background);
    const QImage fromSvg = rasterize_svg(svg, reference.size());
    const QImage fromPdf = rasterize_pdf(pdf, reference.size());
    ASSERT_FALSE(fromSvg.isNull() || fromPdf.isNull());
    if (const QString keep = qEnvironmentVariable("LRE_RASTER_DIR"); !keep.isEmpty()) {
        const QDir out(keep);
        reference.save(out.filePath(stem + QStringLiteral("-png.png")));
        fromSvg.save(out.filePath(stem + QStringLiteral("-svg.png")));
        fromPdf.save(out.filePath(stem + QStringLiteral("-pdf.png")));
    }

    const QRect all = reference.rect();
    const int referenceColoured = coloured_pixels(reference, all);
    for (const auto &[label, image] : {std::pair{"SVG", fromSvg}, std::pair{"PDF", fromPdf}}) {
        SCOPED_TRACE(label);
        ASSERT_EQ(image.size(), reference.size());
        for (const QPoint corner : {all.topLeft(), all.topRight(), all.bottomLeft(), all.bottomRight()})
            EXPECT_LE(distance(image.pixel(corner), background), 2) << "corner " << corner.x() << ',' << corner.y();
        for (const TextArea &text : textAreas) {
            SCOPED_TRACE(text.name);
            const QRect expected = ink_box(reference, background, text.area);
            ASSERT_TRUE(expected.isValid());
            const QRect box = ink_box(image, background, text.area);
            ASSERT_TRUE(box.isValid());
            EXPECT_NEAR(box.height(), expected.height(), 1);
            EXPECT_NEAR(box.width(), expected.width(), std::max(2.0, expected.width() * 0.05));
            EXPECT_NEAR(box.center().x(), expected.center().x(), 3);
            EXPECT_NEAR(box.center().y(), expected.center().y(), 2);
            EXPECT_LT(mean_difference(image, reference, text.area), meanLimit * 2);
        }
        // Lines and markers: the saturated pixels are there in about the same number (antialiasing
        // differs between rasterizers; a missing series removes a third or more).
        const int coloured = coloured_pixels(image, all);
        EXPECT_NEAR(coloured, referenceColoured, referenceColoured * 0.2);
        EXPECT_LT(mean_difference(image, reference, all), meanLimit);
    }
}

QStringList svg_font_families(const QString &svg)
{
    QFile file(svg);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << svg.toStdString();
        return {};
    }
    QStringList families;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && xml.attributes().hasAttribute(QStringLiteral("font-family")))
            families += xml.attributes().value(QStringLiteral("font-family")).toString();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return families;
}

QStringList pdf_fonts(const QString &pdf)
{
    const QStringList lines = QString::fromUtf8(run_tool(QStringLiteral("pdffonts"), {pdf}))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // "name type encoding emb sub uni object ID", then a line of dashes, then the fonts.
    return lines.size() > 2 ? lines.mid(2) : QStringList();
}

} // namespace lre::test
