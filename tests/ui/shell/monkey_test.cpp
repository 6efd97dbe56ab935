// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "axis.h"
#include "chartview.h"
#include "curves.h"
#include "validation.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QTemporaryDir>
#include <QCategoryAxis>
#include <QValueAxis>
#include <QKeyEvent>
#include <QWheelEvent>

#include <cmath>
#include <random>

namespace {

QStringList g_warnings;

void collect_warnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The offscreen platform's own notices are not about our values.
    if (type == QtDebugMsg || type == QtInfoMsg
        || message.contains(QLatin1String("propagateSizeHints"))
        || message.startsWith(QLatin1String("QStandardPaths")))
        return;
    g_warnings.append(message);
}

QList<QPointF> points_of(const lre::Polyline &line)
{
    QList<QPointF> points;
    for (const auto &p : line)
        points.append(QPointF(p.x, p.y));
    return points;
}

class Monkey : public WindowFixture {
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        g_warnings.clear();
        m_previousHandler = qInstallMessageHandler(collect_warnings);
        slider = child<QSlider>("alphaSlider");
        alphaSpin = child<QDoubleSpinBox>("alphaSpin");
        xMin = child<QDoubleSpinBox>("xMinSpin");
        xMax = child<QDoubleSpinBox>("xMaxSpin");
        gradients = child<QCheckBox>("gradientsCheck");
        convention = child<QComboBox>("zeroGradientCombo");
        view = child<lre::ui::ChartView>("chartView");
    }

    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        WindowFixture::TearDown();
    }

    // What must hold after every action, whatever it was.
    void checkInvariants(int step, const char *action)
    {
        const lre::PlotParams &p = explorer()->params();
        SCOPED_TRACE(testing::Message() << "step " << step << " after " << action << ": alpha " << p.alpha
                                        << " x " << p.xMin << ".." << p.xMax);
        ASSERT_TRUE(lre::is_valid(p));
        ASSERT_EQ(slider->value(), std::lround(std::clamp(p.alpha, 0.0, 1.0) * 1000));
        ASSERT_EQ(alphaSpin->value(), p.alpha);
        ASSERT_EQ(xMin->value(), p.xMin);
        ASSERT_EQ(xMax->value(), p.xMax);
        ASSERT_LE(xMin->maximum(), p.xMax);
        ASSERT_GE(xMax->minimum(), p.xMin);
        ASSERT_EQ(gradients->isChecked(), p.showGradients);
        ASSERT_EQ(convention->currentIndex(), p.zeroGradient == lre::ZeroGradient::LeftLimit ? 0 : 1);
        const auto *chart = this->chart();
        ASSERT_EQ(chart->params(), p);
        const lre::Curves curves = lre::exact_curves(p);
        ASSERT_EQ(series("leakyReluSeries")->points(), points_of(curves.leakyRelu));
        ASSERT_EQ(series("reluSeries")->points(), points_of(curves.relu));
        ASSERT_EQ(chart->axisX()->min(), p.xMin);
        ASSERT_EQ(chart->axisX()->max(), p.xMax);
        const auto f = lre::function_extent(curves);
        ASSERT_LE(chart->axisFunction()->min(), f.min);
        ASSERT_GE(chart->axisFunction()->max(), f.max);
        const auto g = lre::gradient_extent(curves);
        ASSERT_LE(chart->axisGradient()->min(), g.min);
        ASSERT_GE(chart->axisGradient()->max(), g.max);
        ASSERT_EQ(chart->gradientChart()->isVisible(), p.showGradients);
        ASSERT_TRUE(g_warnings.isEmpty()) << g_warnings.join('\n').toStdString();
    }

    QSlider *slider = nullptr;
    QDoubleSpinBox *alphaSpin = nullptr;
    QDoubleSpinBox *xMin = nullptr;
    QDoubleSpinBox *xMax = nullptr;
    QCheckBox *gradients = nullptr;
    QComboBox *convention = nullptr;
    lre::ui::ChartView *view = nullptr;

private:
    QtMessageHandler m_previousHandler = nullptr;
};

