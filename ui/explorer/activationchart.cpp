// SPDX-License-Identifier: GPL-3.0-or-later
#include "activationchart.h"
#include "numbertext.h"

#include "axisstandin.h"
#include "valueaxisstandin.h"
#include "categorylabelstandin.h"
#include "chartaxes.h"
#include "chartstack.h"
#include "chartstyle.h"
#include "gradientcurve.h"
#include "markerbox.h"
#include "pinlayer.h"
#include "staticlayer.h"
#include "splitrows.h"
#include "strokecache.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QDataStream>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

constexpr int kMargin = 8;

QString alpha_text(double alpha)
{
    QString text = QString::number(alpha, 'f', 4);
    while (text.endsWith(QLatin1Char('0')) && text.indexOf(QLatin1Char('.')) < text.size() - 3)
        text.chop(1);
    // As many decimals (2 to 4), in the user's locale.
    return shown_number(alpha, 'f', static_cast<int>(text.size() - text.indexOf(QLatin1Char('.')) - 1));
}

} // namespace

ActivationChart::ActivationChart(QGraphicsItem *parent)
    : QGraphicsWidget(parent)
{
    m_functions = make_chart(QStringLiteral("functionChart"), QMargins(kMargin, kMargin, kMargin, 2));
    m_title = new QGraphicsSimpleTextItem(this);
    QFont titleFont = m_functions->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_baseFonts.title = titleFont;
    m_title->setZValue(1);
    m_gradients = make_chart(QStringLiteral("gradientChart"), QMargins(kMargin, 0, kMargin, kMargin));
    // Below this the x labels of the gradient chart no longer fit and Qt elides them.
    m_gradients->setMinimumHeight(125);
    m_stack = std::make_unique<ChartStack>(this, m_functions, m_gradients, kMargin);
    // This item fills its whole rectangle with the charts' background colour (paint()): their own
    // backgrounds would paint every pixel of it again.
    m_functions->setBackgroundVisible(false);
    m_gradients->setBackgroundVisible(false);

    m_axisX = make_x_axis(QStringLiteral("axisX"), tr("x"));
    m_axisY = make_y_axis(QStringLiteral("axisFunction"), tr("f(x)"));
    m_gradAxisX = make_x_axis(QStringLiteral("axisGradientX"), tr("x"));
    m_gradAxisY = make_y_axis(QStringLiteral("axisGradient"), tr("f′(x)"));
    // The gradients share the functions' colours and pen styles, so one legend serves both.
    m_functions->legend()->setAlignment(Qt::AlignTop);
    m_gradients->legend()->hide();
    m_functions->addAxis(m_axisX, Qt::AlignBottom);
    m_functions->addAxis(m_axisY, Qt::AlignLeft);
    m_gradients->addAxis(m_gradAxisX, Qt::AlignBottom);
    m_gradients->addAxis(m_gradAxisY, Qt::AlignLeft);
    m_xStandIn = std::make_unique<AxisStandIn>(m_functions, m_axisX);
    m_yStandIn = std::make_unique<ValueAxisStandIn>(m_functions, m_axisY);
    m_gradXLines = std::make_unique<AxisStandIn>(m_gradients, m_gradAxisX);
    m_gradXLabels = std::make_unique<CategoryLabelStandIn>(m_gradients, m_gradAxisX);
    // The labels stand in only with the lines: Qt Charts draws lines at the categories it has.
    m_gradXLabels->setEnabled(m_gradXLines->isAvailable());
    m_gradXLines->setActive(m_gradXLabels->isAvailable());

    // Later series are drawn on top: dashed ReLU over solid Leaky ReLU, so both stay visible
    // where they coincide (x > 0).
    m_leaky = BranchedLine(m_functions, QStringLiteral("leakyReluSeries"), tr("Leaky ReLU"));
    const QList<QGraphicsItem *> beforeRelu = m_functions->childItems();
    m_relu = add_line(m_functions, QStringLiteral("reluSeries"), tr("ReLU"));
    QGraphicsItem *reluItem = new_child(m_functions, beforeRelu);
    m_leakyGrad = GradientCurve(m_gradients, QStringLiteral("leakyReluGradSeries"), tr("Leaky ReLU gradient"));
    m_reluGrad = GradientCurve(m_gradients, QStringLiteral("reluGradSeries"), tr("ReLU gradient"));
    // Dashed ReLU is the dearest line to stroke, and alpha never moves it: its pixels are kept.
    // (Its gradient's pieces are horizontal, cheap to stroke, and gain nothing from it.)
    if (reluItem)
        m_lineCaches.push_back(keep_line_pixels(m_functions, m_relu, reluItem));
    // Leaky ReLU's left branch moves with every alpha step, and its long sloping line is the
    // dearest thing in the frame to fill: it is filled in two halves at once.
    if (QGraphicsItem *left = m_leaky.leftItem()) {
        m_leftBranchHalves = new SplitRows(left, m_leaky.leftSeries());
        left->setGraphicsEffect(m_leftBranchHalves);
    }
    box_markers(m_gradients);

    // The legend draws a piece of each line with its pen, so pins differ there by dash too.
    m_functions->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_baseFonts.labels = m_axisX->labelsFont();
    m_baseFonts.axisTitle = m_axisX->titleFont();
    m_baseFonts.legend = m_functions->legend()->font();

    m_pinLayer = new PinLayer(this);
    m_pinLayer->setZValue(2);

    connect(m_functions, &QChart::plotAreaChanged, this, [this] {
        placeStandIn();
        placeLabelStandIns();
        measureNeeds(0);
        syncPinLayer();
    });
    connect(m_gradients, &QChart::plotAreaChanged, this, [this] {
        placeStandIn();
        placeLabelStandIns();
        measureNeeds(1);
        syncPinLayer();
    });

    // Leaky ReLU's right branch joins the layer: it is drawn before its left branch then, which
    // changes nothing but the rounding where their round caps overlap at the kink.
    // Its pixels are kept too: a range change makes them on the helper while the layer's other
    // items are painted.
    std::vector<const QGraphicsItem *> staticSeries;
    std::vector<KeptStroke *> keptSeries;
    if (m_leaky.rightItem()) {
        staticSeries.push_back(m_leaky.rightItem());
        m_rightBranchPixels = keep_series_stroke(m_functions, m_leaky.rightSeries(), m_leaky.rightItem());
        keptSeries.push_back(m_rightBranchPixels.get());
    }
    m_staticLayer = std::make_unique<StaticLayer>(std::vector<QChart *>{m_functions, m_gradients}, std::move(staticSeries),
                                                  [this] { return staticKey(); }, std::move(keptSeries));
    applyTheme(Theme::Light);
    setGradientsVisible(m_params.showGradients);
    setParams(m_params);
    m_staticLayer->setEnabled(true);
}

