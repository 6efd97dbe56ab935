// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdicts.h"

#include <algorithm>
#include <vector>

namespace lre {

namespace {

// +1 favours Leaky ReLU, -1 favours ReLU, 0 neither.
int favour(double reluMinusLeaky, double margin)
{
    if (reluMinusLeaky >= margin)
        return 1;
    if (-reluMinusLeaky >= margin)
        return -1;
    return 0;
}

Verdict combine(const std::vector<int> &items)
{
    if (items.empty())
        return Verdict::NotMeasured;
    const auto forLeaky = std::ranges::count(items, 1);
    const auto forRelu = std::ranges::count(items, -1);
    if (forLeaky == static_cast<long>(items.size()))
        return Verdict::Supported;
    if (forLeaky > 0)
        return Verdict::PartlySupported;
    return forRelu > 0 ? Verdict::Backwards : Verdict::NotSupported;
}

} // namespace

std::string verdict_text(Verdict verdict, const ClaimsWording &wording)
{
    const char *text = "";
    switch (verdict) {
    case Verdict::Supported: text = LRE_TRANSLATE_NOOP("lre::claims", "supported"); break;
    case Verdict::PartlySupported: text = LRE_TRANSLATE_NOOP("lre::claims", "partly supported"); break;
    case Verdict::NotSupported: text = LRE_TRANSLATE_NOOP("lre::claims", "not supported"); break;
    case Verdict::Backwards: text = LRE_TRANSLATE_NOOP("lre::claims", "backwards"); break;
    case Verdict::NotMeasured: text = LRE_TRANSLATE_NOOP("lre::claims", "not measured yet"); break;
    }
    return wording.translate(text);
}

Verdict dying_verdict(const DyingMeasures &m)
{
    std::vector<int> items;
    if (m.bornDeadGap)
        items.push_back(favour(*m.bornDeadGap, std::max(0.01, 3.0 * m.bornDeadGapError)));
    if (m.recoveryDeadRelu) {
        const int seedsNeeded = (8 * m.seeds + 9) / 10;
        const int f = favour(*m.recoveryDeadRelu - m.recoveryDeadLeaky, kMargin);
        if (f > 0 && m.seedsLeakyFewerDead >= seedsNeeded)
            items.push_back(1);
        else if (f < 0 && m.seedsReluFewerDead >= seedsNeeded)
            items.push_back(-1);
        else
            items.push_back(0);
    }
    if (m.highRateDeadRelu)
        items.push_back(favour(*m.highRateDeadRelu - m.highRateDeadLeaky, kMargin));
    return combine(items);
}

Verdict gradient_verdict(const GradientMeasures &m)
{
    const int f = favour(m.zeroDerivativeReluEnd - m.zeroDerivativeLeakyEnd, kMargin);
    if (f < 0)
        return Verdict::Backwards;
    if (m.zeroDerivativeLeakyMax == 0.0 && m.noGradientLeakyMax == 0.0 && m.zeroDerivativeReluEnd >= kMargin)
        return Verdict::Supported;
    return f > 0 ? Verdict::PartlySupported : Verdict::NotSupported;
}

Verdict sensitivity_verdict(const std::optional<SensitivityMeasures> &m)
{
    if (!m)
        return Verdict::NotMeasured;
    const double wider = m->windowDecadesLeaky - m->windowDecadesRelu;
    // A share of the runs, so that one run more or less does not turn the verdict.
    const double fewerDiverged = m->runsPerActivation > 0
        ? static_cast<double>(m->divergedRelu - m->divergedLeaky) / m->runsPerActivation
        : 0.0;
    const bool better = wider >= kWindowMargin || fewerDiverged >= kMargin;
    const bool worse = -wider >= kWindowMargin || -fewerDiverged >= kMargin;
    const bool alphaStable = m->alphaLossRatio <= kAlphaRatioStable;
    if (better && !worse && alphaStable)
        return Verdict::Supported;
    if (better)
        return Verdict::PartlySupported;
    return worse ? Verdict::Backwards : Verdict::NotSupported;
}

Verdict sparsity_verdict(const SparsityMeasures &m)
{
    const double leakyMore = m.zeroLeakyEnd - m.zeroReluEnd;
    if (leakyMore >= kMargin)
        return Verdict::Supported;
    if (-leakyMore >= kMargin) {
        return m.zeroReluEnd - m.nearZeroLeakyEnd >= kMargin ? Verdict::Backwards
                                                              : Verdict::PartlySupported;
    }
    return Verdict::NotSupported;
}

} // namespace lre
