// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decimalspinbox.h"

namespace lre::ui {

// Holds x bounds from -1e6 to 1e6 to a millionth, but shows them as short as they are
// ("-5", "0.25", "1e+06") instead of padding every value with six decimals.
class RangeSpinBox final : public DecimalSpinBox {
    Q_OBJECT

public:
    explicit RangeSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
};

} // namespace lre::ui
