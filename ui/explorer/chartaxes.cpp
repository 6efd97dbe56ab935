// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartaxes.h"

#include "chartstyle.h"

#include <QCategoryAxis>
#include <QSignalBlocker>
#include <QValueAxis>

namespace lre::ui {

void apply_scale(QValueAxis *axis, const AxisScale &scale)
{
    // Each change relays the axis out: skip what did not change (most slider steps).
    const QString format = QString::fromStdString(scale.labelFormat);
    if (axis->min() == scale.min && axis->max() == scale.max && axis->tickInterval() == scale.step
        && axis->tickAnchor() == scale.anchor && axis->labelFormat() == format)
        return;
    if (axis->min() != scale.min || axis->max() != scale.max) {
        // A new range relays the labels out from the axis as it then is, and asks for a layout
        // pass only when their size changed. The step, anchor and format are set unheard first:
        // each of their signals would relay the axis out and ask for a pass of the whole chart,
        // and a narrow step over the old wide range would ask Qt for millions of tick items.
        {
            const QSignalBlocker quiet(axis);
            axis->setTickAnchor(scale.anchor);
            axis->setTickInterval(scale.step);
            axis->setLabelFormat(format);
        }
        axis->setRange(scale.min, scale.max);
        return;
    }
    // The same range with another step (the chart's height changed): each change is heard.
    axis->setTickAnchor(scale.anchor);
    axis->setTickInterval(scale.step);
    axis->setLabelFormat(format);
}

double category_start(const AxisScale &scale)
{
    return scale.min - (scale.max - scale.min);
}

// x labels sit side by side, so they are placed by hand at exact multiples of the step
// (a value axis adds steps up and can print residue like 5.2e-26 where 0 belongs).
void apply_ticks(QCategoryAxis *axis, const AxisScale &scale)
{
    apply_ticks(axis, scale, ticks(scale));
}

void apply_ticks(QCategoryAxis *axis, const AxisScale &scale, const std::vector<Tick> &next)
{
    const QStringList old = axis->categoriesLabels();
    // Each removal and append would relay the axis's labels out and ask for a layout pass of the
    // whole chart. A new range relays them out once, from the categories then in place, with a
    // pass only if their size changed; with the range as it was, the axis hears the last append.
    const bool rangeMoves = axis->min() != scale.min || axis->max() != scale.max;
    QSignalBlocker quiet(axis);
    if (next.empty() && !rangeMoves)
        quiet.unblock();
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(category_start(scale));
    for (std::size_t i = 0; i < next.size(); ++i) {
        if (i + 1 == next.size() && !rangeMoves)
            quiet.unblock();
        axis->append(QString::fromStdString(next[i].label), next[i].value);
    }
    quiet.unblock();
    axis->setRange(scale.min, scale.max);
}

void apply_range(QCategoryAxis *axis, const AxisScale &scale)
{
    {
        const QSignalBlocker quiet(axis);
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        axis->setStartValue(category_start(scale));
    }
    axis->setRange(scale.min, scale.max);
}

QCategoryAxis *make_x_axis(const QString &objectName, const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setObjectName(objectName);
    axis->setTitleText(title);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    return axis;
}

QValueAxis *make_y_axis(const QString &objectName, const QString &title)
{
    auto *axis = make_value_axis(objectName, title);
    axis->setTickType(QValueAxis::TicksDynamic);
    return axis;
}

} // namespace lre::ui
