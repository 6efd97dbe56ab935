// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueaxisstandin.h"

#include "axisgroups.h"
#include "chartaxes.h"

#include <QChart>
#include <QGraphicsItemGroup>
#include <QGraphicsLineItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QRegularExpression>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

// Qt Charts' length of a tick, and gap between a tick and its label.
constexpr qreal kLabelPadding = 4.0;
// More ticks than any chart shows: beyond it the axis draws itself.
constexpr std::size_t kMostTicks = 200;

std::vector<QGraphicsItem *> shown_children(const QGraphicsItem *group)
{
    std::vector<QGraphicsItem *> shown;
    if (group)
        for (QGraphicsItem *child : group->childItems())
            if (child->isVisibleTo(group))
                shown.push_back(child);
    return shown;
}

} // namespace

ValueAxisStandIn::ValueAxisStandIn(QChart *chart, QValueAxis *axis)
    : m_chart(chart)
    , m_axis(axis)
{
    m_qtGrid = group_toggled_by(chart, [axis](bool on) { axis->setGridLineVisible(on); }, axis->isGridLineVisible());
    m_qtArrow = group_toggled_by(chart, [axis](bool on) { axis->setLineVisible(on); }, axis->isLineVisible());
    m_qtLabels = group_toggled_by(chart, [axis](bool on) { axis->setLabelsVisible(on); }, axis->labelsVisible());
    if (!isAvailable())
        return;
    m_grid = group_in_place_of(m_qtGrid);
    // Ticks after the axis line, which each one touches, as Qt Charts paints them.
    m_arrow = group_in_place_of(m_qtArrow, Painted::After);
    m_labels = group_in_place_of(m_qtLabels);
    m_labelItems = std::make_unique<AxisLabels>(m_labels);
}

ValueAxisStandIn::~ValueAxisStandIn() = default;

void ValueAxisStandIn::setEnabled(bool on)
{
    m_enabled = on;
    if (m_given)
        apply(m_scale);
}

// As Qt Charts' ChartAxisElement::createValueLabels formats a label (the label format's
// printf-like spec, in the chart's locale when it localizes numbers).
bool ValueAxisStandIn::formatLabel(double value, const QString &format, QString &text) const
{
    if (m_chart->localizeNumbers()) {
        static const QRegularExpression localized(QStringLiteral("^([^%]*)%\\.(\\d+)([defgiEG])(.*)$"));
        const QRegularExpressionMatch match = localized.match(format);
        if (!match.hasMatch() || !QStringLiteral("feEgG").contains(match.captured(3)))
            return false;
        text = match.captured(1)
            + m_chart->locale().toString(value, match.captured(3).at(0).toLatin1(), match.captured(2).toInt())
            + match.captured(4);
        return true;
    }
    static const QRegularExpression spec(QStringLiteral("%[\\-\\+#\\s\\d\\.\\'lhjztL]*([dicuoxfegXFEG])"));
    const QRegularExpressionMatch match = spec.match(format);
    if (!match.hasMatch() || !QStringLiteral("fFeEgG").contains(match.captured(1)))
        return false;
    text = QString::asprintf(format.toLatin1().constData(), value);
    return true;
}

// The ticks Qt Charts gives a dynamic value axis: from the first at or after the minimum,
// the step added up.
std::vector<ValueAxisStandIn::Tick> ValueAxisStandIn::ticksOf(const AxisScale &scale) const
{
    std::vector<Tick> ticks;
    if (!(scale.max > scale.min) || !(scale.step > 0))
        return ticks;
    const qreal fromAnchor = (scale.anchor - scale.min) / scale.step;
    qreal value = scale.anchor - std::floor(fromAnchor) * scale.step;
    const QString format = QString::fromStdString(scale.labelFormat);
    while (value <= scale.max) {
        Tick tick{value, {}};
        if (ticks.size() == kMostTicks || !formatLabel(value, format, tick.text))
            return {};
        ticks.push_back(tick);
        value += scale.step;
    }
    return ticks;
}

QRectF ValueAxisStandIn::textBounds(const QString &text)
{
    return m_labelItems->bounds(text, m_axis->labelsFont());
}

// An axis drawn as these items draw it: shown, no minor ticks (nor their grid lines) or shades
// (Qt Charts lays those out per tick given), labels upright, values upwards, ticks from an anchor.
bool ValueAxisStandIn::drawsOnlyWhatIsStoodIn() const
{
    return m_axis->isVisible() && m_axis->minorTickCount() == 0 && !m_axis->shadesVisible()
        && m_axis->labelsAngle() == 0 && !m_axis->isReverse() && m_axis->tickType() == QValueAxis::TicksDynamic;
}

