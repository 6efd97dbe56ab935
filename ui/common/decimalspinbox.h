// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace lre::ui {

// A number field for every locale: shows the locale's decimal mark, takes both '.' and ',' as
// the decimal mark whatever the locale (and an exponent: 1e-3), and never reads either as a
// group separator. QDoubleSpinBox alone, under a German locale, reads "0.3" as 3.
class DecimalSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit DecimalSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    // QDoubleSpinBox's fixup deletes the locale's group separator, turning "0,3" (C) or "0.3"
    // (German) into 3 when the value is out of range: leave the text alone instead.
    void fixup(QString &text) const override;

    // The number in text (prefix and suffix allowed); *ok false when there is none, *shapeOk
    // false when no more typing can make one.
    double parse(const QString &text, bool *ok, bool *shapeOk = nullptr) const;
};

} // namespace lre::ui
