// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimswording.h"
#include "labclaims.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

// The phrases the four claims' cards share (numbers, percentages, spreads, seed lists, the lab
// run), each in the reader's wording.

namespace lre {

struct ClaimsReport;

class CardText {
public:
    explicit CardText(const ClaimsWording &wording) : m_wording(wording) {}

    std::string text(const char *source) const { return m_wording.translate(source); }
    std::string say(const char *source, std::initializer_list<std::string> args = {}) const
    {
        return lre::say(m_wording, source, args);
    }
    std::string number(double value, int digits = 3) const { return m_wording.number(value, 'g', digits); }
    std::string percent(double fraction) const { return lre::percent(m_wording, fraction); }
    // "mean (min to max)", in percent
    std::string spread(const Spread &s) const;
    std::string list(const std::vector<std::string> &items) const;
    // "seeds 1-10", "seeds 3, 7"
    std::string seeds(const std::vector<std::uint64_t> &seeds) const;
    // source with %1..%4: one figure of the lab, ReLU at the start and the end, then Leaky ReLU.
    std::string startEnd(const char *source, const std::vector<LabSeedMeasure> &lab, double UnitStats::*figure) const;
    // The dying-ReLU lab's parameters, the alpha and the seeds, in one sentence.
    std::string labRan(const ClaimsReport &report) const;

private:
    const ClaimsWording &m_wording;
};

} // namespace lre
