// SPDX-License-Identifier: GPL-3.0-or-later
// The report as Markdown and JSON: English and C-style numbers in every locale, like the CSV files.
#include "claimsreport.h"

#include "samples.h"

#include <cmath>
#include <cstdio>

namespace lre {

namespace {

std::string json_string(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string json_number(double value)
{
    return std::isfinite(value) ? format_double(value) : "null";
}

const char *view_key(ClaimView view)
{
    switch (view) {
    case ClaimView::BornDead: return "born_dead";
    case ClaimView::Lab: return "lab";
    case ClaimView::ExplorerGradients: return "explorer_gradients";
    case ClaimView::Sensitivity: return "sensitivity";
    }
    return "";
}

const char *outcome_key(LabOutcome outcome)
{
    switch (outcome) {
    case LabOutcome::Finished: return "finished";
    case LabOutcome::Cancelled: return "cancelled";
    case LabOutcome::Diverged: return "diverged";
    }
    return "";
}

void write_stats_json(std::ostream &out, const UnitStats &s)
{
    out << "{\"loss\": " << json_number(s.loss) << ", \"dead_fraction\": " << json_number(s.deadFraction)
        << ", \"zero_derivative\": " << json_number(s.zeroDerivative)
        << ", \"no_gradient_units\": " << json_number(s.noGradientUnits)
        << ", \"zero_activation\": " << json_number(s.zeroActivation)
        << ", \"near_zero_activation\": " << json_number(s.nearZeroActivation) << "}";
}

} // namespace

void write_claims_markdown(std::ostream &out, const ClaimsReport &report)
{
    const ClaimsWording english;
    out << "# Leaky ReLU: the tutorial's four claims, tested\n\n";
    out << "Leaky ReLU Explorer " << report.appVersion << ", alpha = " << format_double(report.alpha)
        << ". Every number below is measured by the app; every verdict comes from the rule under it.\n\n";
    for (const ClaimCard &card : claim_cards(report, english)) {
        out << "## Claim " << card.number << ": " << card.claim << "\n\n";
        out << "**Verdict: " << verdict_text(card.verdict) << ".** " << card.reason << "\n\n";
        out << "What ran: " << card.ran << "\n\n";
        for (const std::string &line : card.numbers)
            out << "- " << line << "\n";
        out << "\n*Rule:* " << card.rule << "\n\n";
    }
    if (report.bornDead) {
        const BornDeadTable &t = *report.bornDead;
        out << "## Born dead: fraction of networks constant on [-1, 1] at initialization\n\n";
        out << t.params.trials << " networks per cell, seed " << t.params.seed
            << "; ReLU / Leaky ReLU (alpha " << format_double(t.params.alpha) << "), ± one standard error.\n\n";
        out << "| width | depth | ReLU | Leaky ReLU |\n|---|---|---|---|\n";
        for (const BornDeadCell &c : t.cells) {
            out << "| " << c.width << " | " << c.depth << " | " << percent(english, c.fractionRelu()) << " ± "
                << percent(english, c.standardErrorRelu()) << " | " << percent(english, c.fractionLeaky()) << " ± "
                << percent(english, c.standardErrorLeaky()) << " |\n";
        }
        out << "\n";
    }
}

void write_claims_json(std::ostream &out, const ClaimsReport &report)
{
    out << "{\n  \"format\": " << json_string(kClaimsJsonFormat) << ",\n  \"version\": " << kClaimsJsonVersion
        << ",\n  \"app_version\": " << json_string(report.appVersion) << ",\n  \"alpha\": "
        << json_number(report.alpha) << ",\n";
    out << "  \"claims\": [\n";
    const auto cards = claim_cards(report, ClaimsWording{});
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const ClaimCard &c = cards[i];
        out << "    {\"number\": " << c.number << ", \"claim\": " << json_string(c.claim)
            << ", \"verdict\": " << json_string(verdict_text(c.verdict)) << ",\n     \"reason\": "
            << json_string(c.reason) << ",\n     \"rule\": " << json_string(c.rule) << ",\n     \"ran\": "
            << json_string(c.ran) << ",\n     \"numbers\": [";
        for (std::size_t k = 0; k < c.numbers.size(); ++k)
            out << (k ? ", " : "") << json_string(c.numbers[k]);
        out << "],\n     \"views\": [";
        for (std::size_t k = 0; k < c.views.size(); ++k)
            out << (k ? ", " : "") << json_string(view_key(c.views[k]));
        out << "]}" << (i + 1 < cards.size() ? "," : "") << "\n";
    }
    out << "  ],\n  \"born_dead\": ";
    if (report.bornDead) {
        const BornDeadTable &t = *report.bornDead;
        out << "{\"seed\": " << t.params.seed << ", \"trials\": " << t.params.trials << ", \"alpha\": "
            << json_number(t.params.alpha) << ", \"complete\": " << (t.complete ? "true" : "false")
            << ", \"cells\": [\n";
        for (std::size_t i = 0; i < t.cells.size(); ++i) {
            const BornDeadCell &c = t.cells[i];
            out << "    {\"width\": " << c.width << ", \"depth\": " << c.depth << ", \"trials\": " << c.trials
                << ", \"dead_relu\": " << c.deadRelu << ", \"dead_leaky\": " << c.deadLeaky
                << ", \"fraction_relu\": " << json_number(c.fractionRelu())
                << ", \"standard_error_relu\": " << json_number(c.standardErrorRelu())
                << ", \"fraction_leaky\": " << json_number(c.fractionLeaky())
                << ", \"standard_error_leaky\": " << json_number(c.standardErrorLeaky())
                << ", \"dead_relu_half_line\": " << c.deadReluHalfLine << "}"
                << (i + 1 < t.cells.size() ? "," : "") << "\n";
        }
        out << "  ]}";
    } else {
        out << "null";
    }
    out << ",\n  \"lab\": ";
    if (report.lab) {
        const LabParams &p = report.labParams.lab;
        out << "{\"params\": {\"alpha\": " << json_number(p.alpha) << ", \"hidden_units\": " << p.hiddenUnits
            << ", \"learning_rate\": " << json_number(p.learningRate) << ", \"bias_shift\": "
            << json_number(p.biasShift) << ", \"epochs\": " << p.epochs << ", \"points\": " << p.points
            << ", \"noise\": " << json_number(p.noise) << "},\n   \"seeds\": [\n";
        const auto &lab = *report.lab;
        for (std::size_t i = 0; i < lab.size(); ++i) {
            const LabSeedMeasure &s = lab[i];
            out << "    {\"seed\": " << s.seed << ", \"outcome\": " << json_string(outcome_key(s.outcome))
                << ",\n     \"relu_start\": ";
            write_stats_json(out, s.reluStart);
            out << ",\n     \"relu_end\": ";
            write_stats_json(out, s.reluEnd);
            out << ",\n     \"leaky_start\": ";
            write_stats_json(out, s.leakyStart);
            out << ",\n     \"leaky_end\": ";
            write_stats_json(out, s.leakyEnd);
            out << "}" << (i + 1 < lab.size() ? "," : "") << "\n";
        }
        out << "  ]}";
    } else {
        out << "null";
    }
    out << ",\n  \"sensitivity\": ";
    if (report.sensitivity && report.sensitivity->measures) {
        const SensitivityMeasures &m = *report.sensitivity->measures;
        out << "{\"window_decades_relu\": " << json_number(m.windowDecadesRelu)
            << ", \"window_decades_leaky\": " << json_number(m.windowDecadesLeaky)
            << ", \"diverged_relu\": " << m.divergedRelu << ", \"diverged_leaky\": " << m.divergedLeaky
            << ", \"runs_per_activation\": " << m.runsPerActivation
            << ", \"alpha_loss_ratio\": " << json_number(m.alphaLossRatio);
        if (const auto &a = report.sensitivity->learnedAlpha)
            out << ", \"learned_alpha\": {\"mode\": \"shared\", \"start\": " << json_number(a->startAlpha)
                << ", \"learning_rate\": " << json_number(a->learningRate) << ", \"seeds\": " << a->seeds
                << ", \"finished\": " << a->finished << ", \"median\": " << json_number(a->median)
                << ", \"q1\": " << json_number(a->q1) << ", \"q3\": " << json_number(a->q3) << "}";
        out << "}";
    } else if (report.sensitivity) {
        out << "{\"unavailable\": " << json_string(report.sensitivity->unavailable) << "}";
    } else {
        out << "null";
    }
    out << "\n}\n";
}

} // namespace lre
