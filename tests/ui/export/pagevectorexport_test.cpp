// SPDX-License-Identifier: GPL-3.0-or-later
// Every page that exports charts (the lab, the Sensitivity and the Claims pages) writes SVG and
// PDF files that librsvg and poppler draw like the page's PNG of the same size, in both themes:
// the background to the corners, the legends, axis labels and titles at the same size and place,
// the lines and markers present; the SVG's fonts found and the PDF's embedded.
#include "rastercompare.h"

#include "claimspage.h"
#include "dyingrelupage.h"
#include "labcharts.h"
#include "sensitivitypage.h"
#include "sweepcharts.h"
#include "theme.h"

#include "sweep.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

using lre::Theme;
using lre::ui::Page;

constexpr int kWaitMs = 120'000; // an upper bound for slow sanitizer builds, never a sleep

// The text around each chart's plot area: the legend or title above it, the x axis's labels and
// title below it, the y axis's to its left. The plot area's frame, grid and ticks stay out (thin
// grey lines that rasterizers antialias differently).
QList<lre::test::TextArea> chart_text_areas(QWidget *drawn)
{
    QList<QChartView *> views = drawn->findChildren<QChartView *>();
    if (auto *view = qobject_cast<QChartView *>(drawn))
        views = {view};
    QList<lre::test::TextArea> areas;
    constexpr int kTicks = 8;
    for (const QChartView *view : views) {
        if (!view->isVisibleTo(drawn) && view != drawn)
            continue;
        const QRect r(view->mapTo(drawn, QPoint()), view->size());
        const QRect plot = view->mapFromScene(view->chart()->plotArea()).boundingRect().translated(r.topLeft());
        const std::string name = view->objectName().toStdString();
        areas.append({name + " above", QRect(QPoint(r.left(), r.top()), QPoint(r.right(), plot.top() - 3))});
        // Below and left: the tick labels and the axis title.
        areas.append({name + " below", QRect(QPoint(r.left(), plot.bottom() + kTicks), r.bottomRight()), 2});
        areas.append({name + " left", QRect(QPoint(r.left(), plot.top()), QPoint(plot.left() - kTicks, plot.bottom())), 2});
    }
    return areas;
}

// Exports the page in both themes and compares each vector file with the PNG.
void expect_page_vectors_look_like_png(Page &page, QWidget *drawn, const char *stem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        SCOPED_TRACE(theme == Theme::Dark ? "dark" : "light");
        page.applyTheme(theme);
        // As in the window, where the event loop runs between a change and an export: charts lay
        // themselves out, and the items of axes they replaced go, on posted events.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        const QString name = QStringLiteral("%1-%2").arg(QLatin1String(stem), QLatin1String(theme == Theme::Dark ? "dark" : "light"));
        lre::test::expect_vectors_look_like_png(
            dir.path(), name,
            [&](const QString &path) {
                const auto result = page.exportTo({.path = path, .size = {}});
                EXPECT_TRUE(result.ok) << result.error.toStdString();
                return result.ok;
            },
            lre::ui::theme_colors(theme).chartBackground.rgb(), chart_text_areas(drawn));
    }
}

// Shows the page, which starts its run, and waits for the run to end.
template <typename PageType, typename Signal>
void show_and_wait(PageType &page, Signal finishedSignal)
{
    QSignalSpy finished(&page, finishedSignal);
    page.show();
    ASSERT_TRUE(finished.wait(kWaitMs));
}

// The lab with or without its learned-alpha network (a chart more when it is on).
void expect_lab_vectors_look_like_png(lre::PreluMode prelu, const char *stem)
{
    auto page = std::make_unique<lre::ui::DyingReluPage>();
    lre::LabParams params;
    params.epochs = 300;
    params.prelu = prelu;
    page->setParams(params);
    page->resize(1100, 800);
    show_and_wait(*page, &lre::ui::DyingReluPage::runFinished);
    expect_page_vectors_look_like_png(*page, page->charts(), stem);
}

// The Sensitivity page with or without the learned-alpha network (a chart more when it is on).
void expect_sensitivity_vectors_look_like_png(lre::PreluMode prelu, const char *stem)
{
    auto page = std::make_unique<lre::ui::SensitivityPage>();
    lre::SweepSpec spec = lre::default_lr_sweep(0.1);
    spec.values = lre::log_spaced(0.003, 0.3, 5);
    spec.seeds = 3;
    spec.base.epochs = 200;
    spec.base.hiddenUnits = 16;
    spec.base.prelu = prelu;
    page->setSpec(spec);
    page->resize(1000, 700);
    show_and_wait(*page, &lre::ui::SensitivityPage::sweepFinished);
    expect_page_vectors_look_like_png(*page, page->charts(), stem);
}

TEST(PageVectorExport, LabLooksLikeItsPng)
{
    expect_lab_vectors_look_like_png(lre::PreluMode::Off, "lab");
}

TEST(PageVectorExport, LabWithLearnedAlphaLooksLikeItsPng)
{
    expect_lab_vectors_look_like_png(lre::PreluMode::Shared, "lab-prelu");
}

TEST(PageVectorExport, SensitivityLooksLikeItsPng)
{
    expect_sensitivity_vectors_look_like_png(lre::PreluMode::Off, "sensitivity");
}

TEST(PageVectorExport, SensitivityWithLearnedAlphaLooksLikeItsPng)
{
    expect_sensitivity_vectors_look_like_png(lre::PreluMode::Shared, "sensitivity-prelu");
}

TEST(PageVectorExport, ClaimsLooksLikeItsPng)
{
    auto page = std::make_unique<lre::ui::ClaimsPage>();
    page->resize(1000, 800);
    page->show();
    QSignalSpy finished(page.get(), &lre::ui::ClaimsPage::reportFinished);
    page->rerun(200);
    ASSERT_TRUE(finished.wait(kWaitMs));
    auto *view = page->findChild<QChartView *>(QStringLiteral("bornDeadChartView"));
    ASSERT_NE(view, nullptr);
    expect_page_vectors_look_like_png(*page, view, "claims");
}

} // namespace