ActivationChart::~ActivationChart()
{
    // Before the chart items go: the helper may be painting one.
    finishLineWork();
}

QString ActivationChart::titleFor(double alpha)
{
    return tr("Leaky ReLU (α = %1) vs ReLU").arg(alpha_text(alpha));
}

QString ActivationChart::pinLabel(double alpha)
{
    return tr("α = %1").arg(alpha_text(alpha));
}

QString ActivationChart::title() const
{
    return m_title->text();
}

void ActivationChart::placeTitle()
{
    // The title is drawn by this item, not by the chart: a QChart title that changes with
    // every slider step would relay the whole chart out each time.
    const QRectF box = m_title->boundingRect();
    m_title->setPos(std::round((size().width() - box.width()) / 2.0), kMargin);
    QMargins margins = m_functions->margins();
    const int top = kMargin + static_cast<int>(std::ceil(box.height())) + 2;
    if (margins.top() != top) {
        margins.setTop(top);
        m_functions->setMargins(margins);
    }
}

QAbstractSeries *ActivationChart::findSeries(const QString &objectName) const
{
    return find_series({m_functions, m_gradients}, objectName);
}

void ActivationChart::setParams(const PlotParams &params)
{
    const bool pinsMove = params.xMin != m_params.xMin || params.xMax != m_params.xMax
        || params.zeroGradient != m_params.zeroGradient;
    m_params = params;
    m_curves = exact_curves(params);
    if (pinsMove)
        updatePinCurves();
    m_leaky.setPoints(to_points(m_curves.leakyRelu));
    replace_if_changed(m_relu, to_points(m_curves.relu));
    m_leakyGrad.setStep(m_curves.leakyReluGrad);
    m_reluGrad.setStep(m_curves.reluGrad);
    if (m_gradients->isVisible() != params.showGradients)
        setGradientsVisible(params.showGradients);
    updateAxes();
    const QString title = titleFor(params.alpha);
    if (title != m_title->text()) {
        m_title->setText(title);
        placeTitle();
    }
    if (!size().isEmpty())
        layoutNow();
}

