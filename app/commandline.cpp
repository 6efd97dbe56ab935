// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "explorerexport.h"

#include "parse.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <limits>
#include <type_traits>
#include <string>

namespace lre::app {

namespace {

// Messages of the command line, in the user's language (their numbers stay in C form).
QString cli_tr(const char *text)
{
    return QCoreApplication::translate("lre::app", text); // lupdate: -tr-function-alias tr+=cli_tr
}

QString program()
{
    return QStringLiteral("leaky-relu-explorer");
}

// The message is one line whatever the arguments held: control characters become '?'.
QString one_line(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char('?');
    return text;
}

ParseOutcome usage_error(const QString &message)
{
    ParseOutcome outcome;
    outcome.exitNow = true;
    outcome.exitCode = kExitUsage;
    outcome.error = one_line(QStringLiteral("%1: %2").arg(program(), message));
    return outcome;
}

QString shown(const QString &value)
{
    constexpr qsizetype kLongest = 60;
    return value.size() > kLongest ? value.left(kLongest) + QStringLiteral("…") : value;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

struct LabOptions {
    const QCommandLineOption &csv;
    const QCommandLineOption &units;
    const QCommandLineOption &learningRate;
    const QCommandLineOption &bias;
    const QCommandLineOption &epochs;
    const QCommandLineOption &seed;
    const QCommandLineOption &json;
    const QCommandLineOption &script;
};

// The lab's options, checked by the lab's own validation so that the window and the command
// line accept the same values.
std::optional<QString> parse_lab_options(const QCommandLineParser &parser, const LabOptions &o,
                                         CommandLine &cmd)
{
    LabParams lab;
    lab.alpha = cmd.alpha.value_or(lab.alpha);
    auto whole = [&](const QCommandLineOption &option, auto &into) -> std::optional<QString> {
        if (!parser.isSet(option))
            return std::nullopt;
        const auto value = parse_count(utf8(parser.value(option)));
        if (!value)
            return cli_tr("--%1: '%2' is not a whole number")
                .arg(option.names().constFirst(), shown(parser.value(option)));
        if (*value < 0 && std::is_unsigned_v<std::remove_reference_t<decltype(into)>>)
            return cli_tr("--%1: '%2' must not be negative")
                .arg(option.names().constFirst(), shown(parser.value(option)));
        if (*value > std::numeric_limits<int>::max() || *value < std::numeric_limits<int>::min())
            return cli_tr("--%1: '%2' is out of range")
                .arg(option.names().constFirst(), shown(parser.value(option)));
        into = static_cast<std::remove_reference_t<decltype(into)>>(*value);
        return std::nullopt;
    };
    auto real = [&](const QCommandLineOption &option, double &into) -> std::optional<QString> {
        if (!parser.isSet(option))
            return std::nullopt;
        const auto value = parse_double(utf8(parser.value(option)));
        if (!value)
            return cli_tr("--%1: '%2' is not a number")
                .arg(option.names().constFirst(), shown(parser.value(option)));
        into = *value;
        return std::nullopt;
    };
    for (auto error : {whole(o.units, lab.hiddenUnits), real(o.learningRate, lab.learningRate),
                       real(o.bias, lab.biasShift), whole(o.epochs, lab.epochs), whole(o.seed, lab.seed)})
        if (error)
            return error;
    if (auto error = validate_lab_params(lab))
        return cli_tr("lab options: %1").arg(QString::fromStdString(*error));
    cmd.lab = lab;
    if (parser.isSet(o.csv)) {
        cmd.labCsvPath = parser.value(o.csv);
        if (!cmd.labCsvPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            return cli_tr("--lab-csv: '%1' must end in .csv").arg(shown(cmd.labCsvPath));
        if (!cmd.exportPath.isEmpty())
            return cli_tr("--lab-csv and --export cannot be used together");
    }
    auto file = [&](const QCommandLineOption &option, const char *extension, QString &into) -> std::optional<QString> {
        if (!parser.isSet(option))
            return std::nullopt;
        into = parser.value(option);
        const QString name = option.names().constFirst();
        if (!into.endsWith(QLatin1String(extension), Qt::CaseInsensitive))
            return cli_tr("--%1: '%2' must end in %3").arg(name, shown(into), QLatin1String(extension));
        if (!cmd.exportPath.isEmpty())
            return cli_tr("--%1 and --export cannot be used together").arg(name);
        return std::nullopt;
    };
    if (auto error = file(o.json, ".json", cmd.labJsonPath))
        return error;
    if (auto error = file(o.script, ".py", cmd.labScriptPath))
        return error;
    return std::nullopt;
}

} // namespace

PlotParams CommandLine::paramsOver(const PlotParams &base) const
{
    PlotParams p = base;
    p.alpha = alpha.value_or(p.alpha);
    if (xMin || xMax) {
        const double lo = xMin.value_or(p.xMin);
        const double hi = xMax.value_or(p.xMax);
        const bool clashes = validate_x_range(lo, hi).has_value();
        // A bound given alone that clashes with the other saved bound takes the default partner.
        p.xMin = clashes ? xMin.value_or(PlotParams{}.xMin) : lo;
        p.xMax = clashes ? xMax.value_or(PlotParams{}.xMax) : hi;
    }
    p.showGradients = showGradients.value_or(p.showGradients);
    p.zeroGradient = zeroGradient.value_or(p.zeroGradient);
    return p;
}

ParseOutcome parse_command_line(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "See Leaky ReLU and ReLU, and their gradients, redraw live as alpha changes.\n"
                "With --export, write the chart or its data to a file and exit without a window."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("main", "Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Show the version and exit."));
    const QCommandLineOption alpha(QStringLiteral("alpha"),
        QCoreApplication::translate("main", "Slope for negative x, -10 to 10 (default 0.1)."),
        QStringLiteral("A"));
    const QCommandLineOption xMin(QStringLiteral("x-min"),
        QCoreApplication::translate("main", "Left end of the x range, -1e6 to 1e6 (default -5)."),
        QStringLiteral("X"));
    const QCommandLineOption xMax(QStringLiteral("x-max"),
        QCoreApplication::translate("main", "Right end of the x range, above x-min by at least 1e-6 (default 5)."),
        QStringLiteral("X"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour theme: light or dark."), QStringLiteral("light|dark"));
    const QCommandLineOption gradients(QStringLiteral("gradients"),
        QCoreApplication::translate("main", "Show the gradient chart: on or off (default on)."),
        QStringLiteral("on|off"));
    const QCommandLineOption gradAtZero(QStringLiteral("grad-at-zero"),
        QCoreApplication::translate("main", "Gradient at exactly x = 0: left (PyTorch, TensorFlow; "
                                            "default) or right (JAX)."),
        QStringLiteral("left|right"));
    const QCommandLineOption exportFile(QStringLiteral("export"),
        QCoreApplication::translate("main", "Write FILE (.png .jpg .jpeg .svg .pdf .csv) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
        QCoreApplication::translate("main", "Image size for --export, each side 16 to 8192 "
                                            "(default 1280x800)."),
        QStringLiteral("WxH"));
    const QCommandLineOption samples(QStringLiteral("samples"),
        QCoreApplication::translate("main", "CSV rows for --export, 2 to 1000000 (default 101)."),
        QStringLiteral("N"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QCoreApplication::translate("main", "Pixel scale for .png and .jpg exports: 1, 2 or 3, as the "
                                            "Export dialog's scale (default 1)."),
        QStringLiteral("1|2|3"));
    const QCommandLineOption pin(QStringLiteral("pin"),
        QCoreApplication::translate("main", "Pinned alphas, up to 6, each -10 to 10, drawn beside --alpha and "
                                            "written as CSV columns leaky_relu_aA, leaky_relu_grad_aA."),
        QStringLiteral("A,B,..."));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
        QCoreApplication::translate("main", "Presentation mode's larger fonts, lines and markers (with "
                                            "--export: the figure; without: the window opens in it)."));
    const QCommandLineOption labCsv(QStringLiteral("lab-csv"),
        QCoreApplication::translate("main", "Run the dying-ReLU lab headless (with --alpha) and write "
                                            "one row per epoch to FILE (.csv), then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption labJson(QStringLiteral("lab-json"),
        QCoreApplication::translate("main", "Run the lab headless (with --alpha) and write the whole run to "
                                            "FILE (.json): parameters, data, weights, records; then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption labScript(QStringLiteral("lab-script"),
        QCoreApplication::translate("main", "Write the lab's experiment (with --alpha) as a PyTorch script to "
                                            "FILE (.py) that prints the same CSV as --lab-csv; then exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption labUnits(QStringLiteral("lab-units"),
        QCoreApplication::translate("main", "Lab: hidden units, 4 to 512 (default 32)."), QStringLiteral("N"));
    const QCommandLineOption labLr(QStringLiteral("lab-lr"),
        QCoreApplication::translate("main", "Lab: learning rate, 1e-4 to 1 (default 0.02)."), QStringLiteral("R"));
    const QCommandLineOption labBias(QStringLiteral("lab-bias"),
        QCoreApplication::translate("main", "Lab: initial hidden bias, -5 to 5 (default -2.5)."),
        QStringLiteral("B"));
    const QCommandLineOption labEpochs(QStringLiteral("lab-epochs"),
        QCoreApplication::translate("main", "Lab: epochs, 1 to 100000 (default 2000)."), QStringLiteral("N"));
    const QCommandLineOption labSeed(QStringLiteral("lab-seed"),
        QCoreApplication::translate("main", "Lab: random seed, a whole number from 0 to 999999999 (default 1)."),
        QStringLiteral("N"));
    const QCommandLineOption resetSettings(QStringLiteral("reset-settings"),
        QCoreApplication::translate("main", "Start from the defaults, forgetting saved settings."));
    QCommandLineOption measureStartup(QStringLiteral("measure-startup"),
        QStringLiteral("Print the time of the first painted frame and quit."));
    measureStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption printState(QStringLiteral("print-state"),
        QStringLiteral("Print the state the window would open with and quit."));
    printState.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({help, version, alpha, xMin, xMax, theme, gradients, gradAtZero, exportFile,
                       size, samples, scale, labCsv, labJson, labScript, labUnits, labLr, labBias, labEpochs, labSeed,
                       resetSettings, measureStartup, printState, pin, presentation});
    parser.addOptions(sweep_options());
    parser.addOptions(claims_options());

    if (!parser.parse(arguments))
        return usage_error(parser.errorText() + cli_tr(" (see --help)"));
    if (parser.isSet(help)) {
        ParseOutcome outcome;
        outcome.exitNow = true;
        outcome.output = parser.helpText().replace(QStringLiteral("<executable_name>"), program());
        return outcome;
    }
    if (parser.isSet(version)) {
        ParseOutcome outcome;
        outcome.exitNow = true;
        outcome.output = QStringLiteral("%1 %2\n").arg(program(), QCoreApplication::applicationVersion());
        return outcome;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage_error(cli_tr("unexpected argument '%1' (options start with --; see --help)")
                               .arg(shown(parser.positionalArguments().constFirst())));
    for (const QString &name : parser.optionNames()) {
        if (parser.optionNames().count(name) > 1)
            return usage_error(cli_tr("--%1 is given more than once").arg(name));
    }

    CommandLine cmd;
    auto number = [&](const QCommandLineOption &option, auto validator,
                      std::optional<double> &into) -> std::optional<QString> {
        if (!parser.isSet(option))
            return std::nullopt;
        const QString text = parser.value(option);
        const auto value = parse_double(utf8(text));
        const QString name = option.names().constFirst();
        if (!value) {
            // NaN is never valid, so its message says what is accepted.
            const std::string accepted = *validator(std::numeric_limits<double>::quiet_NaN());
            return cli_tr("--%1: '%2' is not a number (%3)")
                .arg(name, shown(text), QString::fromStdString(accepted));
        }
        if (const auto error = validator(*value))
            return cli_tr("--%1: '%2' is out of range (%3)")
                .arg(name, shown(text), QString::fromStdString(*error));
        into = value;
        return std::nullopt;
    };
    if (auto error = number(alpha, validate_alpha, cmd.alpha))
        return usage_error(*error);
    if (auto error = number(xMin, validate_x_bound, cmd.xMin))
        return usage_error(*error);
    if (auto error = number(xMax, validate_x_bound, cmd.xMax))
        return usage_error(*error);
    const PlotParams given = cmd.paramsOver(PlotParams{});
    if (auto error = validate_x_range(given.xMin, given.xMax))
        return usage_error(cli_tr("--x-min %1 and --x-max %2: %3")
                               .arg(given.xMin).arg(given.xMax).arg(QString::fromStdString(*error)));

    auto word = [&](const QCommandLineOption &option, auto parse, auto &into,
                    const char *accepted) -> std::optional<QString> {
        if (!parser.isSet(option))
            return std::nullopt;
        const QString text = parser.value(option);
        const auto value = parse(utf8(text));
        if (!value)
            return cli_tr("--%1: '%2' is not %3")
                .arg(option.names().constFirst(), shown(text), QLatin1String(accepted));
        into = *value;
        return std::nullopt;
    };
    if (auto error = word(theme, parse_theme, cmd.theme, "light or dark"))
        return usage_error(*error);
    if (auto error = word(gradients, parse_on_off, cmd.showGradients, "on or off"))
        return usage_error(*error);
    if (auto error = word(gradAtZero, parse_zero_gradient, cmd.zeroGradient, "left or right"))
        return usage_error(*error);

    if (parser.isSet(pin)) {
        const PinList list = parse_pin_list(utf8(parser.value(pin)));
        if (!list.error.empty())
            return usage_error(cli_tr("--pin: %1 (up to %2 alphas from -10 to 10, comma-separated)")
                                   .arg(QString::fromStdString(list.error)).arg(kMaxPins));
        cmd.pins = list.pins;
    }
    cmd.presentation = parser.isSet(presentation);

    if (parser.isSet(size)) {
        const QString text = parser.value(size);
        const auto parsed = parse_image_size(utf8(text));
        if (!parsed)
            return usage_error(cli_tr("--size: '%1' is not WxH with each side a whole number "
                                              "from 16 to 8192")
                                   .arg(shown(text)));
        cmd.size = QSize(parsed->width, parsed->height);
    }
    if (parser.isSet(samples)) {
        const QString text = parser.value(samples);
        const auto parsed = parse_count(utf8(text));
        if (!parsed || validate_samples(*parsed))
            return usage_error(cli_tr("--samples: '%1' is not a whole number from 2 to 1000000")
                                   .arg(shown(text)));
        cmd.samples = *parsed;
    }
    if (parser.isSet(exportFile)) {
        cmd.exportPath = parser.value(exportFile);
        if (cmd.exportPath.isEmpty())
            return usage_error(cli_tr("--export: the file name is empty"));
        if (!ui::export_format_for(cmd.exportPath))
            return usage_error(cli_tr("--export: '%1' must end in %2")
                                   .arg(shown(cmd.exportPath), ui::extensions_text(ui::explorer_export_formats())));
    }
    if (parser.isSet(scale)) {
        const QString text = parser.value(scale);
        const auto parsed = parse_count(utf8(text));
        if (!parsed || *parsed < 1 || *parsed > 3)
            return usage_error(cli_tr("--scale: '%1' is not 1, 2 or 3").arg(shown(text)));
        const auto format = ui::export_format_for(cmd.exportPath);
        if (!format || !ui::is_image(*format))
            return usage_error(cli_tr("--scale applies to --export with .png, .jpg or .jpeg"));
        cmd.scale = static_cast<int>(*parsed);
    }
    if (auto error = parse_lab_options(parser, {labCsv, labUnits, labLr, labBias, labEpochs, labSeed, labJson, labScript}, cmd))
        return usage_error(*error);
    if (auto error = parse_sweep_options(parser, cmd.lab, cmd.alpha, cmd.sweep))
        return usage_error(*error);
    if (!cmd.sweep.csvPath.isEmpty() && !cmd.exportPath.isEmpty())
        return usage_error(cli_tr("--sweep-csv and --export cannot be used together"));
    if (auto error = parse_claims_options(parser, cmd.claims))
        return usage_error(*error);
    if (cmd.claims.any() && !cmd.exportPath.isEmpty())
        return usage_error(cli_tr("--claims-report and --born-dead-csv cannot be used with --export"));
    cmd.resetSettings = parser.isSet(resetSettings);
    cmd.measureStartup = parser.isSet(measureStartup);
    cmd.printState = parser.isSet(printState);

    ParseOutcome outcome;
    outcome.options = cmd;
    return outcome;
}

} // namespace lre::app
