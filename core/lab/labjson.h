// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

// A lab run as a file: everything needed to reproduce it without the app's random numbers.
// The schema (its version is kLabJsonVersion) is described in README.md.

namespace lre {

inline constexpr int kLabJsonVersion = 1;
inline constexpr const char *kLabJsonFormat = "leaky-relu-explorer/lab";

// One lab run, whole: what --lab-json writes and read_lab_json gives back.
struct LabRun {
    std::string appVersion;
    LabParams params;
    LabData data;
    LabNetwork initialRelu;
    LabNetwork initialLeaky;
    std::vector<LabRecord> records;
    LabNetwork finalRelu; // the weights records.back() describes
    LabNetwork finalLeaky;
    LabOutcome outcome = LabOutcome::Finished;
    // The learned-alpha network's, when params.prelu is not off; its records are in records.
    std::optional<LabNetwork> initialPrelu;
    std::optional<LabNetwork> finalPrelu;
    AlphaHistory preluAlphas;

    // The epoch whose loss stopped being finite (one past the last record) when Diverged.
    int divergedAtEpoch() const;
};

// The run of params whose result is given (result = run_lab(params)); the initial weights are
// drawn again from params.
LabRun make_lab_run(const LabParams &params, const LabResult &result, std::string appVersion);
// Draws the data and the initial weights of params and trains them: make_lab_run(params, run_lab(params)).
LabRun run_lab_run(const LabParams &params, std::string appVersion);

// Pretty-printed JSON, UTF-8; every double in the shortest form that reads back exactly.
void write_lab_json(std::ostream &out, const LabRun &run);
void write_lab_json(std::ostream &out, const LabParams &params, const LabResult &result,
                    std::string_view appVersion);

// Reads what write_lab_json writes. Throws std::invalid_argument with a one-line message when
// the text is not JSON, not this schema, of another version, or inconsistent (sizes, params out
// of range, outcome against the records).
LabRun read_lab_json(std::string_view json);

} // namespace lre