// The axis's width comes from its widest label: the ends must include it.
bool ValueAxisStandIn::endsAreWidest(const std::vector<Tick> &ticks)
{
    const qreal ends = std::max(textBounds(ticks.front().text).width(), textBounds(ticks.back().text).width());
    return std::all_of(ticks.begin(), ticks.end(), [&](const Tick &t) { return textBounds(t.text).width() <= ends; });
}

// Whether Qt Charts, given every tick, would show every label between the ends whole: labels
// apart by more than their height (it hides one overlapping the one below), and high enough for
// a share of the axis (it cuts them short otherwise; the share is of its axis box, which is
// taller than the plot: this is stricter than Qt Charts).
bool ValueAxisStandIn::fitsBetween(const QRectF &plot)
{
    if (plot.isEmpty())
        return true; // nothing is laid out yet: judged again once placed
    const qreal pixelsPerUnit = plot.height() / (m_scale.max - m_scale.min);
    qreal tallest = 0;
    for (const Tick &tick : m_ticks)
        tallest = std::max(tallest, textBounds(tick.text).height());
    qreal closest = plot.height();
    for (std::size_t i = 1; i < m_ticks.size(); ++i)
        closest = std::min(closest, (m_ticks[i].value - m_ticks[i - 1].value) * pixelsPerUnit);
    return closest >= tallest + 2.0
        && tallest <= plot.height() / static_cast<qreal>(m_ticks.size()) - 2.0 * kLabelPadding - 1.0;
}

void ValueAxisStandIn::apply(const AxisScale &scale)
{
    // Most calls (an alpha step's) bring the scale the axis has. (Not standing in, the plot may
    // have grown enough since.)
    const bool same = m_given && (m_standingIn || m_givenPlot == m_chart->plotArea()) && scale.min == m_scale.min && scale.max == m_scale.max && scale.step == m_scale.step
        && scale.anchor == m_scale.anchor && scale.labelFormat == m_scale.labelFormat && m_givenEnabled == m_enabled
        && m_givenLocale == m_chart->locale() && m_givenLocalized == m_chart->localizeNumbers()
        && m_givenFont == m_axis->labelsFont();
    if (same)
        return;
    m_given = true;
    m_givenEnabled = m_enabled;
    m_givenLocale = m_chart->locale();
    m_givenLocalized = m_chart->localizeNumbers();
    m_givenPlot = m_chart->plotArea();
    m_givenFont = m_axis->labelsFont();
    m_scale = scale;
    m_placed = {};
    ++m_ticksGiven;
    m_ticks = isAvailable() && m_enabled && drawsOnlyWhatIsStoodIn() ? ticksOf(scale) : std::vector<Tick>{};
    bool standIn = m_ticks.size() >= 3 && endsAreWidest(m_ticks) && fitsBetween(m_chart->plotArea());
    AxisScale ends = scale;
    if (standIn) {
        // The first tick as the anchor and the span to the last as the step: Qt Charts then
        // gives the axis exactly these two, at the same values (the step nudged until the sum
        // lands where the added-up steps did).
        const double first = m_ticks.front().value;
        const double last = m_ticks.back().value;
        ends.anchor = first;
        ends.step = last - first;
        for (int nudge = 0; nudge < 8 && first + ends.step != last; ++nudge)
            ends.step = std::nextafter(ends.step, first + ends.step < last ? HUGE_VAL : -HUGE_VAL);
        standIn = first + ends.step == last && ticksOf(ends).size() == 2;
    }
    m_standingIn = standIn;
    apply_scale(m_axis, standIn ? ends : scale);
    if (!standIn)
        hideAll();
}

void ValueAxisStandIn::hideAll()
{
    m_placed = {};
    if (!m_grid)
        return;
    for (QGraphicsItemGroup *group : {m_grid, m_arrow, m_labels})
        group->setVisible(false);
}

