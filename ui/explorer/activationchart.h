// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "branchedline.h"
#include "gradientcurve.h"
#include "theme.h"

#include "curves.h"
#include "plotparams.h"
#include "textvalues.h"

#include <QGraphicsWidget>

#include <memory>
#include <vector>

class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace lre::ui {

class AxisStandIn;
class ValueAxisStandIn;
class CategoryLabelStandIn;
class ChartStack;
class PinLayer;
class StaticLayer;
class SplitRows;
class StrokeCache;
class KeptStroke;

// The one chart builder: the window, the export dialog and the command line all draw through it.
// The functions sit on top; the gradients, whose values stay near [0, 1] whatever the x range,
// get a chart of their own below with the same x axis, plot areas aligned, so both read at once.
class ActivationChart final : public QGraphicsWidget {
    Q_OBJECT

public:
    explicit ActivationChart(QGraphicsItem *parent = nullptr);
    ~ActivationChart() override;

    void setParams(const PlotParams &params);
    const PlotParams &params() const { return m_params; }
    const Curves &curves() const { return m_curves; }

    // Reference Leaky ReLU curves (at most kMaxPins), each with its gradient. Their curves are
    // made here and when the range or the x = 0 convention changes, never on an alpha step.
    // Each has a legend entry (a series without points); a PinLayer draws them.
    void setPins(const Pins &pins);
    const Pins &pins() const { return m_pins; }
    const std::vector<PinnedCurve> &pinnedCurves() const { return m_pinCurves; }
    int pinCurveUpdates() const { return m_pinCurveUpdates; } // how often they were made (tests)
    // The pixel caches of the screen — the pins' layer and the static layer (backgrounds, grid,
    // axes and labels, which an alpha step does not change); exports turn them off, so that SVG
    // and PDF get vector paths.
    void setPixelCaches(bool cached);
    // The static layer alone (tests compare frames with it and without it).
    void setStaticLayerEnabled(bool on);
    int staticLayerRebuilds() const;     // how often the static layer was painted (tests, benchmarks)
    int staticLayerDirectFrames() const; // frames of a drag, painted without it
    int staticLayerSharedFrames() const; // frames whose static items were painted in two bands at once
    // The kept pixels of ReLU and of Leaky ReLU's right branch, the left branch painted in halves
    // and the static items in two bands, alone (tests compare frames with them and without them).
    void setLineCachesEnabled(bool on);
    int lineCacheRebuilds() const; // how often they were kept anew (tests)
    // Waits for whatever the helper thread is still painting of the lines (a frame's end).
    void finishLineWork();
    int preparedLineFrames() const; // frames that blended ReLU's pixels made by the helper meanwhile (tests)
    int rightBranchPreparedFrames() const; // the same for Leaky ReLU's right branch, a static item
    int splitLineFrames() const;   // frames whose left branch was painted in halves (tests)
    // While the gradient chart labels x, the function chart's x axis has its grid, ticks and line
    // drawn by an AxisStandIn (on by default; tests compare frames with it and without it).
    void setAxisStandIn(bool on);
    const AxisStandIn *xAxisStandIn() const { return m_xStandIn.get(); }
    // The axes that move with a zoom draw only the labels near their edges: the function chart's
    // y axis its end ticks, the gradient chart's x axis the ticks near the plot's sides. The
    // rest are drawn by a ValueAxisStandIn and a CategoryLabelStandIn, the x grid and ticks by an
    // AxisStandIn (on by default; tests compare frames with them and without them).
    void setLabelStandIns(bool on);
    const ValueAxisStandIn *yAxisStandIn() const { return m_yStandIn.get(); }
    const CategoryLabelStandIn *xLabelStandIn() const { return m_gradXLabels.get(); }

    // Fonts, lines and markers at chart_style::kPresentationScale for a lecture hall.
    void setPresentation(bool on);
    bool isPresentation() const { return m_scale != 1.0; }

    void applyTheme(Theme theme);
    Theme colorTheme() const { return m_theme; }
    QColor backgroundColor() const;

    QChart *functionChart() const { return m_functions; }
    QChart *gradientChart() const { return m_gradients; }
    QCategoryAxis *axisX() const { return m_axisX; }
    QCategoryAxis *axisGradientX() const { return m_gradAxisX; }
    QValueAxis *axisFunction() const { return m_axisY; }
    QValueAxis *axisGradient() const { return m_gradAxisY; }
    QString title() const;
    // A series of either chart by objectName (tests and the monkey test look them up this way).
    QAbstractSeries *findSeries(const QString &objectName) const;

    // Lays the charts out now (export and tests cannot wait for the event loop).
    void layoutNow();
    // The x value under a point in this item's coordinates, if it is inside a plot area.
    std::optional<double> xAt(QPointF pos) const;
    QRectF plotAreaOf(const QChart *chart) const;

    static QString titleFor(double alpha);
    static QString pinLabel(double alpha); // "α = 0.01", as the legend shows it

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void setGradientsVisible(bool visible);
    void updateAxes();
    void placeTitle();
    int xTargetTicks() const;
    int functionTargetTicks() const;
    void updateXTicks(bool force);
    void updateStandIn();
    void placeStandIn();
    void placeLabelStandIns();
    void measureNeeds(int index);
    void updatePinCurves();
    void stylePins();
    void applyScale();
    void syncPinLayer();
    void placeLegend();
    QByteArray staticKey() const;

    PlotParams m_params;
    Curves m_curves;
    int m_xTicksFor = 0; // the tick counts the labels were made for
    int m_yTicksFor = 0;
    Theme m_theme = Theme::Light;
    bool m_inLayoutNow = false;
    bool m_layoutQueued = false;
    std::unique_ptr<ChartStack> m_stack;
    QGraphicsSimpleTextItem *m_title = nullptr;
    QChart *m_functions = nullptr;
    QChart *m_gradients = nullptr;
    QCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QCategoryAxis *m_gradAxisX = nullptr;
    QValueAxis *m_gradAxisY = nullptr;
    BranchedLine m_leaky;
    QLineSeries *m_relu = nullptr;
    GradientCurve m_leakyGrad;
    GradientCurve m_reluGrad;
    Pins m_pins;
    std::vector<PinnedCurve> m_pinCurves;
    std::vector<QLineSeries *> m_pinSeries; // legend entries
    PinLayer *m_pinLayer = nullptr;
    std::unique_ptr<StaticLayer> m_staticLayer;
    std::vector<StrokeCache *> m_lineCaches; // owned by their chart items
    SplitRows *m_leftBranchHalves = nullptr;  // owned by its chart item
    std::unique_ptr<KeptStroke> m_rightBranchPixels;
    std::unique_ptr<AxisStandIn> m_xStandIn;
    bool m_standInWanted = true;
    std::unique_ptr<ValueAxisStandIn> m_yStandIn;
    std::unique_ptr<AxisStandIn> m_gradXLines;
    std::unique_ptr<CategoryLabelStandIn> m_gradXLabels;
    bool m_labelsNeedLayout = false;
    std::vector<double> m_xBoundaries; // of the x axes' categories
    int m_pinCurveUpdates = 0;
    qreal m_scale = 1.0;
    struct BaseFonts {
        QFont labels;
        QFont axisTitle;
        QFont legend;
        QFont title;
    } m_baseFonts;
};

} // namespace lre::ui
