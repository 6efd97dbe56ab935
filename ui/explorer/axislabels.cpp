// SPDX-License-Identifier: GPL-3.0-or-later
#include "axislabels.h"

#include <QGraphicsItemGroup>
#include <QGraphicsTextItem>
#include <QTextDocument>

#include <utility>

namespace lre::ui {

namespace {

// Qt Charts' margin of its labels' documents (ChartPresenter::textMargin).
constexpr qreal kTextMargin = 0.5;
constexpr qsizetype kMostBounds = 512;

} // namespace

// Numbers compared exactly: QRectF's own comparison forgives rounding.
bool PlacedFor::operator==(const PlacedFor &other) const
{
    return valid && other.valid && plot.x() == other.plot.x() && plot.y() == other.plot.y()
        && plot.width() == other.plot.width() && plot.height() == other.plot.height() && min == other.min
        && max == other.max && axisLine == other.axisLine && gridPen == other.gridPen && linePen == other.linePen
        && font == other.font && color == other.color && grid == other.grid && line == other.line
        && labels == other.labels && ticks == other.ticks;
}

AxisLabels::AxisLabels(QGraphicsItemGroup *group)
    : m_group(group)
    , m_measure(std::make_unique<QGraphicsTextItem>())
{
    m_measure->document()->setDocumentMargin(kTextMargin);
}

AxisLabels::~AxisLabels() = default;

QRectF AxisLabels::bounds(const QString &text, const QFont &font)
{
    if (font != m_boundsFont) {
        m_bounds.clear();
        m_boundsFont = font;
        m_measure->setFont(font);
    }
    const auto known = m_bounds.constFind(text);
    if (known != m_bounds.constEnd())
        return *known;
    m_measure->setHtml(text);
    const QRectF measured = m_measure->boundingRect();
    if (m_bounds.size() >= kMostBounds) // zooms and pans make new texts without end
        m_bounds.clear();
    m_bounds.insert(text, measured);
    return measured;
}

QGraphicsTextItem *AxisLabels::label(std::size_t index, const QString &text, const QFont &font, const QColor &color)
{
    for (std::size_t i = index; i < m_labels.size(); ++i)
        if (m_labels[i].made && m_labels[i].text == text) {
            std::swap(m_labels[i], m_labels[index]);
            break;
        }
    while (m_labels.size() <= index) {
        Label label;
        label.item = new QGraphicsTextItem(m_group);
        label.item->setAcceptedMouseButtons({});
        label.item->document()->setDocumentMargin(kTextMargin);
        label.item->setRotation(0);
        m_labels.push_back(label);
    }
    Label &label = m_labels[index];
    QGraphicsTextItem *item = label.item;
    if (!label.made || label.text != text || item->font() != font || item->defaultTextColor() != color) {
        // In Qt Charts' order: the width first, then the text.
        item->setFont(font);
        item->setDefaultTextColor(color);
        item->setTextWidth(bounds(text, font).width());
        item->setHtml(text);
        label.text = text;
        label.made = true;
    }
    item->setVisible(true);
    return item;
}

void AxisLabels::hideFrom(std::size_t index)
{
    for (std::size_t i = index; i < m_labels.size(); ++i)
        m_labels[i].item->setVisible(false);
}

void AxisLabels::collectShown(const QGraphicsItem *group, std::vector<Shown> &out)
{
    if (!group || !group->isVisible())
        return;
    for (const QGraphicsItem *child : group->childItems())
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(child); text && text->isVisibleTo(group))
            out.push_back({text->toPlainText(), text->pos()});
}

AxisLabels::Said AxisLabels::compare(const QGraphicsItem *group, const QStringList &given)
{
    QStringList said;
    for (const QGraphicsItem *child : group->childItems())
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(child)) {
            const QString plain = text->toPlainText();
            if (plain.endsWith(QLatin1String("...")) && !given.contains(plain))
                return Said::CutShort;
            if (!plain.isEmpty())
                said.push_back(plain);
        }
    return said == given ? Said::Given : Said::Earlier;
}

} // namespace lre::ui
