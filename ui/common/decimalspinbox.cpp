// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimalspinbox.h"

#include <QLocale>
#include <QRegularExpression>

namespace lre::ui {

DecimalSpinBox::DecimalSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
}

QString DecimalSpinBox::textFromValue(double value) const
{
    QLocale shown = locale();
    shown.setNumberOptions(QLocale::OmitGroupSeparator);
    return shown.toString(value, 'f', decimals());
}

double DecimalSpinBox::parse(const QString &text, bool *ok, bool *shapeOk) const
{
    QString body = text;
    if (!prefix().isEmpty() && body.startsWith(prefix()))
        body.remove(0, prefix().size());
    if (!suffix().isEmpty() && body.endsWith(suffix()))
        body.chop(suffix().size());
    body = body.trimmed();
    // The locale's own marks (a decimal mark other than '.' or ',', a minus sign such as U+2212)
    // count as well as the ASCII ones.
    const QLocale shown = locale();
    body.replace(shown.decimalPoint(), QStringLiteral("."));
    body.replace(shown.negativeSign(), QStringLiteral("-"));
    body.replace(shown.positiveSign(), QStringLiteral("+"));
    body.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression shape(QStringLiteral("^[+-]?\\d*(\\.\\d*)?([eE][+-]?\\d*)?$"));
    const bool shaped = shape.match(body).hasMatch();
    if (shapeOk)
        *shapeOk = shaped;
    if (!shaped) {
        *ok = false;
        return 0.0;
    }
    return QLocale::c().toDouble(body, ok);
}

double DecimalSpinBox::valueFromText(const QString &text) const
{
    bool ok = false;
    const double value = parse(text, &ok);
    if (!ok)
        return this->value();
    // The value shown is the value held: rounded to the decimals on display.
    return QLocale::c().toString(value, 'f', decimals()).toDouble();
}

void DecimalSpinBox::fixup(QString &) const {}

QValidator::State DecimalSpinBox::validate(QString &text, int &) const
{
    bool ok = false;
    bool shaped = false;
    const double value = parse(text, &ok, &shaped);
    if (!shaped)
        return QValidator::Invalid;
    if (!ok)
        return QValidator::Intermediate;
    return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                    : QValidator::Intermediate;
}

} // namespace lre::ui
