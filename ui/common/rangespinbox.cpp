// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangespinbox.h"

#include "validation.h"

namespace lre::ui {

RangeSpinBox::RangeSpinBox(QWidget *parent)
    : DecimalSpinBox(parent)
{
    setDecimals(6);
    setRange(-limits::kXAbsMax, limits::kXAbsMax);
    setSingleStep(1.0);
    setAccelerated(true);
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QString RangeSpinBox::textFromValue(double value) const
{
    QLocale plain = locale();
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'g', 12);
}

} // namespace lre::ui
