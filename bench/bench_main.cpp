// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreenscreens.h"

#include <QApplication>

#include <benchmark/benchmark.h>

int main(int argc, char *argv[])
{
    // Software raster, no display: the figures are for the machine's CPU alone. Windows are
    // measured on a screen at 1x and one at 2x.
    const QString screens = use_offscreen_screens_at_1x_and_2x();
    QApplication app(argc, argv);
    if (!screens.isEmpty())
        QFile::remove(screens);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
