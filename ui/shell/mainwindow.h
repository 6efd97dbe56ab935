// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "theme.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QSettings;
class QTabWidget;

namespace lre::ui {

class FullScreenPresentation;
class Page;

// The window shell: tabs, menus, toolbar, status bar, theme and settings. It knows pages only by
// the Page contract and routes Export, Copy Image and Reset to the page shown.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const QList<Page *> &pages, QWidget *parent = nullptr);
    ~MainWindow() override;

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
    void buildActions();
    void buildMenus();
    void onPageChanged();
    QString suggestedPath(const Page *page, const ExportOptions &options) const;

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
    std::unique_ptr<FullScreenPresentation> m_presentation;
};

} // namespace lre::ui
