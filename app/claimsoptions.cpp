// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsoptions.h"

#include "borndead.h"
#include "claimsreport.h"
#include "commandline.h"
#include "exportfile.h"
#include "optiontext.h"
#include "parse.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <sstream>

namespace lre::app {

namespace {


bool ends_with(const QString &path, const char *suffix)
{
    return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
}

bool save(const QString &path, const std::ostringstream &text)
{
    const ui::ExportResult written = ui::save_text(path, text.str());
    if (!written.ok)
        std::fprintf(stderr, "leaky-relu-explorer: %s\n", qPrintable(written.error));
    return written.ok;
}

} // namespace

QList<QCommandLineOption> claims_options()
{
    return {
        {QStringLiteral("claims-report"),
         cli_help("Test the tutorial's four claims at --alpha and write every measurement, verdict and "
              "rule to FILE (.md or .json); then exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("born-dead-csv"),
         cli_help("Write the born-dead table (ReLU and Leaky ReLU at --alpha) to FILE (.csv); then exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("born-dead-trials"),
         cli_help("Networks per born-dead cell, 1 to 1000000 (default 10000)."), QStringLiteral("N")},
    };
}

std::optional<QString> parse_claims_options(const QCommandLineParser &parser, ClaimsCommand &into)
{
    if (parser.isSet(QStringLiteral("claims-report"))) {
        into.reportPath = parser.value(QStringLiteral("claims-report"));
        if (!ends_with(into.reportPath, ".md") && !ends_with(into.reportPath, ".json"))
            return cli_message("--claims-report: '%1' must end in .md or .json").arg(shown_argument(into.reportPath));
    }
    if (parser.isSet(QStringLiteral("born-dead-csv"))) {
        into.bornDeadCsvPath = parser.value(QStringLiteral("born-dead-csv"));
        if (!ends_with(into.bornDeadCsvPath, ".csv"))
            return cli_message("--born-dead-csv: '%1' must end in .csv").arg(shown_argument(into.bornDeadCsvPath));
    }
    if (parser.isSet(QStringLiteral("born-dead-trials"))) {
        const QString text = parser.value(QStringLiteral("born-dead-trials"));
        const auto value = parse_double(text.trimmed().toStdString());
        if (!value || *value != static_cast<double>(static_cast<long long>(*value))
            || *value < born_dead_limits::kTrialsMin || *value > born_dead_limits::kTrialsMax)
            return cli_message("--born-dead-trials: '%1' is not a whole number from 1 to 1000000").arg(shown_argument(text));
        into.bornDeadTrials = static_cast<int>(*value);
        if (!into.any())
            return cli_message("--born-dead-trials applies to --born-dead-csv or --claims-report");
    }
    return std::nullopt;
}

int run_claims_command(const ClaimsCommand &command, double alpha, const std::string &appVersion)
{
    if (!command.reportPath.isEmpty()) {
        const ClaimsReport report = run_claims_report(alpha, appVersion, command.bornDeadTrials);
        std::ostringstream text;
        if (ends_with(command.reportPath, ".json"))
            write_claims_json(text, report);
        else
            write_claims_markdown(text, report);
        if (!save(command.reportPath, text))
            return kExitWriteFailed;
    }
    if (!command.bornDeadCsvPath.isEmpty()) {
        BornDeadParams params;
        params.alpha = alpha;
        params.trials = command.bornDeadTrials;
        std::ostringstream text;
        write_born_dead_csv(text, run_born_dead(params));
        if (!save(command.bornDeadCsvPath, text))
            return kExitWriteFailed;
    }
    return kExitOk;
}

} // namespace lre::app
