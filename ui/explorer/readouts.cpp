// SPDX-License-Identifier: GPL-3.0-or-later
#include "readouts.h"
#include "numbertext.h"

#include "activation.h"

#include <QCoreApplication>

namespace lre::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lre::ui::ExplorerPage", text);
}

QString number_text(double v)
{
    return shown_number(v, 'g', 6);
}

} // namespace

AlphaNote alpha_note(double alpha)
{
    if (alpha > 1.0)
        return {tr("α > 1: the negative side is now steeper than the positive side, and "
                   "max(α·x, x) would no longer be Leaky ReLU (it would swap the two slopes)."),
                true};
    if (alpha < 0.0)
        return {tr("α < 0: negative inputs now give positive outputs, so the function is no longer "
                   "monotonic."),
                true};
    if (alpha == 0.0)
        return {tr("α = 0: Leaky ReLU is plain ReLU, and negative inputs get no gradient at all."), true};
    if (alpha == 1.0)
        return {tr("α = 1: Leaky ReLU is the identity; the network loses its non-linearity."), true};
    return {tr("Arrow keys move α by 0.001, Page Up/Down by 0.05. On the chart: the wheel zooms x, "
               "dragging pans, a double-click restores −5 to 5."),
            false};
}

QString hover_text(double x, const PlotParams &p, const Pins &pins)
{
    QString text = tr("x = %1    ReLU(x) = %2    Leaky ReLU(x) = %3    ReLU′(x) = %4    Leaky ReLU′(x) = %5")
        .arg(number_text(x), number_text(relu(x)), number_text(leaky_relu(x, p.alpha)),
             number_text(relu_grad(x, p.zeroGradient)),
             number_text(leaky_relu_grad(x, p.alpha, p.zeroGradient)));
    for (double alpha : pins)
        text += tr("    α = %1: %2 (′ %3)")
                    .arg(number_text(alpha), number_text(leaky_relu(x, alpha)),
                         number_text(leaky_relu_grad(x, alpha, p.zeroGradient)));
    return text;
}

} // namespace lre::ui
