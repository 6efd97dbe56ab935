// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "startupprobe.h"

#include "explorerexport.h"
#include "explorerpage.h"
#include "lab.h"
#include "sweep.h"
#include "labjson.h"
#include "labscript.h"
#include "mainwindow.h"
#include "pages.h"
#include "storedtext.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsView>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <sstream>
#include <string_view>

namespace {

int run_export(const lre::app::CommandLine &cmd)
{
    QLocale::setDefault(QLocale::c()); // a file from the command line is the same in every locale
    lre::ui::ExportRequest request;
    request.path = cmd.exportPath;
    request.params = cmd.paramsOver(lre::PlotParams{}); // never the saved settings
    request.theme = cmd.themeOver(lre::Theme::Light);
    request.extras = {cmd.pins.value_or(lre::Pins{}), cmd.presentation};
    request.size = cmd.size;
    request.samples = cmd.samples;
    request.scale = cmd.scale;
    const lre::ui::ExportResult result = lre::ui::export_chart(request);
    if (!result.ok) {
        std::fprintf(stderr, "leaky-relu-explorer: %s\n", qPrintable(result.error));
        return lre::app::kExitWriteFailed;
    }
    return lre::app::kExitOk;
}

// The lab needs no Qt GUI at all: it runs before any QApplication exists.
int run_lab_csv(const lre::app::CommandLine &cmd)
{
    const lre::LabResult result = lre::run_lab(cmd.lab);
    std::ostringstream text;
    lre::write_lab_csv(text, result.records, cmd.lab.prelu != lre::PreluMode::Off);
    const lre::ui::ExportResult written = lre::ui::save_text(cmd.labCsvPath, text.str());
    if (!written.ok) {
        std::fprintf(stderr, "leaky-relu-explorer: %s\n", qPrintable(written.error));
        return lre::app::kExitWriteFailed;
    }
    if (result.outcome == lre::LabOutcome::Diverged)
        std::fprintf(stderr, "leaky-relu-explorer: note: the loss diverged at epoch %d; "
                             "a smaller --lab-lr trains\n", result.records.back().epoch + 1);
    return lre::app::kExitOk;
}

// --lab-json and --lab-script (and --lab-csv when given with them): each file written whole or
// not at all, stopping at the first that cannot be written.
int run_lab_files(const lre::app::CommandLine &cmd)
{
    const std::string version = QCoreApplication::applicationVersion().toStdString();
    auto save = [](const QString &path, const std::ostringstream &text) {
        const lre::ui::ExportResult written = lre::ui::save_text(path, text.str());
        if (!written.ok)
            std::fprintf(stderr, "leaky-relu-explorer: %s\n", qPrintable(written.error));
        return written.ok;
    };
    if (!cmd.labJsonPath.isEmpty()) {
        const lre::LabResult result = lre::run_lab(cmd.lab);
        std::ostringstream text;
        lre::write_lab_json(text, cmd.lab, result, version);
        if (!save(cmd.labJsonPath, text))
            return lre::app::kExitWriteFailed;
        if (result.outcome == lre::LabOutcome::Diverged && cmd.labCsvPath.isEmpty())
            std::fprintf(stderr, "leaky-relu-explorer: note: the loss diverged at epoch %d; "
                                 "a smaller --lab-lr trains\n", result.records.back().epoch + 1);
    }
    if (!cmd.labScriptPath.isEmpty()) {
        std::ostringstream text;
        lre::write_lab_pytorch_script(text, cmd.lab, version);
        if (!save(cmd.labScriptPath, text))
            return lre::app::kExitWriteFailed;
    }
    return cmd.labCsvPath.isEmpty() ? lre::app::kExitOk : run_lab_csv(cmd);
}

// --sweep-csv: every run on every core, one row a run. A long sweep says how far it got.
int run_sweep_csv(const lre::app::CommandLine &cmd)
{
    const lre::SweepResult result = lre::run_sweep(cmd.sweep.spec);
    std::ostringstream text;
    lre::write_sweep_csv(text, result);
    const lre::ui::ExportResult written = lre::ui::save_text(cmd.sweep.csvPath, text.str());
    if (!written.ok) {
        std::fprintf(stderr, "leaky-relu-explorer: %s\n", qPrintable(written.error));
        return lre::app::kExitWriteFailed;
    }
    return lre::app::kExitOk;
}

QString state_line(const lre::ui::ExplorerPage &explorer, lre::Theme theme)
{
    using lre::ui::from_ascii;
    const lre::PlotParams &p = explorer.params();
    return QStringLiteral("alpha=%1 x_min=%2 x_max=%3 gradients=%4 grad_at_zero=%5 theme=%6\n")
        .arg(p.alpha, 0, 'g', 17)
        .arg(p.xMin, 0, 'g', 17)
        .arg(p.xMax, 0, 'g', 17)
        .arg(p.showGradients ? QStringLiteral("on") : QStringLiteral("off"),
             from_ascii(lre::zero_gradient_name(p.zeroGradient)), from_ascii(lre::theme_name(theme)));
}

void quiet_headless_messages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // Without a desktop session this one is noise on every export, not a problem to report.
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qt_message_output(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mainEntered = lre::app::wall_clock_ns();
    QApplication::setOrganizationName(QStringLiteral("LeakyReluExplorer"));
    QApplication::setApplicationName(QStringLiteral("leaky-relu-explorer"));
    QApplication::setApplicationVersion(QStringLiteral(LRE_VERSION));

    // Parsed before any QApplication exists, so usage errors, help and exports need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QFile::decodeName(argv[i]));
        // A name that does not survive decoding would be written under another name: refuse it.
        if (QFile::encodeName(arguments.back()) != QByteArray(argv[i])) {
            std::fprintf(stderr, "leaky-relu-explorer: argument %d is not valid text in this "
                                 "locale (file names must be UTF-8 here)\n", i);
            return lre::app::kExitUsage;
        }
    }
    // Messages and help in the user's language: a core application just for parsing, so that
    // usage errors, help and exports still need no display.
    const lre::app::ParseOutcome parsed = [&] {
        QCoreApplication parsing(argc, argv);
        lre::i18n::install_translators(&parsing);
        return lre::app::parse_command_line(arguments);
    }();
    if (parsed.exitNow) {
        if (!parsed.output.isEmpty())
            QTextStream(stdout) << parsed.output;
        if (!parsed.error.isEmpty())
            QTextStream(stderr) << parsed.error << '\n';
        return parsed.exitCode;
    }
    const lre::app::CommandLine &cmd = parsed.options;
    if (cmd.claims.any())
        return lre::app::run_claims_command(cmd.claims, cmd.alpha.value_or(lre::PlotParams{}.alpha),
                                            QCoreApplication::applicationVersion().toStdString());
    if (!cmd.sweep.csvPath.isEmpty()) {
        const int code = run_sweep_csv(cmd);
        const bool labToo = !cmd.labJsonPath.isEmpty() || !cmd.labScriptPath.isEmpty() || !cmd.labCsvPath.isEmpty();
        if (code != lre::app::kExitOk || !labToo)
            return code;
    }
    if (!cmd.labJsonPath.isEmpty() || !cmd.labScriptPath.isEmpty())
        return run_lab_files(cmd);
    if (!cmd.labCsvPath.isEmpty())
        return run_lab_csv(cmd);
    const bool headless = !cmd.exportPath.isEmpty() || cmd.printState;
    if (headless) {
        qInstallMessageHandler(quiet_headless_messages);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    lre::i18n::install_translators(&app);
    QApplication::setApplicationDisplayName(QStringLiteral("Leaky ReLU Explorer"));
    QApplication::setDesktopFileName(QStringLiteral(LRE_APP_ID));
    if (!cmd.exportPath.isEmpty())
        return run_export(cmd);
    QSettings settings;
    if (cmd.resetSettings)
        settings.clear();

    const lre::ui::Pages pages = lre::ui::make_pages();
    lre::ui::MainWindow window(pages.all());
    window.restoreSettings(settings);
    // The command line overrides only the saved settings it names.
    window.setTheme(cmd.themeOver(window.theme()));
    pages.explorer->setParams(cmd.paramsOver(pages.explorer->params()));
    if (cmd.pins)
        pages.explorer->setPins(*cmd.pins);
    if (cmd.printState) {
        QTextStream(stdout) << state_line(*pages.explorer, window.theme());
        return lre::app::kExitOk;
    }
    if (cmd.measureStartup)
        new lre::app::StartupProbe(
            window.findChild<QGraphicsView *>(QStringLiteral("chartView"))->viewport(), mainEntered,
            &window);
    else
        QObject::connect(&app, &QApplication::aboutToQuit, &window,
                         [&] { window.saveSettings(settings); });
    window.show();
    if (cmd.presentation)
        pages.explorer->setPresentation(true);
    return QApplication::exec();
}
