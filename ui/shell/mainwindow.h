// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "theme.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QKeySequence;
class QSettings;
class QTabWidget;

namespace lre::ui {

class Page;

// The window shell: tabs, menus, toolbar, status bar, theme and settings. It knows pages only by
// the Page contract and routes Export, Copy Image and Reset to the page shown.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const QList<Page *> &pages, QWidget *parent = nullptr);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    Page *currentPage() const;
    void showPage(Page *page);

    // Resets the page shown and the theme.
    void resetToDefaults();
    void copyImage();
    void exportWithDialog();
    // How Export asks for a file: a dialog by default; tests give an answer instead.
    using ExportPrompt =
        std::function<std::optional<ExportChoice>(const ExportOptions &options, const QString &path)>;
    void setExportPrompt(ExportPrompt prompt) { m_exportPrompt = std::move(prompt); }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

signals:
    void themeChanged(lre::Theme theme);

private:
    QAction *makeAction(const QString &text, const char *objectName, const QKeySequence &shortcut,
                        const QString &toolTip = {}, bool checkable = false);
    void buildActions();
    void buildMenus();
    void onPageChanged();
    void showAbout();
    QString suggestedPath(const Page *page, const ExportOptions &options) const;
    void setPresentation(bool on);

    QList<Page *> m_pages;
    Theme m_theme = Theme::Light;
    QHash<const Page *, QString> m_lastExportPath;
    ExportPrompt m_exportPrompt;

    QTabWidget *m_tabs = nullptr;
    QAction *m_darkThemeAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QPair<QWidget *, bool>> m_barsShown; // before presentation mode
    Qt::WindowStates m_stateBefore;
    QByteArray m_geometryBefore;
    bool m_presentation = false;
};

} // namespace lre::ui
