// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutbox.h"
#include "exportdialog.h"
#include "fullscreenpresentation.h"
#include "namedwidget.h"
#include "page.h"
#include "shortcutguard.h"
#include "windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

namespace lre::ui {

MainWindow::MainWindow(const QList<Page *> &pages, QWidget *parent)
    : QMainWindow(parent)
    , m_pages(pages)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Leaky ReLU Explorer"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/leaky-relu-explorer.svg")));
    m_exportPrompt = [this](const ExportOptions &options,
                            const QString &path) -> std::optional<ExportChoice> {
        ExportDialog dialog(options, path, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choice();
    };

    m_tabs = named(new QTabWidget, "mainTabs", tr("Views"), tr("The pages of the app"));
    m_tabs->setDocumentMode(true);
    for (Page *page : m_pages) {
        m_tabs->addTab(page, page->title());
        connect(page, &Page::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(page, &Page::showPageRequested, this, &MainWindow::showPage);
        connect(page, &Page::presentationChanged, this, [this](bool on) { m_presentation->setOn(on); });
        if (QWidget *status = page->statusWidget())
            statusBar()->addWidget(status, 1);
    }
    setCentralWidget(m_tabs);

    buildActions();
    buildMenus();
    new ShortcutGuard(this);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);
    m_presentation = std::make_unique<FullScreenPresentation>(this, m_tabs->tabBar());

    resize(1100, 700);
    setMinimumSize(900, 560);
    setTheme(Theme::Light);
    onPageChanged();
    if (!m_pages.isEmpty())
        m_pages.first()->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_quitAction = make_action(this, tr("&Quit"), "quitAction", QKeySequence(tr("Ctrl+Q")));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_exportAction = make_action(this, tr("&Export…"), "exportAction", QKeySequence(tr("Ctrl+E")),
                                tr("Save what the page shows as an image, a vector file or data (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);

    m_copyAction = make_action(this, tr("&Copy Image"), "copyImageAction", QKeySequence(tr("Ctrl+Shift+C")),
                              tr("Put the page's chart image on the clipboard (Ctrl+Shift+C)"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyImage);

    m_darkThemeAction = make_action(this, tr("&Dark Theme"), "darkThemeAction", QKeySequence(tr("Ctrl+T")),
                                   tr("Switch between the light and the dark theme (Ctrl+T)"), true);
    connect(m_darkThemeAction, &QAction::triggered, this,
            [this](bool dark) { setTheme(dark ? Theme::Dark : Theme::Light); });

    m_resetAction = make_action(this, tr("&Reset"), "resetAction", QKeySequence(tr("Ctrl+R")),
                               tr("Return the page's controls and the theme to their defaults (Ctrl+R)"));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetToDefaults);

    m_aboutAction = make_action(this, tr("&About Leaky ReLU Explorer"), "aboutAction", {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { show_about(this); });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copyAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_darkThemeAction);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_exportAction);
    tools->addSeparator();
    tools->addAction(m_darkThemeAction);

    // Each page's own actions, enabled only while that page is shown.
    for (const Page *page : m_pages) {
        const QList<PageAction> actions = page->pageActions();
        if (actions.isEmpty())
            continue;
        edit->addSeparator();
        view->addSeparator();
        for (const PageAction &entry : actions) {
            addAction(entry.action); // its shortcut works wherever focus is in the window
            if (entry.place == ActionPlace::EditMenu) {
                edit->addAction(entry.action);
                continue;
            }
            view->addAction(entry.action);
            if (entry.place == ActionPlace::ViewMenuAndToolBar)
                tools->addAction(entry.action);
        }
    }
    view->addSeparator();
    view->addAction(m_resetAction);
    tools->addAction(m_resetAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_tabs->currentWidget());
}

void MainWindow::showPage(Page *page)
{
    m_tabs->setCurrentWidget(page);
}

void MainWindow::onPageChanged()
{
    const Page *current = currentPage();
    for (const Page *page : m_pages) {
        const bool shown = page == current;
        for (const PageAction &entry : page->pageActions())
            entry.action->setEnabled(shown);
        if (QWidget *status = page->statusWidget())
            status->setVisible(shown);
    }
}

void MainWindow::setTheme(Theme theme)
{
    const bool changed = theme != m_theme;
    m_theme = theme;
    apply_application_theme(theme);
    setPalette(theme_palette(theme));
    for (Page *page : m_pages)
        page->applyTheme(theme);
    m_darkThemeAction->setChecked(theme == Theme::Dark);
    if (changed)
        emit themeChanged(theme);
}

void MainWindow::resetToDefaults()
{
    if (Page *page = currentPage())
        page->resetToDefaults();
    setTheme(Theme::Light);
}

QString MainWindow::suggestedPath(const Page *page, const ExportOptions &options) const
{
    const QString last = m_lastExportPath.value(page);
    if (!last.isEmpty())
        return last;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(pictures.isEmpty() ? QDir::homePath() : pictures).filePath(options.defaultFileName);
}

void MainWindow::exportWithDialog()
{
    Page *page = currentPage();
    if (!page)
        return;
    page->holdStill();
    const ExportOptions options = page->exportOptions();
    const std::optional<ExportChoice> choice = m_exportPrompt(options, suggestedPath(page, options));
    if (!choice)
        return;
    const ExportResult result = page->exportTo(*choice);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Export Failed"), result.error);
        return;
    }
    m_lastExportPath.insert(page, choice->path);
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(choice->path)), 5000);
}

void MainWindow::copyImage()
{
    Page *page = currentPage();
    if (!page)
        return;
    const int scale = qMax(1, qRound(devicePixelRatioF()));
    QApplication::clipboard()->setImage(page->image(scale));
    statusBar()->showMessage(tr("Chart image copied"), 3000);
}

void MainWindow::saveSettings(QSettings &settings) const
{
    // Presentation mode is never remembered: the window comes back as it was before it.
    save_window_settings(settings, {m_theme, m_presentation->geometryToKeep()});
    for (const Page *page : m_pages)
        page->saveSettings(settings);
    settings.sync();
}

void MainWindow::restoreSettings(QSettings &settings)
{
    const WindowSettings window = load_window_settings(settings);
    if (!window.geometry.isEmpty())
        restoreGeometry(window.geometry);
    setTheme(window.theme);
    for (Page *page : m_pages)
        page->restoreSettings(settings);
}

} // namespace lre::ui
