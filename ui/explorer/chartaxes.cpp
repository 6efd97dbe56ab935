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
    // Every change relays the axis out at once: a narrow step over the old wide range (or the
    // reverse) would ask Qt for millions of tick items in between, so the order depends on the step.
    axis->setTickAnchor(scale.anchor);
    if (scale.step < axis->tickInterval()) {
        axis->setRange(scale.min, scale.max);
        axis->setTickInterval(scale.step);
    } else {
        axis->setTickInterval(scale.step);
        axis->setRange(scale.min, scale.max);
    }
    axis->setLabelFormat(format);
}

// x labels sit side by side, so they are placed by hand at exact multiples of the step
// (a value axis adds steps up and can print residue like 5.2e-26 where 0 belongs).
void apply_ticks(QCategoryAxis *axis, const AxisScale &scale)
{
    const std::vector<Tick> next = ticks(scale);
    const QStringList old = axis->categoriesLabels();
    // Each removal and append tells the axis's item to lay its labels out again: it hears only
    // the last append, once every category is in place.
    QSignalBlocker quiet(axis);
    if (next.empty())
        quiet.unblock();
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(scale.min - (scale.max - scale.min));
    for (std::size_t i = 0; i < next.size(); ++i) {
        if (i + 1 == next.size())
            quiet.unblock();
        axis->append(QString::fromStdString(next[i].label), next[i].value);
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
