// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace lre::ui {

void show_about(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("lre::ui::MainWindow", "About Leaky ReLU Explorer"),
        QCoreApplication::translate(
            "lre::ui::MainWindow",
            "<h3>Leaky ReLU Explorer %1</h3>"
            "<p>ReLU passes positive inputs through and turns every negative input into 0. Its "
            "gradient there is 0 too, so a unit whose input stays negative for every example stops "
            "learning for good: it has <i>died</i>. Leaky ReLU keeps a small slope α for negative "
            "inputs, f(x) = x for x &gt; 0 and α·x otherwise, so such a unit still receives a "
            "gradient of α and can recover.</p>"
            "<p>Drag α and watch both functions and their gradients change; the kink at 0 is drawn "
            "exactly.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace lre::ui
