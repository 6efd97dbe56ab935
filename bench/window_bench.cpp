#include "activationchart.h"
#include "mainwindow.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace {

// Per-iteration times, so that the median and p99 the targets speak of can be reported.
void report_percentiles(benchmark::State &state, std::vector<double> &ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
}

// The window's chart, laid out at 1280x800 and rendered in full into an image, as a frame is.
class Frame {
public:
    explicit Frame(lre::ui::MainWindow &window)
        : m_chart(window.chart())
        , m_image(1280, 800, QImage::Format_ARGB32_Premultiplied)
    {
        m_chart->setGeometry(QRectF(0, 0, 1280, 800));
        m_chart->layoutNow();
    }

    void render()
    {
        QPainter painter(&m_image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        m_chart->scene()->render(&painter, QRectF(0, 0, 1280, 800), m_chart->geometry());
    }

private:
    lre::ui::ActivationChart *m_chart;
    QImage m_image;
};

void BM_LiveUpdate(benchmark::State &state)
{
    lre::ui::MainWindow window;
    Frame frame(window);
    std::vector<double> ms;
    int step = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        // The slot the slider calls: alpha sweeps [0, 1] so no two iterations are alike.
        window.setAlpha((step++ % 1000) / 1000.0);
        frame.render();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    report_percentiles(state, ms);
}

void BM_RangeChange(benchmark::State &state)
{
    lre::ui::MainWindow window;
    Frame frame(window);
    std::vector<double> ms;
    int step = 0;
    for (auto _ : state) {
        const double width = 1.0 + (step % 97) * 3.7;
        const auto start = std::chrono::steady_clock::now();
        window.setXRange(-width * 0.6 - (step % 7), width * 0.4 + (step % 5));
        frame.render();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        ++step;
    }
    report_percentiles(state, ms);
}

} // namespace

BENCHMARK(BM_LiveUpdate)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_RangeChange)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