void ActivationChart::setPins(const Pins &pins)
{
    if (pins == m_pins)
        return;
    m_pins = pins;
    for (QLineSeries *old : m_pinSeries) {
        m_functions->removeSeries(old);
        delete old;
    }
    m_pinSeries.clear();
    for (std::size_t i = 0; i < m_pins.size(); ++i)
        m_pinSeries.push_back(add_line(m_functions, QStringLiteral("pin%1Series").arg(i), pinLabel(m_pins[i])));
    stylePins();
    placeLegend();
    updatePinCurves();
    updateAxes();
    if (!size().isEmpty())
        layoutNow();
}

void ActivationChart::placeLegend()
{
    // At the presentation's size a row of eight entries no longer fits a projector's width and
    // Qt would elide every label: with pins the legend becomes a column beside the plot.
    const Qt::Alignment side = m_scale != 1.0 && !m_pins.empty() ? Qt::AlignRight : Qt::AlignTop;
    if (m_functions->legend()->alignment() != side)
        m_functions->legend()->setAlignment(side);
}

void ActivationChart::setPixelCaches(bool cached)
{
    m_pinLayer->setCached(cached);
    setLineCachesEnabled(cached);
    setStaticLayerEnabled(cached);
}

void ActivationChart::setStaticLayerEnabled(bool on)
{
    m_staticLayer->setEnabled(on);
    update();
}

int ActivationChart::staticLayerRebuilds() const
{
    return m_staticLayer->rebuilds();
}

int ActivationChart::staticLayerDirectFrames() const
{
    return m_staticLayer->directFrames();
}

void ActivationChart::setLineCachesEnabled(bool on)
{
    for (StrokeCache *cache : m_lineCaches) {
        cache->setEnabled(on);
        if (!on)
            cache->release();
    }
    if (m_leftBranchHalves)
        m_leftBranchHalves->setEnabled(on);
    if (m_rightBranchPixels)
        m_rightBranchPixels->setEnabled(on);
    if (m_staticLayer)
        m_staticLayer->setSharing(on);
}

int ActivationChart::splitLineFrames() const
{
    return m_leftBranchHalves ? m_leftBranchHalves->splitFrames() : 0;
}

int ActivationChart::lineCacheRebuilds() const
{
    int rebuilds = 0;
    for (const StrokeCache *cache : m_lineCaches)
        rebuilds += cache->rebuilds();
    return rebuilds;
}

int ActivationChart::staticLayerSharedFrames() const
{
    return m_staticLayer->sharedFrames();
}

int ActivationChart::rightBranchPreparedFrames() const
{
    return m_rightBranchPixels ? m_rightBranchPixels->preparedDrawn() : 0;
}

void ActivationChart::finishLineWork()
{
    for (StrokeCache *cache : m_lineCaches)
        cache->finish();
    if (m_rightBranchPixels)
        m_rightBranchPixels->finish();
}

int ActivationChart::preparedLineFrames() const
{
    int frames = 0;
    for (const StrokeCache *cache : m_lineCaches)
        frames += cache->preparedDrawn();
    return frames;
}

// Every value the static items are drawn from: the layer is painted again when any differs.
QByteArray ActivationChart::staticKey() const
{
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << static_cast<int>(m_theme) << m_scale << size() << m_gradients->isVisible();
    // The legend: one entry per series (the pins' labels are their alphas), where it is placed.
    out << m_functions->legend()->geometry() << static_cast<int>(m_functions->legend()->alignment())
        << static_cast<quint64>(m_pins.size());
    for (double alpha : m_pins)
        out << alpha;
    for (const QChart *chart : {m_functions, m_gradients})
        out << chart->geometry() << chart->plotArea() << chart->margins();
    for (QCategoryAxis *axis : {m_axisX, m_gradAxisX}) {
        out << axis->min() << axis->max() << axis->startValue() << axis->labelsVisible() << axis->isTitleVisible()
            << static_cast<int>(axis->labelsPosition());
        for (const QString &label : axis->categoriesLabels())
            out << label << axis->endValue(label);
    }
    out << m_yStandIn->isStandingIn() << m_yStandIn->scale().step << m_yStandIn->scale().anchor
        << m_gradXLabels->isStandingIn();
    for (const QValueAxis *axis : {m_axisY, m_gradAxisY})
        out << axis->min() << axis->max() << axis->tickCount() << axis->tickInterval() << axis->tickAnchor()
            << static_cast<int>(axis->tickType()) << axis->labelFormat() << axis->minorTickCount();
    return key;
}

void ActivationChart::updatePinCurves()
{
    m_pinCurves.clear();
    for (double alpha : m_pins)
        m_pinCurves.push_back(pinned_curve(m_params, alpha));
    ++m_pinCurveUpdates;
    m_pinLayer->setCurves(m_pinCurves, theme_colors(m_theme), m_scale);
}

