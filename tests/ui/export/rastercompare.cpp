// SPDX-License-Identifier: GPL-3.0-or-later
#include "rastercompare.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#if defined(__SANITIZE_THREAD__)
#define LRE_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define LRE_UNDER_TSAN 1
#endif
#endif

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

namespace {

// Mean over area of each pixel of a's smallest difference to the pixels of b within a pixel of it.
double mean_nearest_difference(const QImage &a, const QImage &b, const QRect &inside)
{
    double sum = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QRgb p = a.pixel(x, y);
            int nearest = 255;
            for (int v = std::max(0, y - 1); v <= std::min(b.height() - 1, y + 1); ++v)
                for (int u = std::max(0, x - 1); u <= std::min(b.width() - 1, x + 1); ++u)
                    nearest = std::min(nearest, distance(p, b.pixel(u, v)));
            sum += nearest;
        }
    return sum / (double(inside.width()) * inside.height());
}

} // namespace

double mean_difference(const QImage &a, const QImage &b, const QRect &area)
{
    const QRect inside = area & a.rect() & b.rect();
    if (inside.isEmpty())
        return 0;
    return std::max(mean_nearest_difference(a, b, inside), mean_nearest_difference(b, a, inside));
}

double coloured_found(const QImage &from, const QImage &to)
{
    const auto saturation = [](QRgb p) {
        return std::max({qRed(p), qGreen(p), qBlue(p)}) - std::min({qRed(p), qGreen(p), qBlue(p)});
    };
    constexpr int kColoured = 80; // in from; in to a fainter 40 counts, for antialiased edges
    constexpr int kReach = 2;
    long coloured = 0;
    long found = 0;
    for (int y = 0; y < from.height(); ++y)
        for (int x = 0; x < from.width(); ++x) {
            if (saturation(from.pixel(x, y)) <= kColoured)
                continue;
            ++coloured;
            bool near = false;
            for (int v = std::max(0, y - kReach); !near && v <= std::min(to.height() - 1, y + kReach); ++v)
                for (int u = std::max(0, x - kReach); !near && u <= std::min(to.width() - 1, x + kReach); ++u)
                    near = saturation(to.pixel(u, v)) > kColoured / 2;
            found += near ? 1 : 0;
        }
    return coloured == 0 ? 1.0 : double(found) / double(coloured);
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
#ifdef LRE_UNDER_TSAN
    // clang 14's ThreadSanitizer aborts in the child of QProcess's fork (ForkAfter: CHECK failed):
    // the pages' runs and the three exports were checked all the same; every other build
    // compares the images.
    GTEST_SKIP() << "no rasterizer under ThreadSanitizer";
#endif
    const QImage fromSvg = rasterize_svg(svg, reference.size());
    const QImage fromPdf = rasterize_pdf(pdf, reference.size());
    ASSERT_FALSE(fromSvg.isNull() || fromPdf.isNull());
    if (const QString keep = qEnvironmentVariable("LRE_RASTER_DIR"); !keep.isEmpty()) {
        const QDir out(keep);
        reference.save(out.filePath(stem + QStringLiteral("-png.png")));
        fromSvg.save(out.filePath(stem + QStringLiteral("-svg.png")));
        fromPdf.save(out.filePath(stem + QStringLiteral("-pdf.png")));
    }

    expect_svg_fonts_found(svg);
    expect_pdf_fonts_embedded(pdf);

    const QRect all = reference.rect();
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
            EXPECT_NEAR(box.height(), expected.height(), text.lines);
            EXPECT_NEAR(box.width(), expected.width(), std::max(2.0, expected.width() * 0.05));
            EXPECT_NEAR(box.center().x(), expected.center().x(), 3);
            EXPECT_NEAR(box.center().y(), expected.center().y(), 2);
            EXPECT_LT(mean_difference(image, reference, text.area), meanLimit * 2);
        }
        // Lines and markers where the PNG has them, and none where it has none: 1 when right;
        // the legend's markers missing from the lab's PDF measured 0.987, markers drawn whole
        // across the plot area's edge in the Sensitivity SVG 0.986.
        EXPECT_GE(coloured_found(reference, image), 0.99);
        EXPECT_GE(coloured_found(image, reference), 0.99);
        EXPECT_LT(mean_difference(image, reference, all), meanLimit);
    }
}

void expect_svg_fonts_found(const QString &svg)
{
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << svg.toStdString();
    const QStringList installed = QFontDatabase::families();
    QXmlStreamReader xml(&file);
    int values = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement
            || !xml.attributes().hasAttribute(QStringLiteral("font-family")))
            continue;
        ++values;
        const QString value = xml.attributes().value(QStringLiteral("font-family")).toString();
        QStringList families = value.split(QLatin1Char(','));
        for (QString &family : families) {
            family = family.trimmed();
            if (family.size() > 1 && (family.startsWith(QLatin1Char('\'')) || family.startsWith(QLatin1Char('"'))))
                family = family.mid(1, family.size() - 2);
        }
        ASSERT_GE(families.size(), 2) << value.toStdString();
        EXPECT_TRUE(installed.contains(families.first())) << "not installed: " << value.toStdString();
        EXPECT_EQ(families.last(), QStringLiteral("sans-serif")) << value.toStdString();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(values, 0) << "no text in " << svg.toStdString();
}

void expect_pdf_fonts_embedded(const QString &pdf)
{
    const QStringList lines = QString::fromUtf8(run_tool(QStringLiteral("pdffonts"), {pdf}))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // "name type encoding emb sub uni object ID", a line of dashes, then a line a font.
    ASSERT_GT(lines.size(), 2) << "no fonts in " << pdf.toStdString();
    for (const QString &line : lines.mid(2)) {
        // The type may be two words: emb is the fifth field from the end.
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(fields.size(), 6) << line.toStdString();
        EXPECT_EQ(fields.at(fields.size() - 5), QStringLiteral("yes")) << "not embedded: " << line.toStdString();
    }
}

} // namespace lre::test
