// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepoptions.h"

#include "optiontext.h"
#include "parse.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace lre::app {

namespace {

std::optional<double> number(const QString &text)
{
    return parse_double(text.trimmed().toStdString());
}

} // namespace

QList<QCommandLineOption> sweep_options()
{
    return {
        {QStringLiteral("sweep"),
         cli_help("Sensitivity sweep: lr (learning rates, both networks) or alpha (one learning rate); "
              "needs --sweep-csv."),
         QStringLiteral("lr|alpha")},
        {QStringLiteral("sweep-csv"), cli_help("Write one row per run of the sweep to FILE (.csv) and exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("sweep-seeds"), cli_help("Seeds per grid point, 1 to 1000 (default 20)."), QStringLiteral("N")},
        {QStringLiteral("sweep-lr-min"), cli_help("Lowest learning rate of an lr sweep (default 0.001)."),
         QStringLiteral("R")},
        {QStringLiteral("sweep-lr-max"), cli_help("Highest learning rate of an lr sweep (default 0.3)."),
         QStringLiteral("R")},
        {QStringLiteral("sweep-steps"), cli_help("Learning rates of an lr sweep, log-spaced, 2 to 200 (default 16)."),
         QStringLiteral("N")},
        {QStringLiteral("sweep-alphas"),
         cli_help("Alphas of an alpha sweep (default 0,0.001,0.01,0.03,0.1,0.2,0.3,0.5,1)."),
         QStringLiteral("A,B,...")},
        {QStringLiteral("lab-init"),
         cli_help("Lab and sweep: initial weights, shifted (biases at --lab-bias; the lab's default) or he "
              "(He normal, zero biases; the sweep's default)."),
         QStringLiteral("shifted|he")},
        {QStringLiteral("lab-prelu"),
         cli_help("Lab and sweep: a third network that learns its alpha (PReLU), one alpha shared by every unit "
              "or one per unit; adds loss_prelu,dead_prelu,alpha_prelu to --lab-csv (default off)."),
         QStringLiteral("off|shared|per-unit")},
        {QStringLiteral("lab-prelu-start"),
         cli_help("Lab and sweep: where the learned alpha starts, at --alpha or at 0.25 (PyTorch's default; "
              "default alpha)."),
         QStringLiteral("alpha|0.25")},
    };
}

std::optional<QString> parse_sweep_options(const QCommandLineParser &parser, LabParams &lab,
                                           std::optional<double> alpha, SweepCommand &into)
{
    std::optional<LabInit> init;
    if (parser.isSet(QStringLiteral("lab-init"))) {
        const QString text = parser.value(QStringLiteral("lab-init"));
        init = parse_lab_init(text.toStdString());
        if (!init)
            return cli_message("--lab-init: '%1' is not shifted or he").arg(shown_argument(text));
        lab.init = *init;
    }
    if (parser.isSet(QStringLiteral("lab-prelu"))) {
        const QString text = parser.value(QStringLiteral("lab-prelu"));
        const auto prelu = parse_prelu_mode(text.toStdString());
        if (!prelu)
            return cli_message("--lab-prelu: '%1' is not off, shared or per-unit").arg(shown_argument(text));
        lab.prelu = *prelu;
    }
    if (parser.isSet(QStringLiteral("lab-prelu-start"))) {
        const QString text = parser.value(QStringLiteral("lab-prelu-start"));
        const auto start = parse_prelu_start(text.toStdString());
        if (!start)
            return cli_message("--lab-prelu-start: '%1' is not alpha or 0.25").arg(shown_argument(text));
        if (lab.prelu == PreluMode::Off)
            return cli_message("--lab-prelu-start needs --lab-prelu shared or per-unit");
        lab.preluStart = *start;
    }
    const QStringList sweepOnly{QStringLiteral("sweep-seeds"), QStringLiteral("sweep-lr-min"),
                                QStringLiteral("sweep-lr-max"), QStringLiteral("sweep-steps"),
                                QStringLiteral("sweep-alphas")};
    const bool kindSet = parser.isSet(QStringLiteral("sweep"));
    const bool csvSet = parser.isSet(QStringLiteral("sweep-csv"));
    if (!kindSet && !csvSet) {
        for (const QString &name : sweepOnly)
            if (parser.isSet(name))
                return cli_message("--%1 needs --sweep and --sweep-csv").arg(name);
        return std::nullopt;
    }
    if (!kindSet || !csvSet)
        return cli_message("--sweep and --sweep-csv go together");
    const QString kind = parser.value(QStringLiteral("sweep"));
    if (kind != QLatin1String("lr") && kind != QLatin1String("alpha"))
        return cli_message("--sweep: '%1' is not lr or alpha").arg(shown_argument(kind));
    const bool rates = kind == QLatin1String("lr");
    into.csvPath = parser.value(QStringLiteral("sweep-csv"));
    if (!into.csvPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return cli_message("--sweep-csv: '%1' must end in .csv").arg(shown_argument(into.csvPath));

    SweepSpec spec = rates ? default_lr_sweep(alpha.value_or(LabParams{}.alpha))
                           : default_alpha_sweep(lab.learningRate);
    const SweepSpec defaults = spec;
    spec.base = lab;
    spec.base.init = init.value_or(LabInit::He);
    spec.base.alpha = rates ? defaults.base.alpha : lab.alpha;
    spec.base.learningRate = rates ? lab.learningRate : defaults.base.learningRate;

    if (parser.isSet(QStringLiteral("sweep-seeds"))) {
        const QString text = parser.value(QStringLiteral("sweep-seeds"));
        const auto seeds = parse_count(text.toStdString());
        if (!seeds || *seeds < sweep_limits::kSeedsMin || *seeds > sweep_limits::kSeedsMax)
            return cli_message("--sweep-seeds: '%1' is not a whole number from 1 to 1000").arg(shown_argument(text));
        spec.seeds = static_cast<int>(*seeds);
    }
    const QStringList rateOptions{QStringLiteral("sweep-lr-min"), QStringLiteral("sweep-lr-max"),
                                  QStringLiteral("sweep-steps")};
    for (const QString &name : rateOptions)
        if (!rates && parser.isSet(name))
            return cli_message("--%1 applies to --sweep lr").arg(name);
    if (rates && parser.isSet(QStringLiteral("sweep-alphas")))
        return cli_message("--sweep-alphas applies to --sweep alpha");

    if (rates) {
        double low = defaults.values.front();
        double high = defaults.values.back();
        int steps = static_cast<int>(defaults.values.size());
        for (const auto &[name, target] : {std::pair{QStringLiteral("sweep-lr-min"), &low},
                                           std::pair{QStringLiteral("sweep-lr-max"), &high}}) {
            if (!parser.isSet(name))
                continue;
            const QString text = parser.value(name);
            const auto value = number(text);
            if (!value || *value < lab_limits::kLearningRateMin || *value > lab_limits::kLearningRateMax)
                return cli_message("--%1: '%2' is not a learning rate from 0.0001 to 1").arg(name, shown_argument(text));
            *target = *value;
        }
        if (!(low < high))
            return cli_message("--sweep-lr-min must be below --sweep-lr-max");
        if (parser.isSet(QStringLiteral("sweep-steps"))) {
            const QString text = parser.value(QStringLiteral("sweep-steps"));
            const auto parsed = parse_count(text.toStdString());
            if (!parsed || *parsed < sweep_limits::kStepsMin || *parsed > sweep_limits::kStepsMax)
                return cli_message("--sweep-steps: '%1' is not a whole number from 2 to 200").arg(shown_argument(text));
            steps = static_cast<int>(*parsed);
        }
        spec.values = log_spaced(low, high, steps);
    } else if (parser.isSet(QStringLiteral("sweep-alphas"))) {
        const QString text = parser.value(QStringLiteral("sweep-alphas"));
        spec.values.clear();
        for (const QString &part : text.split(QLatin1Char(','))) {
            const auto value = number(part);
            if (!value || *value < limits::kAlphaMin || *value > limits::kAlphaMax)
                return cli_message("--sweep-alphas: '%1' is not a list of numbers from -10 to 10").arg(shown_argument(text));
            spec.values.push_back(*value);
        }
        if (spec.values.size() > sweep_limits::kValuesMax)
            return cli_message("--sweep-alphas: at most 200 values");
    }
    if (auto error = validate_sweep(spec))
        return cli_message("sweep: %1").arg(QString::fromStdString(*error));
    into.spec = spec;
    return std::nullopt;
}

} // namespace lre::app
