// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sweep.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace lre::app {

// --sweep lr|alpha --sweep-csv FILE and what shapes the sweep.
struct SweepCommand {
    QString csvPath; // empty: no sweep asked for
    SweepSpec spec;
};

QList<QCommandLineOption> sweep_options();
// Reads the sweep options (and --lab-init, which the lab shares) over lab, the lab parameters
// the other options gave, and alpha as given; a one-line message when something is wrong.
std::optional<QString> parse_sweep_options(const QCommandLineParser &parser, LabParams &lab,
                                           std::optional<double> alpha, SweepCommand &into);

} // namespace lre::app
