#pragma once

#include "activationchart.h"
#include "mainwindow.h"

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

// Owns a shown main window and finds its controls by objectName, as a person finds them by label.
class WindowFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        window = std::make_unique<lre::ui::MainWindow>();
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

    QLineSeries *series(const char *name) const
    {
        return qobject_cast<QLineSeries *>(window->chart()->findSeries(QLatin1String(name)));
    }

    std::unique_ptr<lre::ui::MainWindow> window;
};