void ActivationChart::syncPinLayer()
{
    auto frame = [this](QChart *chart, const QValueAxis *y) {
        return PinLayer::Frame{plotAreaOf(chart), m_axisX->min(), m_axisX->max(), y->min(), y->max(),
                               chart->isVisible()};
    };
    m_pinLayer->setFrames(frame(m_functions, m_axisY), frame(m_gradients, m_gradAxisY));
}

void ActivationChart::setPresentation(bool on)
{
    const qreal scale = on ? chart_style::kPresentationScale : 1.0;
    if (scale == m_scale)
        return;
    m_scale = scale;
    applyScale();
    placeLegend();
    applyTheme(m_theme);
    placeTitle();
    updateXTicks(true);
    updateAxes();
    if (!size().isEmpty())
        layoutNow();
}

void ActivationChart::applyScale()
{
    auto scaled = [this](QFont font) {
        font.setPointSizeF(font.pointSizeF() * m_scale);
        return font;
    };
    m_title->setFont(scaled(m_baseFonts.title));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY),
                                static_cast<QAbstractAxis *>(m_gradAxisX), static_cast<QAbstractAxis *>(m_gradAxisY)}) {
        axis->setLabelsFont(scaled(m_baseFonts.labels));
        axis->setTitleFont(scaled(m_baseFonts.axisTitle));
    }
    m_functions->legend()->setFont(scaled(m_baseFonts.legend));
    m_gradients->setMinimumHeight(125 * m_scale);
}

void ActivationChart::stylePins()
{
    const ThemeColors c = theme_colors(m_theme);
    for (std::size_t i = 0; i < m_pinSeries.size(); ++i)
        m_pinSeries[i]->setPen(pin_pen(c, i, chart_style::kPinWidth * m_scale));
    m_pinLayer->setCurves(m_pinCurves, c, m_scale);
}

void ActivationChart::setGradientsVisible(bool visible)
{
    m_stack->setBottomVisible(visible);
    // Stacked charts share one x axis: only the bottom one labels it.
    m_axisX->setLabelsVisible(!visible);
    m_axisX->setTitleVisible(!visible);
    updateStandIn();
}

void ActivationChart::setAxisStandIn(bool on)
{
    m_standInWanted = on;
    updateStandIn();
    if (!size().isEmpty())
        layoutNow();
    update();
}

void ActivationChart::updateStandIn()
{
    const bool on = m_standInWanted && !m_axisX->labelsVisible();
    if (on == m_xStandIn->isActive())
        return;
    m_xStandIn->setActive(on);
    updateXTicks(true); // the axis's categories, or none
}

void ActivationChart::setLabelStandIns(bool on)
{
    m_yStandIn->setEnabled(on);
    m_gradXLabels->setEnabled(on && m_gradXLines->isAvailable());
    m_gradXLines->setActive(on && m_gradXLabels->isAvailable());
    updateXTicks(true);
    if (!size().isEmpty())
        layoutNow();
    update();
}

// The labels stood in for, once Qt Charts laid the axes out; where they cannot be after all, the
// axis got every label and is laid out again.
void ActivationChart::placeLabelStandIns()
{
    const bool yPlaced = m_yStandIn->place();
    if (m_gradXLabels->place() && yPlaced)
        return;
    m_labelsNeedLayout = true;
    if (!m_inLayoutNow && !m_layoutQueued) {
        m_layoutQueued = true;
        QMetaObject::invokeMethod(this, &ActivationChart::layoutNow, Qt::QueuedConnection);
    }
}

void ActivationChart::placeStandIn()
{
    if (m_xStandIn && m_xStandIn->isActive())
        m_xStandIn->place(m_xBoundaries);
    if (m_gradXLines && m_gradXLines->isActive())
        m_gradXLines->place(m_xBoundaries);
}

int ActivationChart::xTargetTicks() const
{
    // About 80 pixels a label, so that labels side by side are never cut short.
    return std::clamp(static_cast<int>(size().width() / (80.0 * m_scale)), 3, 10);
}