void wheel(QWidget *target, QPoint pos, int delta)
{
    QWheelEvent event(QPointF(pos), target->mapToGlobal(QPointF(pos)), QPoint(), QPoint(0, delta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

TEST_F(Monkey, TenThousandRandomActionsKeepEveryInvariant)
{
    constexpr int kActions = 10'000;
    std::mt19937 rng(20261126);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    const QStringList texts = {"0.5", "abc", "", "-", "1e309", "99", "-10.0001", "nan", "0.0125",
                               "-3", "1e6", "-1e6", "5e-7", "0,5", "--1", "2.5e2", "+7", "0x10",
                               "999999.9999995", "inf", "12345678901234567890"};
    const int keys[] = {Qt::Key_Left, Qt::Key_Right, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home,
                        Qt::Key_End, Qt::Key_Up, Qt::Key_Down};
    QTemporaryDir exports;
    QList<QPushButton *> presets = window->findChildren<QPushButton *>(
        QRegularExpression(QStringLiteral("^preset_")));
    ASSERT_EQ(presets.size(), 4);
    int exportsWritten = 0;

    for (int step = 0; step < kActions; ++step) {
        const char *action = "";
        switch (pick(16)) {
        case 0:
            action = "slider key";
            QTest::keyClick(slider, static_cast<Qt::Key>(keys[pick(6)]));
            break;
        case 1:
            action = "slider drag";
            slider->setSliderDown(true);
            slider->setValue(pick(1001));
            slider->setSliderDown(false);
            break;
        case 2:
        case 3: {
            action = "typing";
            QDoubleSpinBox *spin = std::array{alphaSpin, xMin, xMax}[pick(3)];
            spin->setFocus();
            spin->selectAll();
            QTest::keyClicks(spin, texts[pick(static_cast<int>(texts.size()))]);
            if (pick(4) == 0) {
                // Text QTest cannot type: a non-ASCII character.
                QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QStringLiteral("é"));
                QApplication::sendEvent(spin, &key);
            }
            QTest::keyClick(spin, pick(2) ? Qt::Key_Enter : Qt::Key_Tab);
            break;
        }
        case 4:
            action = "spin step";
            QTest::keyClick(std::array{alphaSpin, xMin, xMax}[pick(3)],
                            static_cast<Qt::Key>(keys[6 + pick(2)]));
            break;
        case 5:
            action = "spin wheel";
            wheel(std::array<QWidget *, 3>{alphaSpin, xMin, xMax}[pick(3)], QPoint(5, 5),
                  pick(2) ? 120 : -120);
            break;
        case 6:
        case 7:
            action = "chart wheel";
            wheel(view->viewport(),
                  QPoint(pick(view->viewport()->width()), pick(view->viewport()->height())),
                  (pick(2) ? 1 : -1) * (30 + pick(480)));
            break;
        case 8: {
            action = "chart drag";
            const QPoint from(pick(view->viewport()->width()), pick(view->viewport()->height()));
            const QPoint to = from + QPoint(pick(400) - 200, pick(100) - 50);
            QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
            QTest::mouseMove(view->viewport(), to);
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, to);
            break;
        }
        case 9:
            action = "theme";
            QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
            break;
        case 10:
            action = "gradients";
            if (pick(2))
                QTest::mouseClick(gradients, Qt::LeftButton);
            else
                convention->setCurrentIndex(pick(2));
            break;
        case 11:
            action = "preset";
            QTest::mouseClick(presets[pick(4)], Qt::LeftButton);
            break;
        case 12:
            action = pick(8) == 0 ? "reset" : "double-click";
            if (action[0] == 'r')
                QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
            else
                QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                                   view->viewport()->rect().center());
            break;
        case 13:
            action = "resize";
            window->resize(window->minimumWidth() + pick(900), window->minimumHeight() + pick(500));
            break;
        case 14:
            action = "hover";
            QTest::mouseMove(view->viewport(), QPoint(pick(view->viewport()->width()),
                                                      pick(view->viewport()->height())));
            break;
        case 15:
            action = "export";
            if (pick(20) == 0) {
                const char *suffix = std::array{"png", "svg", "csv", "pdf"}[pick(4)];
                const QString file = exports.filePath(QStringLiteral("m%1.%2").arg(step).arg(QLatin1String(suffix)));
                const auto result = explorer()->exportTo({.path = file,
                                                          .size = QSize(64 + pick(200), 48 + pick(150)),
                                                          .scale = 1 + pick(2),
                                                          .samples = 2 + pick(50)});
                ASSERT_TRUE(result.ok) << result.error.toStdString();
                ++exportsWritten;
            } else {
                QTest::keyClick(slider, Qt::Key_Space); // play / stop
            }
            break;
        }
        if (step % 16 == 0)
            QCoreApplication::processEvents();
        checkInvariants(step, action);
        if (HasFatalFailure())
            return;
    }
    EXPECT_GT(exportsWritten, 10);
    EXPECT_EQ(QDir(exports.path()).entryList(QDir::Files).size(), exportsWritten);
}

} // namespace
