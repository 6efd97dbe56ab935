// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsreport.h"

namespace lre {

// The learning-rate and alpha sweeps live in core/lab/sweep.h; until this build has them,
// claim 3 and claim 1's large-learning-rate figure report that they were not measured.
SensitivityRun run_claims_sensitivity(double /*alpha*/, const std::function<bool()> & /*keepGoing*/)
{
    SensitivityRun run;
    run.unavailable = "this build has no learning-rate and alpha sweeps to run";
    return run;
}

} // namespace lre