void ActivationChart::updateXTicks(bool force)
{
    const int target = xTargetTicks();
    if (!force && target == m_xTicksFor && m_axisX->min() == m_params.xMin
        && m_axisX->max() == m_params.xMax && !m_gradAxisX->categoriesLabels().isEmpty())
        return;
    m_xTicksFor = target;
    const AxisScale x = exact_axis(m_params.xMin, m_params.xMax, target);
    if (m_xStandIn->isActive())
        apply_range(m_axisX, x);
    else
        apply_ticks(m_axisX, x);
    m_gradXLabels->apply(x);
    // The function chart's x axis would have the very categories the gradient chart's has.
    m_xBoundaries = m_gradXLabels->boundaries();
    placeStandIn();
    placeLabelStandIns();
}

int ActivationChart::functionTargetTicks() const
{
    // About 45 pixels a label on the function chart, which gets 5/8 of the height.
    return std::clamp(static_cast<int>(size().height() * 5.0 / 8.0 / (45.0 * m_scale)), 2, 8);
}

void ActivationChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QGraphicsWidget::resizeEvent(event);
    placeTitle();
    if (xTargetTicks() != m_xTicksFor)
        updateXTicks(true);
    if (functionTargetTicks() != m_yTicksFor)
        updateAxes();
}

void ActivationChart::updateAxes()
{
    updateXTicks(false);
    const YExtent f = function_extent(m_curves, m_pinCurves);
    m_yTicksFor = functionTargetTicks();
    m_yStandIn->apply(padded_axis(f.min, f.max, m_yTicksFor));
    placeLabelStandIns();
    const YExtent g = gradient_extent(m_curves, m_pinCurves);
    apply_scale(m_gradAxisY, padded_axis(g.min, g.max, 4, 0.12));
    syncPinLayer();
}

QRectF ActivationChart::plotAreaOf(const QChart *chart) const
{
    return chart->mapRectToItem(this, chart->plotArea());
}

std::optional<double> ActivationChart::xAt(QPointF pos) const
{
    for (QChart *chart : {m_functions, m_gradients}) {
        if (!chart->isVisible() || !plotAreaOf(chart).contains(pos))
            continue;
        return chart->mapToValue(chart->mapFromItem(this, pos)).x();
    }
    return std::nullopt;
}

void ActivationChart::measureNeeds(int index)
{
    // Qt relaid a chart out on its own (a resize, a font): align in the next turn, not inside
    // its layout pass.
    if (m_stack->measure(index) && !m_inLayoutNow && !m_layoutQueued) {
        m_layoutQueued = true;
        QMetaObject::invokeMethod(this, &ActivationChart::layoutNow, Qt::QueuedConnection);
    }
}

void ActivationChart::layoutNow()
{
    m_layoutQueued = false;
    m_inLayoutNow = true;
    m_stack->align();
    placeLabelStandIns();
    // A stand-in that gave up gave its axis every label: laid out again (each gives up once).
    for (int round = 0; round < 3 && m_labelsNeedLayout; ++round) {
        m_labelsNeedLayout = false;
        m_stack->align();
        placeLabelStandIns();
    }
    m_inLayoutNow = false;
    syncPinLayer();
    if (m_staticLayer)
        m_staticLayer->hideNewItems();
}

QColor ActivationChart::backgroundColor() const
{
    return theme_colors(m_theme).chartBackground;
}

void ActivationChart::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Lines whose kept pixels this frame cannot use are painted again on the helper, after the
    // layer's share there, while this thread paints what lies below them.
    const auto prepareLines = [this, painter] {
        for (StrokeCache *cache : m_lineCaches)
            cache->prepare(painter, this);
    };
    // The charts leave a band of their layout's margins unpainted: filled here, so that the
    // window, every export and the static layer show the same colour there.
    if (m_staticLayer->isEnabled()) {
        m_staticLayer->paint(painter, this, backgroundColor(), prepareLines);
        return;
    }
    prepareLines();
    painter->fillRect(rect(), backgroundColor());
}

void ActivationChart::applyTheme(Theme theme)
{
    m_theme = theme;
    const ThemeColors c = theme_colors(theme);
    for (QChart *chart : {m_functions, m_gradients})
        apply_chart_theme(chart, c);
    placeStandIn(); // the axes' pens
    placeLabelStandIns();
    m_title->setBrush(c.text);
    m_leaky.setPen(leaky_relu_pen(c, chart_style::kLeakyReluWidth * m_scale));
    m_relu->setPen(relu_pen(c, chart_style::kReluWidth * m_scale));
    m_leakyGrad.setStyle(leaky_relu_pen(c, chart_style::kGradientWidth * m_scale), c.plotBackground, m_scale);
    m_reluGrad.setStyle(relu_pen(c, chart_style::kGradientWidth * m_scale), c.plotBackground, m_scale);
    stylePins();
    update();
}

} // namespace lre::ui
