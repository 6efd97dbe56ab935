// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardtext.h"

#include "claimsreport.h"

namespace lre {

std::string CardText::spread(const Spread &s) const
{
    return say(LRE_TRANSLATE_NOOP("lre::claims", "%1 (%2 to %3)"), {percent(s.mean), percent(s.min), percent(s.max)});
}

std::string CardText::list(const std::vector<std::string> &items) const
{
    std::string joined = items.empty() ? std::string() : items.front();
    for (std::size_t i = 1; i < items.size(); ++i)
        joined = say(LRE_TRANSLATE_NOOP("lre::claims", "%1, %2"), {joined, items[i]});
    return joined;
}

std::string CardText::seeds(const std::vector<std::uint64_t> &seeds) const
{
    if (seeds.empty())
        return say(LRE_TRANSLATE_NOOP("lre::claims", "no seeds"));
    bool consecutive = true;
    for (std::size_t i = 1; i < seeds.size(); ++i)
        consecutive = consecutive && seeds[i] == seeds[i - 1] + 1;
    if (consecutive && seeds.size() > 2)
        return say(LRE_TRANSLATE_NOOP("lre::claims", "seeds %1-%2"),
                   {std::to_string(seeds.front()), std::to_string(seeds.back())});
    std::vector<std::string> each;
    for (const std::uint64_t seed : seeds)
        each.push_back(std::to_string(seed));
    return say(LRE_TRANSLATE_NOOP("lre::claims", "seeds %1"), {list(each)});
}

std::string CardText::startEnd(const char *source, const std::vector<LabSeedMeasure> &lab,
                               double UnitStats::*figure) const
{
    return say(source, {spread(spread_of(lab, figure, &LabSeedMeasure::reluStart)),
                        spread(spread_of(lab, figure, &LabSeedMeasure::reluEnd)),
                        spread(spread_of(lab, figure, &LabSeedMeasure::leakyStart)),
                        spread(spread_of(lab, figure, &LabSeedMeasure::leakyEnd))});
}

std::string CardText::labRan(const ClaimsReport &r) const
{
    const LabParams &p = r.labParams.lab;
    return say(LRE_TRANSLATE_NOOP("lre::claims",
                                  "The dying-ReLU lab at its defaults (%1 units, learning rate %2, biases starting at "
                                  "%3, %4 epochs, %5 points), ReLU against Leaky ReLU at alpha %6, %7."),
               {std::to_string(p.hiddenUnits), number(p.learningRate), number(p.biasShift), std::to_string(p.epochs),
                std::to_string(p.points), number(r.alpha, 6), seeds(r.labParams.seeds)});
}

} // namespace lre
