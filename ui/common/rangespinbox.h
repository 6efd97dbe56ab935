// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimalspinbox.h"

namespace lre::ui {

// Holds x bounds from -1e6 to 1e6 to a millionth, but shows them as short as they are
// ("-5", "0.25", "1000000") instead of padding every value with six decimals.
class RangeSpinBox final : public DecimalSpinBox {
    Q_OBJECT

public:
    explicit RangeSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    // As wide as the widest of -1000000, 1000000 and a bound below 100 to a millionth, whatever the
    // range: Qt sizes a spin box by its range's ends, which the other box's value moves, and a
    // box that resized on every zoom step moved every control in its row. Longer bounds scroll.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;

private:
    QSize hintFor(int height, const QString &fixedContent) const;
};

} // namespace lre::ui
