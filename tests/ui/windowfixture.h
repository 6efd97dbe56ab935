// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activationchart.h"
#include "chartview.h"
#include "dyingrelupage.h"
#include "explorerpage.h"
#include "mainwindow.h"
#include "pages.h"

#include <QLineSeries>
#include <QSlider>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

// Owns a shown main window with every page and finds its controls by objectName, as a person
// finds them by label.
class WindowFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        pages = lre::ui::make_pages();
        window = std::make_unique<lre::ui::MainWindow>(pages.all());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override { window.reset(); }

    template <typename T>
    T *child(const char *name) const
    {
        T *found = window->findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    lre::ui::ExplorerPage *explorer() const { return pages.explorer; }
    lre::ui::DyingReluPage *lab() const { return pages.dyingRelu; }
    lre::ui::ChartView *chartView() const { return child<lre::ui::ChartView>("chartView"); }
    lre::ui::ActivationChart *chart() const { return chartView()->activationChart(); }
    QSize chartSize() const { return chartView()->viewport()->size(); }

    QLineSeries *series(const char *name) const
    {
        return qobject_cast<QLineSeries *>(chart()->findSeries(QLatin1String(name)));
    }

    lre::ui::Pages pages;
    std::unique_ptr<lre::ui::MainWindow> window;
};
