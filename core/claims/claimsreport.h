// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "borndead.h"
#include "claimswording.h"
#include "labclaims.h"
#include "verdicts.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

// The tutorial's four claims, each tested by the app: the measurements, the verdicts their
// rules give, and the text of each claim's card, shared by the Claims page and --claims-report.

namespace lre {

// Where the learned alpha (PReLU, one alpha shared by the hidden units, starting at the
// explorer's alpha) ended in the learning-rate sweep, at the rate learned_alpha_point picks (the
// lowest median final loss where at least half the seeds did not diverge): quartiles over the
// seeds that did not diverge there.
struct LearnedAlphaEnd {
    double startAlpha = 0.0;
    double learningRate = 0.0;
    int seeds = 0;    // runs at that rate
    int finished = 0; // of them, the ones that did not diverge
    double median = 0.0;
    double q1 = 0.0;
    double q3 = 0.0;
};

// What the claims' sweeps ran: a learning-rate sweep (ReLU, Leaky ReLU at alpha and a shared
// PReLU from preluStart), then an alpha sweep of Leaky ReLU, both over the same seeds.
struct SensitivitySetup {
    int rates = 0;
    double rateMin = 0.0;
    double rateMax = 0.0;
    std::uint64_t firstSeed = 0;
    int seeds = 0;
    int epochs = 0;
    double alpha = 0.0;
    double preluStart = 0.0;
    std::vector<double> alphas;
    double alphaLearningRate = 0.0;
};

// Claim 3's measurement and the large-learning-rate part of claim 1 come from the
// learning-rate and alpha sweeps.
struct SensitivityRun {
    std::optional<SensitivityMeasures> measures;
    double highRate = 0.0;
    std::optional<double> highRateDeadRelu; // median final dead fraction at highRate
    double highRateDeadLeaky = 0.0;
    SensitivitySetup setup;  // what was run, when it was
    std::string unavailable; // why not, when it was not: English, marked for translation
    std::optional<LearnedAlphaEnd> learnedAlpha; // none when every learned run diverged
};

// One run of the lab as a sweep reports it.
struct SweepOutcome {
    double learningRate = 0.0;
    double alpha = 0.0;  // 0 for ReLU
    bool relu = true;
    double finalLoss = 0.0;
    double deadFraction = 0.0;
    bool diverged = false;
};
// From a learning-rate sweep (both activations, several seeds per rate) and an alpha sweep
// (Leaky ReLU over alphas in [0.01, 0.3]): the window of rates whose median final loss is within
// 2x of the best median (the contiguous run of rates around the best, in decades; a diverged
// run counts as an infinite loss), the diverged runs, and the largest over the smallest median
// final loss across alphas.
SensitivityMeasures sensitivity_from_runs(const std::vector<SweepOutcome> &rateRuns,
                                          const std::vector<SweepOutcome> &alphaRuns);

// The sweeps for claim 3 at the explorer's alpha, or why they cannot run in this build.
SensitivityRun run_claims_sensitivity(double alpha, const std::function<bool()> &keepGoing = {});

struct ClaimsReport {
    std::string appVersion;
    double alpha = 0.1;
    std::optional<BornDeadTable> bornDead;          // empty until measured
    LabClaimsParams labParams;
    std::optional<std::vector<LabSeedMeasure>> lab; // empty until measured
    std::optional<SensitivityRun> sensitivity;      // empty until tried
};

enum class ClaimView { BornDead, Lab, ExplorerGradients, Sensitivity };

struct ClaimCard {
    int number = 0;
    std::string claim;                // the tutorial's claim in one line
    std::string ran;                  // what the app ran to test it
    std::vector<std::string> numbers; // the measured figures, with seeds, trials and spread
    Verdict verdict = Verdict::NotMeasured;
    std::string rule;                 // the rule that gives the verdict
    std::string reason;               // what the numbers show, in one or two sentences
    std::vector<ClaimView> views;     // where the app shows it
};

// The born-dead cell with the largest |ReLU - Leaky ReLU| fraction, the first of equals.
const BornDeadCell *largest_gap_cell(const BornDeadTable &table);

DyingMeasures dying_measures(const ClaimsReport &report);
GradientMeasures gradient_measures(const std::vector<LabSeedMeasure> &lab);
SparsityMeasures sparsity_measures(const std::vector<LabSeedMeasure> &lab);

// Cards for whatever has been measured so far; a claim waiting for its numbers says so. The
// default wording is English with C-style numbers, as the Markdown and JSON reports write them.
std::array<ClaimCard, 4> claim_cards(const ClaimsReport &report, const ClaimsWording &wording = {});

// Which stage just finished, for a caller that shows results as they come.
enum class ClaimsStage { BornDead, Lab, Sensitivity };

// Everything at its defaults (born dead with bornDeadTrials per cell). keepGoing may be called
// from any thread; onStage is called on the calling thread after each stage.
ClaimsReport run_claims_report(double alpha, std::string appVersion,
                               int bornDeadTrials = born_dead_limits::kDefaultTrials,
                               const std::function<bool()> &keepGoing = {},
                               const std::function<void(ClaimsStage, const ClaimsReport &)> &onStage = {});

inline constexpr const char *kClaimsJsonFormat = "leaky-relu-explorer/claims";
inline constexpr int kClaimsJsonVersion = 1;
// A hand-out a teacher can print (Markdown) and the same for machines (JSON, UTF-8, doubles in
// the shortest exact form). Both name the seeds, trial counts and app version, and nothing else
// varies: the same report gives the same file.
void write_claims_markdown(std::ostream &out, const ClaimsReport &report);
void write_claims_json(std::ostream &out, const ClaimsReport &report);

} // namespace lre
