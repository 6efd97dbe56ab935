// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages.h"

#include "dyingrelupage.h"
#include "explorerpage.h"

namespace lre::ui {

QList<Page *> Pages::all() const
{
    return {explorer, dyingRelu};
}

Pages make_pages()
{
    Pages pages;
    pages.explorer = new ExplorerPage;
    pages.dyingRelu = new DyingReluPage;
    pages.dyingRelu->setAlpha(pages.explorer->params().alpha);
    QObject::connect(pages.explorer, &ExplorerPage::alphaChanged, pages.dyingRelu, &DyingReluPage::setAlpha);
    return pages;
}

} // namespace lre::ui
