// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"
#include "claimsoptions.h"
#include "sweepoptions.h"
#include "plotparams.h"
#include "textvalues.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace lre::app {

// What the command line asked for. Plot options are kept as given so that, for the window, they
// override only the saved settings they name; an export uses them over the defaults alone.
struct CommandLine {
    std::optional<double> alpha;
    std::optional<double> xMin;
    std::optional<double> xMax;
    std::optional<bool> showGradients;
    std::optional<ZeroGradient> zeroGradient;
    std::optional<Theme> theme;
    std::optional<Pins> pins; // --pin: reference alphas, drawn and written as CSV columns
    bool presentation = false; // --presentation: the presentation mode's fonts and lines
    QString exportPath;
    QString labCsvPath;
    QString labJsonPath;   // --lab-json: the whole run, to reproduce it elsewhere
    QString labScriptPath; // --lab-script: the same experiment as a PyTorch script
    LabParams lab; // alpha comes from --alpha
    SweepCommand sweep;
    ClaimsCommand claims; // --claims-report, --born-dead-csv
    QSize size{1280, 800};
    long samples = 101;
    int scale = 1; // --scale: device pixels per logical pixel for .png and .jpg
    bool resetSettings = false;
    bool measureStartup = false;
    bool printState = false;

    PlotParams paramsOver(const PlotParams &base) const;
    Theme themeOver(Theme base) const { return theme.value_or(base); }
};

struct ParseOutcome {
    bool exitNow = false; // help, version or an error: print and exit with exitCode
    int exitCode = 0;
    QString output; // for stdout
    QString error;  // one line for stderr
    CommandLine options;
};

inline constexpr int kExitOk = 0;
inline constexpr int kExitWriteFailed = 1;
inline constexpr int kExitUsage = 2;

// arguments[0] is the program name, as QCoreApplication::arguments() gives it.
ParseOutcome parse_command_line(const QStringList &arguments);

} // namespace lre::app
