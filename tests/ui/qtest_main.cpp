// SPDX-License-Identifier: GPL-3.0-or-later
#include "offscreenscreens.h"

#include <QApplication>

#include <gtest/gtest.h>

// The QApplication is made only when tests run, never when they are listed, so that
// gtest_discover_tests works on a machine with no display.
int main(int argc, char *argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    if (::testing::GTEST_FLAG(list_tests))
        return RUN_ALL_TESTS();
    const QString screens = use_offscreen_screens_at_1x_and_2x();
    QApplication app(argc, argv);
    if (!screens.isEmpty())
        QFile::remove(screens);
    return RUN_ALL_TESTS();
}
