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
#include <QTextDocument>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lre::ui {

namespace {

// Qt Charts' length of a tick, and gap between a tick and its label; the margin of its labels'
// documents.
constexpr qreal kLabelPadding = 4.0;
constexpr qreal kTextMargin = 0.5;
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

struct ValueAxisStandIn::Label {
    QGraphicsTextItem *item = nullptr; // owned by m_labels
    QString text;
    bool made = false;
};

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
    m_measure = std::make_unique<QGraphicsTextItem>();
    m_measure->document()->setDocumentMargin(kTextMargin);
}

ValueAxisStandIn::~ValueAxisStandIn() = default;

void ValueAxisStandIn::setEnabled(bool on)
{
    m_enabled = on;
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

// As Qt Charts measures a label: a text item of the labels' font, its text set as HTML.
QRectF ValueAxisStandIn::textBounds(const QString &text)
{
    const QFont font = m_axis->labelsFont();
    if (font != m_boundsFont) {
        m_bounds.clear();
        m_boundsFont = font;
        m_measure->setFont(font);
    }
    const auto known = m_bounds.constFind(text);
    if (known != m_bounds.constEnd())
        return *known;
    m_measure->setHtml(text);
    const QRectF bounds = m_measure->boundingRect();
    m_bounds.insert(text, bounds);
    return bounds;
}

// The axis's width comes from its widest label: the ends must include it.
bool ValueAxisStandIn::endsAreWidest(const std::vector<Tick> &ticks)
{
    const qreal ends = std::max(textBounds(ticks.front().text).width(), textBounds(ticks.back().text).width());
    return std::all_of(ticks.begin(), ticks.end(), [&](const Tick &t) { return textBounds(t.text).width() <= ends; });
}

// Whether Qt Charts, given every tick, would show every label between the ends whole: labels
// apart by more than their height (it hides one overlapping the one below), and high enough for
// a share of the axis (it cuts them short otherwise).
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

void ValueAxisStandIn::giveAxis(const AxisScale &scale)
{
    apply_scale(m_axis, scale);
}

void ValueAxisStandIn::apply(const AxisScale &scale)
{
    m_scale = scale;
    m_ticks = isAvailable() && m_enabled && m_axis->labelsAngle() == 0 && !m_axis->isReverse()
                  && m_axis->tickType() == QValueAxis::TicksDynamic
            ? ticksOf(scale)
            : std::vector<Tick>{};
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
    giveAxis(standIn ? ends : scale);
    if (!standIn)
        hideAll();
}

void ValueAxisStandIn::hideAll()
{
    if (!m_grid)
        return;
    for (QGraphicsItemGroup *group : {m_grid, m_arrow, m_labels})
        group->setVisible(false);
}

ValueAxisStandIn::Label &ValueAxisStandIn::labelFor(const QString &text, std::size_t index)
{
    // A label whose text is still shown keeps its item (a pan moves the same labels along).
    for (std::size_t i = index; i < m_labelItems.size(); ++i)
        if (m_labelItems[i]->made && m_labelItems[i]->text == text) {
            std::swap(m_labelItems[i], m_labelItems[index]);
            return *m_labelItems[index];
        }
    while (m_labelItems.size() <= index) {
        auto label = std::make_unique<Label>();
        label->item = new QGraphicsTextItem(m_labels);
        label->item->setAcceptedMouseButtons({});
        label->item->document()->setDocumentMargin(kTextMargin);
        label->item->setRotation(0);
        m_labelItems.push_back(std::move(label));
    }
    return *m_labelItems[index];
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
    bool endsWhole = true;
    for (const QGraphicsItem *item : m_qtLabels->childItems())
        if (const auto *label = dynamic_cast<const QGraphicsTextItem *>(item))
            endsWhole = endsWhole && (label->toPlainText() == m_ticks.front().text || label->toPlainText() == m_ticks.back().text);
    if (!endsWhole || !fitsBetween(grid)) {
        m_standingIn = false;
        hideAll();
        giveAxis(m_scale);
        return false;
    }
    const auto *axisLine = dynamic_cast<const QGraphicsLineItem *>(m_qtArrow->childItems().value(0));
    if (!axisLine)
        return true;
    const qreal tickStopX = axisLine->line().p1().x();
    const qreal scale = grid.height() / range;
    const QPen gridPen = m_axis->gridLinePen();
    const QPen linePen = m_axis->linePen();
    const QFont font = m_axis->labelsFont();
    const QColor color = m_axis->labelsBrush().color();
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
        const qreal held = gridLine->line().p1().y();
        const bool shown = held >= grid.top() && held <= grid.bottom();
        gridLine->setVisible(shown);
        QGraphicsLineItem *tickLine = m_tickLines[i];
        tickLine->setPen(linePen);
        tickLine->setLine(QLineF(tickStopX - kLabelPadding, y, tickStopX, y));
        tickLine->setVisible(shown);

        Label &label = labelFor(tick.text, i);
        QGraphicsTextItem *item = label.item;
        const QRectF bounds = textBounds(tick.text);
        if (item->font() != font || item->defaultTextColor() != color || !label.made || label.text != tick.text) {
            item->setFont(font);
            item->setDefaultTextColor(color);
            item->setTextWidth(bounds.width());
            item->setHtml(tick.text);
            label.text = tick.text;
            label.made = true;
        }
        const QRectF rect = item->boundingRect();
        const QPointF centre = rect.center();
        item->setTransformOriginPoint(centre);
        const qreal widthDiff = rect.width() - bounds.width();
        item->setPos(QPointF(tickStopX - rect.width() + widthDiff / 2.0 - kLabelPadding, y - centre.y()).toPoint());
        item->setVisible(true);
    }
    for (std::size_t i = between; i < m_gridLines.size(); ++i) {
        m_gridLines[i]->setVisible(false);
        m_tickLines[i]->setVisible(false);
    }
    for (std::size_t i = between; i < m_labelItems.size(); ++i)
        m_labelItems[i]->item->setVisible(false);
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
    const auto labels = [&drawn](const QGraphicsItem *group) {
        for (const QGraphicsItem *item : shown_children(group))
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
                drawn.labels.push_back({text->toPlainText(), text->pos()});
    };
    for (const QGraphicsItem *group : {static_cast<const QGraphicsItem *>(m_qtGrid), static_cast<const QGraphicsItem *>(m_grid)})
        if (group && group->isVisible())
            lines(group, drawn.grid);
    for (const QGraphicsItem *group : {static_cast<const QGraphicsItem *>(m_qtArrow), static_cast<const QGraphicsItem *>(m_arrow)})
        if (group && group->isVisible())
            lines(group, drawn.ticks);
    for (const QGraphicsItem *group : {static_cast<const QGraphicsItem *>(m_qtLabels), static_cast<const QGraphicsItem *>(m_labels)})
        if (group && group->isVisible())
            labels(group);
    const auto byPlace = [](const QLineF &a, const QLineF &b) {
        return std::make_pair(a.y1(), a.x1()) < std::make_pair(b.y1(), b.x1());
    };
    std::sort(drawn.grid.begin(), drawn.grid.end(), byPlace);
    std::sort(drawn.ticks.begin(), drawn.ticks.end(), byPlace);
    std::sort(drawn.labels.begin(), drawn.labels.end(), [](const DrawnLabel &a, const DrawnLabel &b) {
        return std::make_pair(a.pos.y(), a.pos.x()) < std::make_pair(b.pos.y(), b.pos.x());
    });
    return drawn;
}

} // namespace lre::ui
