// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "theme.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QAction;
class QSettings;

namespace lre::ui {

// Where the window shows a page's own action.
enum class ActionPlace { EditMenu, ViewMenu, ViewMenuAndToolBar };

struct PageAction {
    QAction *action = nullptr;
    ActionPlace place = ActionPlace::ViewMenu;
};

// The contract between the window and each of its tabs. The window asks the current page to
// export, copy, reset and theme itself, and enables each page's own actions only while that page
// is shown; it never knows which page is which.
class Page : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // tab text, with a mnemonic
    virtual void applyTheme(Theme theme) = 0;
    virtual void resetToDefaults() = 0;

    virtual ExportOptions exportOptions() const = 0;
    virtual ExportResult exportTo(const ExportChoice &choice) = 0;
    // What Copy Image puts on the clipboard: the page's figure at scale device pixels a pixel.
    virtual QImage image(int scale) = 0;

    virtual QList<PageAction> pageActions() const { return {}; }
    // Shown in the status bar while the page is current (a readout), or nullptr.
    virtual QWidget *statusWidget() const { return nullptr; }
    // Stops whatever moves on its own (an animation), so an export shows what the person sees.
    virtual void holdStill() {}

    virtual void saveSettings(QSettings &) const {}
    virtual void restoreSettings(QSettings &) {}

    Theme colorTheme() const { return m_theme; }
    // A page that runs experiments runs them only while shown: true while its run waits for that.
    bool isRunPending() const { return m_runPending; }

signals:
    void statusMessage(const QString &text, int timeoutMs);
    // Asks the window to show another page (a button on this one that opens a view there).
    void showPageRequested(lre::ui::Page *page);
    // The page entered or left its presentation mode: the window goes full screen without its
    // bars, and back exactly as it was.
    void presentationChanged(bool on);

protected:
    // Starts the page's run now if the page is shown; otherwise drops the one going and starts
    // it when the page is shown: nobody sees a run on a hidden page.
    void requestRun();
    void setRunPending(bool pending) { m_runPending = pending; }
    virtual void startRun() {}
    virtual void cancelRun() {}
    void showEvent(QShowEvent *event) override;

    Theme m_theme = Theme::Light; // set by applyTheme

private:
    bool m_runPending = false;
};

} // namespace lre::ui
