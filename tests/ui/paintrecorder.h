// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QPaintEvent>
#include <QRegion>
#include <QSize>

// The paints a widget receives, as its event filter: how many, and the region they covered,
// since start().
class PaintRecorder final : public QObject {
public:
    int paints = 0;
    QRegion painted;

    void start()
    {
        paints = 0;
        painted = QRegion();
    }

    // Runs the event loop until the widget has been painted and a turn (posted work, then what
    // it marked for painting) paints nothing more; false if that takes over maxTurns turns.
    bool settle(int maxTurns = 50)
    {
        for (int turn = 0; turn < maxTurns; ++turn) {
            const int before = paints;
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            if (paints > 0 && paints == before)
                return true;
        }
        return false;
    }

    // The share of an area of that size the recorded paints covered.
    double share(QSize size) const
    {
        qint64 area = 0;
        for (const QRect &rect : painted)
            area += qint64(rect.width()) * rect.height();
        return double(area) / (double(size.width()) * size.height());
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            painted += static_cast<QPaintEvent *>(event)->region();
        }
        return false;
    }
};
