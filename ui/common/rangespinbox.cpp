// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangespinbox.h"

#include "validation.h"

#include <QRegularExpression>

namespace lre::ui {

RangeSpinBox::RangeSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
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

double RangeSpinBox::valueFromText(const QString &text) const
{
    return locale().toDouble(text.trimmed());
}

QValidator::State RangeSpinBox::validate(QString &text, int &) const
{
    const QString trimmed = text.trimmed();
    const QString point = QRegularExpression::escape(locale().decimalPoint());
    static const QString pattern =
        QStringLiteral("^[+-]?(\\d*(%1\\d*)?)([eE][+-]?\\d*)?$");
    const QRegularExpression shape(pattern.arg(point));
    if (!shape.match(trimmed).hasMatch())
        return QValidator::Invalid;
    bool ok = false;
    const double value = locale().toDouble(trimmed, &ok);
    if (!ok)
        return QValidator::Intermediate;
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                    : QValidator::Intermediate;
}

} // namespace lre::ui
