// SPDX-License-Identifier: GPL-3.0-or-later
#include "axisgroups.h"

#include <QChart>
#include <QGraphicsItemGroup>

#include <vector>

namespace lre::ui {

namespace {

void collect_descendants(QGraphicsItem *item, std::vector<QGraphicsItem *> &out)
{
    for (QGraphicsItem *child : item->childItems()) {
        out.push_back(child);
        collect_descendants(child, out);
    }
}

} // namespace

// Groups are made in order (an axis line's before its minor ticks', which the same setter shows
// and hides): the first one toggled is the one named.
QGraphicsItem *group_toggled_by(QChart *chart, const std::function<void(bool)> &set, bool now)
{
    std::vector<QGraphicsItem *> items;
    collect_descendants(chart, items);
    std::vector<char> before;
    before.reserve(items.size());
    for (const QGraphicsItem *item : items)
        before.push_back(item->isVisibleTo(item->parentItem()) ? 1 : 0);
    set(!now);
    std::vector<QGraphicsItem *> toggled;
    for (std::size_t i = 0; i < items.size(); ++i)
        if ((items[i]->isVisibleTo(items[i]->parentItem()) ? 1 : 0) != before[i])
            toggled.push_back(items[i]);
    set(now);
    for (const QGraphicsItem *item : toggled)
        if (item->type() != QGraphicsItemGroup::Type)
            return nullptr;
    return toggled.empty() ? nullptr : toggled.front();
}

QGraphicsItemGroup *group_in_place_of(QGraphicsItem *theirs, Painted painted)
{
    auto *group = new QGraphicsItemGroup(theirs->parentItem());
    group->setZValue(theirs->zValue());
    group->setPos(theirs->pos());
    group->setTransform(theirs->transform());
    group->stackBefore(theirs);
    if (painted == Painted::After)
        theirs->stackBefore(group);
    group->setVisible(false);
    return group;
}

} // namespace lre::ui