// As Qt Charts' ChartValueAxisY and VerticalAxis place a left axis's items, number for number: a
// tick's y is (value - min) * -(plot height / range) + plot bottom; ticks reach left from the
// axis line by the label padding, and a label's right edge sits that far left of the tick.
bool ValueAxisStandIn::place()
{
    if (!m_standingIn)
        return true;
    const QRectF grid = m_chart->plotArea();
    const qreal min = m_axis->min();
    const qreal range = m_axis->max() - min;
    if (grid.isEmpty() || !(range > 0)) {
        hideAll();
        return true;
    }
    const AxisLabels::Said said = AxisLabels::compare(m_qtLabels, {m_ticks.front().text, m_ticks.back().text});
    if (said == AxisLabels::Said::CutShort || !drawsOnlyWhatIsStoodIn() || !endsAreWidest(m_ticks) || !fitsBetween(grid)) {
        m_standingIn = false;
        hideAll();
        apply_scale(m_axis, m_scale);
        return false;
    }
    const auto *axisLine = dynamic_cast<const QGraphicsLineItem *>(m_qtArrow->childItems().value(0));
    if (!axisLine)
        return true;
    const qreal tickStopX = axisLine->line().p1().x();
    const QPen gridPen = m_axis->gridLinePen();
    const QPen linePen = m_axis->linePen();
    const QFont font = m_axis->labelsFont();
    const QColor color = m_axis->labelsBrush().color();
    const PlacedFor placed{grid, min, m_axis->max(), tickStopX, gridPen, linePen, font, color, m_axis->isGridLineVisible(),
                           m_axis->isLineVisible(), m_axis->labelsVisible(), m_ticksGiven, true};
    if (placed == m_placed)
        return true;
    // Judged again once Qt Charts has laid the axis out.
    m_placed = said == AxisLabels::Said::Given ? placed : PlacedFor{};
    const qreal scale = grid.height() / range;
    const std::size_t between = m_ticks.size() - 2;
    while (m_gridLines.size() < between) {
        m_gridLines.push_back(new QGraphicsLineItem(m_grid));
        m_tickLines.push_back(new QGraphicsLineItem(m_arrow));
    }
    for (std::size_t i = 0; i < between; ++i) {
        const Tick &tick = m_ticks[i + 1];
        const qreal y = (tick.value - min) * -scale + grid.bottom();
        QGraphicsLineItem *gridLine = m_gridLines[i];
        gridLine->setPen(gridPen);
        gridLine->setLine(QLineF(grid.left(), y, grid.right(), y));
        // From the line the item holds, as Qt Charts decides (it keeps its line when the new one
        // differs only by rounding).
        const qreal held = gridLine->line().p1().y();
        const bool shown = held >= grid.top() && held <= grid.bottom();
        gridLine->setVisible(shown);
        QGraphicsLineItem *tickLine = m_tickLines[i];
        tickLine->setPen(linePen);
        tickLine->setLine(QLineF(tickStopX - kLabelPadding, y, tickStopX, y));
        tickLine->setVisible(shown);

        QGraphicsTextItem *label = m_labelItems->label(i, tick.text, font, color);
        const QRectF bounds = textBounds(tick.text);
        const QRectF rect = label->boundingRect();
        const QPointF centre = rect.center();
        label->setTransformOriginPoint(centre);
        const qreal widthDiff = rect.width() - bounds.width();
        label->setPos(QPointF(tickStopX - rect.width() + widthDiff / 2.0 - kLabelPadding, y - centre.y()).toPoint());
    }
    for (std::size_t i = between; i < m_gridLines.size(); ++i) {
        m_gridLines[i]->setVisible(false);
        m_tickLines[i]->setVisible(false);
    }
    m_labelItems->hideFrom(between);
    m_grid->setVisible(m_axis->isGridLineVisible());
    m_arrow->setVisible(m_axis->isLineVisible());
    m_labels->setVisible(m_axis->labelsVisible());
    return true;
}

ValueAxisStandIn::Drawn ValueAxisStandIn::drawn() const
{
    Drawn drawn;
    const auto lines = [](const QGraphicsItem *group, std::vector<QLineF> &out) {
        for (const QGraphicsItem *item : shown_children(group))
            if (const auto *line = dynamic_cast<const QGraphicsLineItem *>(item))
                out.push_back(line->line());
    };
    for (const QGraphicsItem *group : {static_cast<const QGraphicsItem *>(m_qtGrid), static_cast<const QGraphicsItem *>(m_grid)})
        if (group && group->isVisible())
            lines(group, drawn.grid);
    for (const QGraphicsItem *group : {static_cast<const QGraphicsItem *>(m_qtArrow), static_cast<const QGraphicsItem *>(m_arrow)})
        if (group && group->isVisible())
            lines(group, drawn.ticks);
    AxisLabels::collectShown(m_qtLabels, drawn.labels);
    AxisLabels::collectShown(m_labels, drawn.labels);
    const auto byPlace = [](const QLineF &a, const QLineF &b) {
        return std::make_pair(a.y1(), a.x1()) < std::make_pair(b.y1(), b.x1());
    };
    std::sort(drawn.grid.begin(), drawn.grid.end(), byPlace);
    std::sort(drawn.ticks.begin(), drawn.ticks.end(), byPlace);
    std::sort(drawn.labels.begin(), drawn.labels.end(), [](const AxisLabels::Shown &a, const AxisLabels::Shown &b) {
        return std::make_pair(a.pos.y(), a.pos.x()) < std::make_pair(b.pos.y(), b.pos.x());
    });
    return drawn;
}

} // namespace lre::ui
