// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorylabelstandin.h"

#include "axisgroups.h"
#include "chartaxes.h"

#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItemGroup>
#include <QGraphicsTextItem>

#include <algorithm>

namespace lre::ui {

namespace {

// Qt Charts' gap between a bottom axis's line and its labels: the length of its ticks.
constexpr qreal kLabelPadding = 4.0;
// How far inside the plot's edges, before the layout, a label must start for Qt Charts' axis
// box not to matter to it after the layout (which may move the plot by an axis's width change).
constexpr qreal kEdgeMargin = 24.0;

} // namespace

CategoryLabelStandIn::CategoryLabelStandIn(QChart *chart, QCategoryAxis *axis)
    : m_chart(chart)
    , m_axis(axis)
{
    m_qtLabels = group_toggled_by(chart, [axis](bool on) { axis->setLabelsVisible(on); }, axis->labelsVisible());
    if (!isAvailable())
        return;
    m_labels = group_in_place_of(m_qtLabels);
    m_labelItems = std::make_unique<AxisLabels>(m_labels);
}

CategoryLabelStandIn::~CategoryLabelStandIn() = default;

void CategoryLabelStandIn::setEnabled(bool on)
{
    m_enabled = on;
    if (m_ticksGiven > 0)
        apply(m_scale);
}

std::vector<double> CategoryLabelStandIn::boundaries() const
{
    std::vector<double> out{category_start(m_scale)};
    for (const Label &label : m_ticks)
        out.push_back(label.tick.value);
    return out;
}

qreal CategoryLabelStandIn::xOf(double value, const QRectF &plot) const
{
    return (value - m_scale.min) * (plot.width() / (m_scale.max - m_scale.min)) + plot.left();
}

// Whether Qt Charts, given every category, would show each label these items draw whole (it cuts
// a label short beyond a share of its axis box's width, which is at least the plot's: this is
// stricter), with the axis as tall (from its tallest label). Whether each is within the axis box,
// where Qt Charts shows it, place() checks once laid out.
bool CategoryLabelStandIn::exactFor(const QRectF &plot) const
{
    const qreal share = plot.width() / static_cast<qreal>(m_ticks.size() + 1) - 2.0 * kLabelPadding - 1.0;
    qreal tallest = 0;
    qreal tallestByAxis = 0;
    for (const Label &label : m_ticks) {
        if (label.width > share)
            return false;
        tallest = std::max(tallest, label.height);
        if (label.byAxis)
            tallestByAxis = std::max(tallestByAxis, label.height);
    }
    return tallestByAxis == tallest; // the axis's height comes from its tallest label
}

// An axis drawn as these items draw it: shown, no shades (Qt Charts lays them out per category
// given), labels upright on their values, values rightwards.
bool CategoryLabelStandIn::drawsOnlyWhatIsStoodIn() const
{
    return m_axis->isVisible() && !m_axis->shadesVisible() && m_axis->labelsAngle() == 0 && !m_axis->isReverse()
        && m_axis->labelsPosition() == QCategoryAxis::AxisLabelsPositionOnValue;
}

void CategoryLabelStandIn::apply(const AxisScale &scale)
{
    m_scale = scale;
    m_placed = {};
    ++m_ticksGiven;
    m_ticks.clear();
    const QFont font = m_axis->labelsFont();
    for (const Tick &tick : ticks(scale)) {
        Label label{tick, QString::fromStdString(tick.label)};
        if (m_labelItems) {
            const QRectF bounds = m_labelItems->bounds(label.text, font);
            label.width = bounds.width();
            label.height = bounds.height();
        }
        m_ticks.push_back(label);
    }
    const QRectF plot = m_chart->plotArea();
    bool standIn = isAvailable() && m_enabled && drawsOnlyWhatIsStoodIn() && !plot.isEmpty()
        && scale.max > scale.min && m_ticks.size() >= 2;
    if (standIn) {
        for (Label &label : m_ticks) {
            const qreal left = xOf(label.tick.value, plot) - label.width / 2.0;
            label.byAxis = left < plot.left() - 1.0 + kEdgeMargin || left > plot.right() - 1.0 - kEdgeMargin;
        }
        // The last category's too: Qt Charts puts an empty label at its end, which stays where
        // it is with every category (elsewhere its box would meet lines painted after it, and
        // the frame could not be painted in two bands).
        m_ticks.back().byAxis = true;
        standIn = exactFor(plot);
    }
    m_standingIn = standIn;
    giveAxis(!standIn);
}

void CategoryLabelStandIn::giveAxis(bool all)
{
    std::vector<Tick> given;
    for (Label &label : m_ticks) {
        if (all)
            label.byAxis = true;
        if (label.byAxis)
            given.push_back(label.tick);
    }
    apply_ticks(m_axis, m_scale, given);
    if (all)
        hideAll();
}

void CategoryLabelStandIn::hideAll()
{
    m_placed = {};
    if (m_labels)
        m_labels->setVisible(false);
}

// As Qt Charts' HorizontalAxis places a category's label on its value: centred on the tick (at
// most the plot's right edge), below the axis box's top (the plot's bottom made a whole number)
// by the label padding, rounded to a whole pixel.
bool CategoryLabelStandIn::place()
{
    if (!m_standingIn)
        return true;
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty()) {
        hideAll();
        return true;
    }
    QStringList given;
    for (const Label &label : m_ticks)
        if (label.byAxis)
            given.push_back(label.text);
    const AxisLabels::Said said = AxisLabels::compare(m_qtLabels, given);
    const QFont font = m_axis->labelsFont();
    const QColor color = m_axis->labelsBrush().color();
    const qreal axisTop = static_cast<int>(plot.bottom());
    bool inside = said != AxisLabels::Said::CutShort && drawsOnlyWhatIsStoodIn() && exactFor(plot);
    const PlacedFor placed{plot, m_axis->min(), m_axis->max(), axisTop, {}, {}, font, color, false, false,
                           m_axis->labelsVisible(), m_ticksGiven, true};
    if (inside && placed == m_placed)
        return true;
    std::size_t index = 0;
    for (const Label &label : m_ticks) {
        if (!inside)
            break;
        if (label.byAxis)
            continue;
        QGraphicsTextItem *item = m_labelItems->label(index++, label.text, font, color);
        const QRectF rect = item->boundingRect();
        const QPointF centre = rect.center();
        item->setTransformOriginPoint(centre);
        const qreal heightDiff = rect.height() - label.height;
        const qreal x = std::min(xOf(label.tick.value, plot), plot.right());
        item->setPos(QPointF(x - centre.x(), axisTop - heightDiff / 2.0 + kLabelPadding).toPoint());
        const qreal left = item->pos().x() + (rect.width() - label.width) / 2.0;
        inside = left >= plot.left() - 1.0 && left <= plot.right() - 1.0;
    }
    if (!inside) {
        m_standingIn = false;
        giveAxis(true);
        return false;
    }
    m_labelItems->hideFrom(index);
    m_labels->setVisible(m_axis->labelsVisible());
    // Judged again once Qt Charts has laid the axis out.
    m_placed = said == AxisLabels::Said::Given ? placed : PlacedFor{};
    return true;
}

std::vector<AxisLabels::Shown> CategoryLabelStandIn::drawn() const
{
    std::vector<AxisLabels::Shown> shown;
    AxisLabels::collectShown(m_qtLabels, shown);
    AxisLabels::collectShown(m_labels, shown);
    // Qt Charts' empty label after the last category draws nothing.
    std::erase_if(shown, [](const AxisLabels::Shown &label) { return label.text.isEmpty(); });
    std::sort(shown.begin(), shown.end(), [](const AxisLabels::Shown &a, const AxisLabels::Shown &b) {
        return std::make_pair(a.pos.x(), a.pos.y()) < std::make_pair(b.pos.x(), b.pos.y());
    });
    return shown;
}

} // namespace lre::ui
