// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace lre::ui {

class ClaimsPage;
class DyingReluPage;
class ExplorerPage;
class Page;
class SensitivityPage;

// Every page of the window, made and wired together in one place: each page that follows the
// explorer's alpha is connected to it here.
struct Pages {
    ExplorerPage *explorer = nullptr;
    DyingReluPage *dyingRelu = nullptr;
    SensitivityPage *sensitivity = nullptr;
    ClaimsPage *claims = nullptr;

    QList<Page *> all() const; // in tab order
};

Pages make_pages();

} // namespace lre::ui
