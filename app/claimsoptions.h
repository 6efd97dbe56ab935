// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>
#include <string>

class QCommandLineParser;

namespace lre::app {

// --claims-report FILE (.md or .json) and --born-dead-csv FILE with --born-dead-trials N.
struct ClaimsCommand {
    QString reportPath;    // empty: no report asked for
    QString bornDeadCsvPath;
    int bornDeadTrials = 10'000;

    bool any() const { return !reportPath.isEmpty() || !bornDeadCsvPath.isEmpty(); }
};

QList<QCommandLineOption> claims_options();
std::optional<QString> parse_claims_options(const QCommandLineParser &parser, ClaimsCommand &into);

// Runs what was asked (the report first) at alpha and writes the files through the one export
// path; 0, or 1 with a message on stderr when a file cannot be written.
int run_claims_command(const ClaimsCommand &command, double alpha, const std::string &appVersion);

} // namespace lre::app
