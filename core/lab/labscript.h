// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"
#include "labjson.h"

#include <ostream>
#include <string_view>

namespace lre {

// A self-contained PyTorch script (needs only torch; float64, full batch) that trains the run's
// two networks from its data and initial weights the same way the app does (mean squared error,
// plain gradient descent, the same divergence rule) and prints the same CSV as --lab-csv.
// Uses run.appVersion, params, data and the initial weights; not the records.
void write_lab_pytorch_script(std::ostream &out, const LabRun &run);
// The same for params, drawing the data and the initial weights as run_lab does (no training).
void write_lab_pytorch_script(std::ostream &out, const LabParams &params, std::string_view appVersion);

} // namespace lre
