// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimswording.h"

#include <optional>
#include <string>

// The written rules that turn the claims' measurements into verdicts. Each rule is a function of
// the numbers alone, and kRule*'s text states it: the report and the page show that text.

namespace lre {

enum class Verdict { Supported, PartlySupported, NotSupported, Backwards, NotMeasured };

// "supported", "partly supported", "not supported", "backwards", "not measured yet"
std::string verdict_text(Verdict verdict, const ClaimsWording &wording = {});

// A difference of fractions smaller than this (5 percentage points) favours neither network.
inline constexpr double kMargin = 0.05;

// Claim 1, "Leaky ReLU prevents dying ReLU".
struct DyingMeasures {
    // Born dead: the cell with the largest |ReLU - Leaky| fraction, and sqrt(seR^2 + seL^2) there.
    std::optional<double> bornDeadGap;
    double bornDeadGapError = 0.0;
    // Recovery (the lab over seeds): mean final dead fractions, seeds where each has fewer dead.
    std::optional<double> recoveryDeadRelu;
    double recoveryDeadLeaky = 0.0;
    int seeds = 0;
    int seedsLeakyFewerDead = 0;
    int seedsReluFewerDead = 0;
    // Dying from a large learning rate (the sweeps): dead fractions at the largest rate.
    std::optional<double> highRateDeadRelu;
    double highRateDeadLeaky = 0.0;
};
inline constexpr const char *kRuleDying =
    LRE_TRANSLATE_NOOP("lre::claims",
                       "Each measurement favours Leaky ReLU when ReLU dies more by at least the margin (born dead: "
                       "1 point and 3 standard errors in some cell; recovery: 5 points and fewer dead units in 8 of "
                       "10 seeds; large learning rate: 5 points), and favours ReLU by the same test reversed. "
                       "Supported: every measurement favours Leaky ReLU; partly supported: some do; backwards: only "
                       "ReLU is favoured; not supported: none favours either.");
Verdict dying_verdict(const DyingMeasures &m);

// Claim 2, "Leaky ReLU avoids zero gradients".
struct GradientMeasures {
    double zeroDerivativeReluEnd = 0.0;   // mean over seeds, after training
    double zeroDerivativeLeakyEnd = 0.0;
    double zeroDerivativeLeakyMax = 0.0;  // largest over seeds, at the start and at the end
    double noGradientLeakyMax = 0.0;      // likewise, units with no gradient at all
};
inline constexpr const char *kRuleGradient =
    LRE_TRANSLATE_NOOP("lre::claims",
                       "Supported: Leaky ReLU has no exactly-zero activation derivative and no unit without gradient "
                       "in any seed, at the start or the end, while ReLU has at least 5% zero derivatives after "
                       "training; partly supported: Leaky ReLU has at least 5 points fewer zero derivatives but some; "
                       "backwards: at least 5 points more; otherwise not supported.");
Verdict gradient_verdict(const GradientMeasures &m);

// Claim 3, "Leaky ReLU is less sensitive to hyperparameters".
struct SensitivityMeasures {
    double windowDecadesRelu = 0.0;  // learning rates whose median final loss is within 2x of the best
    double windowDecadesLeaky = 0.0;
    int divergedRelu = 0;
    int divergedLeaky = 0;
    int runsPerActivation = 0;
    double alphaLossRatio = 1.0;     // largest / smallest median final loss over alpha in [0.01, 0.3]
};
inline constexpr double kWindowMargin = 0.25; // decades
inline constexpr double kAlphaRatioStable = 2.0;
inline constexpr const char *kRuleSensitivity =
    LRE_TRANSLATE_NOOP("lre::claims",
                       "Leaky ReLU is better when its learning-rate window is at least 0.25 decades wider or it "
                       "diverges in at least 5% fewer of its runs, worse by the same tests reversed; alpha is stable when the median "
                       "final loss moves by at most 2x over alpha in [0.01, 0.3]. Supported: better, not worse, and "
                       "alpha stable; partly supported: better but also worse or alpha unstable; backwards: worse "
                       "and not better; not supported: neither.");
Verdict sensitivity_verdict(const std::optional<SensitivityMeasures> &m);

// Claim 4, "Leaky ReLU gives sparse activations".
struct SparsityMeasures {
    double zeroReluEnd = 0.0;      // exactly-zero activations after training, mean over seeds
    double zeroLeakyEnd = 0.0;
    double nearZeroLeakyEnd = 0.0; // Leaky ReLU's activations within 1% of the layer's largest
};
inline constexpr const char *kRuleSparsity =
    LRE_TRANSLATE_NOOP("lre::claims",
                       "Supported: Leaky ReLU has at least 5 points more exactly-zero activations than ReLU after "
                       "training; backwards: ReLU has at least 5 points more, and Leaky ReLU's near-zero fraction "
                       "(within 1% of the largest) also falls 5 points short of ReLU's zeros; partly supported: ReLU "
                       "has more exact zeros but Leaky ReLU is within 5 points of it counting near-zeros; otherwise "
                       "not supported.");
Verdict sparsity_verdict(const SparsityMeasures &m);

} // namespace lre
