// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages.h"

#include "claimspage.h"
#include "dyingrelupage.h"
#include "explorerpage.h"
#include "sensitivitypage.h"

namespace lre::ui {

QList<Page *> Pages::all() const
{
    return {explorer, dyingRelu, sensitivity, claims};
}

Pages make_pages()
{
    Pages pages;
    pages.explorer = new ExplorerPage;
    pages.dyingRelu = new DyingReluPage;
    pages.dyingRelu->setAlpha(pages.explorer->params().alpha);
    QObject::connect(pages.explorer, &ExplorerPage::alphaChanged, pages.dyingRelu, &DyingReluPage::setAlpha);
    QObject::connect(pages.dyingRelu, &DyingReluPage::learnedAlphaChosen, pages.explorer, &ExplorerPage::setAlpha);
    pages.sensitivity = new SensitivityPage;
    pages.sensitivity->setAlpha(pages.explorer->params().alpha);
    QObject::connect(pages.explorer, &ExplorerPage::alphaChanged, pages.sensitivity, &SensitivityPage::setAlpha);
    pages.claims = new ClaimsPage;
    pages.claims->setAlpha(pages.explorer->params().alpha);
    pages.claims->setViewPages(pages.dyingRelu, pages.explorer, pages.sensitivity);
    QObject::connect(pages.explorer, &ExplorerPage::alphaChanged, pages.claims, &ClaimsPage::setAlpha);
    return pages;
}

} // namespace lre::ui
