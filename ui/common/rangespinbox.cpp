// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangespinbox.h"

#include "validation.h"

#include <QEvent>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionSpinBox>

#include <algorithm>

namespace lre::ui {

namespace {

// Any bound below 100 in size shows whole, to a millionth (zooms and pans make such bounds).
constexpr double kWidestUsual = -99.999999;

} // namespace

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

QSize RangeSpinBox::sizeHint() const
{
    return hintFor(lineEdit()->sizeHint().height(), prefix() + suffix());
}

QSize RangeSpinBox::minimumSizeHint() const
{
    return hintFor(lineEdit()->minimumSizeHint().height(), prefix());
}

bool RangeSpinBox::event(QEvent *event)
{
    const bool handled = DecimalSpinBox::event(event);
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LocaleChange:
        // A fixed size also keeps a new range (each zoom step sets one) from asking every
        // layout up to the window for a pass: Qt skips that for widgets whose size cannot change,
        // and a tab widget repaints its whole page on each pass.
        setFixedSize(sizeHint());
        break;
    default:
        break;
    }
    return handled;
}

QSize RangeSpinBox::hintFor(int height, const QString &fixedContent) const
{
    // Qt's own measure (the texts, a space, room for the cursor, the style's frame and buttons)
    // over fixed texts instead of the range's ends.
    ensurePolished();
    const QFontMetrics metrics(fontMetrics());
    int width = 0;
    for (const double value : {-limits::kXAbsMax, limits::kXAbsMax, kWidestUsual})
        width = std::max(width, metrics.horizontalAdvance(textFromValue(value) + fixedContent + u' '));
    constexpr int kCursorRoom = 2;
    QStyleOptionSpinBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_SpinBox, &option, QSize(width + kCursorRoom, height), this);
}

} // namespace lre::ui
