// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPen>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QGraphicsItem;
class QGraphicsItemGroup;
class QGraphicsTextItem;

namespace lre::ui {

// What a stand-in's items were last placed for: they are placed again only when some of it
// changes (most layouts, an alpha step's, change none of it).
struct PlacedFor {
    QRectF plot;
    qreal min = 0;
    qreal max = 0;
    qreal axisLine = 0;
    QPen gridPen;
    QPen linePen;
    QFont font;
    QColor color;
    bool grid = false;
    bool line = false;
    bool labels = false;
    quint64 ticks = 0; // how many times the stand-in was given ticks
    bool valid = false;
    bool operator==(const PlacedFor &other) const;
};

// Tick labels made as Qt Charts makes an axis's: text items with its document margin, the axis's
// font and colour, a text width of the label's measured width, the text set as HTML. Qt Charts
// makes every label again on each layout; these are made again only when their text, font or
// colour changes.
class AxisLabels final {
public:
    explicit AxisLabels(QGraphicsItemGroup *group); // the group holds the items
    ~AxisLabels();

    // A label's size as Qt Charts measures it (ChartPresenter::textBoundingRect).
    QRectF bounds(const QString &text, const QFont &font);
    // The item for the index-th label shown this round, with this text, shown: an item that
    // showed the same text (a pan moves the same labels along) is taken if not yet given out.
    QGraphicsTextItem *label(std::size_t index, const QString &text, const QFont &font, const QColor &color);
    // Hides the labels from the index-th on (those not given out this round).
    void hideFrom(std::size_t index);

    // A label as shown (tests compare Qt Charts' labels with these).
    struct Shown {
        QString text;
        QPointF pos;
        bool operator==(const Shown &other) const = default;
    };
    // The labels a group shows, text and place.
    static void collectShown(const QGraphicsItem *group, std::vector<Shown> &out);

    // What Qt Charts' labels in a group say against the texts it was last given: those texts,
    // one of them cut short ("..."), or others (it has not laid the axis out since).
    enum class Said { Given, CutShort, Earlier };
    static Said compare(const QGraphicsItem *group, const QStringList &given);

private:
    struct Label {
        QGraphicsTextItem *item = nullptr; // owned by the group
        QString text;
        bool made = false;
    };
    QGraphicsItemGroup *m_group;
    std::vector<Label> m_labels;
    std::unique_ptr<QGraphicsTextItem> m_measure;
    QHash<QString, QRectF> m_bounds; // in m_boundsFont
    QFont m_boundsFont;
};

} // namespace lre::ui
