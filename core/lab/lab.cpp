// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"

#include "labrandom.h"
#include "samples.h"
#include "validation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace lre {

namespace {

// The weights get a stream of their own, so that changing the number of points (or H) leaves
// the other draws as they were.
constexpr std::uint64_t kWeightStream = 0x9e3779b97f4a7c15ULL;

std::optional<std::string> out_of_range(const char *what, double value, double low, double high,
                                        bool whole = false)
{
    if (std::isfinite(value) && value >= low && value <= high)
        return std::nullopt;
    return std::string(what) + " must be " + (whole ? "a whole number" : "a finite number")
        + " from " + plain_decimal(low) + " to " + plain_decimal(high);
}

} // namespace

std::optional<std::string> validate_lab_params(const LabParams &p)
{
    using namespace lab_limits;
    if (auto error = out_of_range("alpha", p.alpha, limits::kAlphaMin, limits::kAlphaMax))
        return error;
    if (auto error = out_of_range("hidden units", p.hiddenUnits, kHiddenUnitsMin, kHiddenUnitsMax, true))
        return error;
    if (auto error = out_of_range("learning rate", p.learningRate, kLearningRateMin, kLearningRateMax))
        return error;
    if (auto error = out_of_range("bias shift", p.biasShift, kBiasShiftMin, kBiasShiftMax))
        return error;
    if (auto error = out_of_range("epochs", p.epochs, kEpochsMin, kEpochsMax, true))
        return error;
    if (p.seed > kSeedMax)
        return "seed must be a whole number from 0 to " + std::to_string(kSeedMax);
    if (auto error = out_of_range("points", p.points, kPointsMin, kPointsMax, true))
        return error;
    return out_of_range("noise", p.noise, kNoiseMin, kNoiseMax);
}

LabData make_lab_data(const LabParams &params)
{
    LabRandom random(params.seed);
    LabData data;
    const auto n = static_cast<std::size_t>(params.points);
    data.x.reserve(n);
    data.y.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = random.uniform(lab_limits::kXMin, lab_limits::kXMax);
        data.x.push_back(x);
        data.y.push_back(std::sin(2.0 * x) + params.noise * random.normal());
    }
    return data;
}

std::string_view lab_init_name(LabInit init)
{
    return init == LabInit::He ? "he" : "shifted";
}

std::optional<LabInit> parse_lab_init(std::string_view text)
{
    if (text == "he")
        return LabInit::He;
    if (text == "shifted")
        return LabInit::Shifted;
    return std::nullopt;
}

std::string_view prelu_start_name(PreluStart start)
{
    return start == PreluStart::PyTorchDefault ? "0.25" : "alpha";
}

std::optional<PreluStart> parse_prelu_start(std::string_view text)
{
    if (text == "alpha")
        return PreluStart::Alpha;
    if (text == "0.25")
        return PreluStart::PyTorchDefault;
    return std::nullopt;
}

double prelu_start_alpha(const LabParams &params)
{
    return params.preluStart == PreluStart::PyTorchDefault ? kPyTorchPreluAlpha : params.alpha;
}

LabNetwork initial_lab_network(const LabParams &params, double alpha, PreluMode prelu)
{
    LabNetwork network(params.hiddenUnits, alpha, prelu);
    LabRandom random(params.seed ^ kWeightStream);
    const bool he = params.init == LabInit::He;
    for (double &w : network.inputWeights())
        w = he ? random.normal(0.0, std::sqrt(2.0)) : random.normal(); // He: N(0, 2 / fan_in), one input
    std::ranges::fill(network.hiddenBiases(), he ? 0.0 : params.biasShift);
    const double outputScale = 1.0 / std::sqrt(static_cast<double>(params.hiddenUnits));
    for (double &v : network.outputWeights())
        v = random.normal(0.0, outputScale);
    network.outputBias() = 0.0;
    return network;
}

LabResult run_lab(const LabParams &params, const LabProgress &onEpoch)
{
    if (auto error = validate_lab_params(params))
        throw std::invalid_argument(*error);
    std::optional<LabNetwork> prelu;
    if (params.prelu != PreluMode::Off)
        prelu = initial_lab_network(params, prelu_start_alpha(params), params.prelu);
    return train_lab(make_lab_data(params), initial_lab_network(params, 0.0),
                     initial_lab_network(params, params.alpha), std::move(prelu), params.learningRate,
                     params.epochs, onEpoch);
}

LabResult train_lab(LabData data, LabNetwork relu, LabNetwork leaky, double learningRate, int epochs,
                    const LabProgress &onEpoch)
{
    return train_lab(std::move(data), std::move(relu), std::move(leaky), std::nullopt, learningRate, epochs,
                     onEpoch);
}

LabResult train_lab(LabData data, LabNetwork relu, LabNetwork leaky, std::optional<LabNetwork> prelu,
                    double learningRate, int epochs, const LabProgress &onEpoch)
{
    LabResult result{.data = std::move(data),
                     .records = {},
                     .relu = std::move(relu),
                     .leaky = std::move(leaky),
                     .outcome = LabOutcome::Finished,
                     .prelu = std::move(prelu),
                     .preluAlphas = {}};
    const std::size_t recordCount = static_cast<std::size_t>(std::max(epochs, 0)) + 1;
    result.records.reserve(recordCount);
    // The weights before the last step, to go back to if that step made a loss non-finite.
    std::vector<double> reluBefore(result.relu.parameters().size());
    std::vector<double> leakyBefore(result.leaky.parameters().size());
    std::vector<double> preluBefore(result.prelu ? result.prelu->parameters().size() : 0);
    if (result.prelu) {
        const std::size_t alphaCount = std::max<std::size_t>(result.prelu->learnedAlphas().size(), 1);
        const std::size_t kept = std::max<std::size_t>(AlphaHistory::kValuesMax / alphaCount, 1);
        result.preluAlphas.every = static_cast<int>((recordCount + kept - 1) / kept);
    }

    for (int epoch = 0;; ++epoch) {
        const LabNetwork::Evaluation relu = result.relu.evaluate(result.data);
        const LabNetwork::Evaluation leaky = result.leaky.evaluate(result.data);
        const LabNetwork::Evaluation prelu =
            result.prelu ? result.prelu->evaluate(result.data) : LabNetwork::Evaluation{};
        if (!std::isfinite(relu.loss) || !std::isfinite(leaky.loss) || !std::isfinite(prelu.loss)) {
            std::ranges::copy(reluBefore, result.relu.parameters().begin());
            std::ranges::copy(leakyBefore, result.leaky.parameters().begin());
            if (result.prelu)
                std::ranges::copy(preluBefore, result.prelu->parameters().begin());
            result.outcome = LabOutcome::Diverged;
            break;
        }
        LabRecord record{epoch, relu.loss, leaky.loss, relu.deadFraction, leaky.deadFraction};
        if (result.prelu) {
            record.lossPrelu = prelu.loss;
            record.deadPrelu = prelu.deadFraction;
            record.alphaPrelu = result.prelu->alpha();
            if (epoch % result.preluAlphas.every == 0) {
                const auto alphas = result.prelu->learnedAlphas();
                result.preluAlphas.alphas.emplace_back(alphas.begin(), alphas.end());
            }
        }
        result.records.push_back(record);
        if (onEpoch && !onEpoch(result.records.back())) {
            result.outcome = LabOutcome::Cancelled;
            break;
        }
        if (epoch >= epochs)
            break;
        std::ranges::copy(result.relu.parameters(), reluBefore.begin());
        std::ranges::copy(result.leaky.parameters(), leakyBefore.begin());
        result.relu.descend(learningRate);
        result.leaky.descend(learningRate);
        if (result.prelu) {
            std::ranges::copy(result.prelu->parameters(), preluBefore.begin());
            result.prelu->descend(learningRate);
        }
    }
    return result;
}

Polyline fitted_curve(const LabNetwork &network, double xMin, double xMax)
{
    std::vector<double> xs{xMin, xMax};
    const auto w = network.inputWeights();
    const auto b = network.hiddenBiases();
    for (std::size_t j = 0; j < w.size(); ++j) {
        if (w[j] == 0.0)
            continue;
        const double kink = -b[j] / w[j];
        if (kink > xMin && kink < xMax)
            xs.push_back(kink);
    }
    std::ranges::sort(xs);
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    Polyline line;
    line.reserve(xs.size());
    for (double x : xs)
        line.push_back({x, network.predict(x)});
    return line;
}

void write_lab_csv(std::ostream &out, std::span<const LabRecord> records, bool withPrelu)
{
    out << kLabCsvHeader << (withPrelu ? kLabCsvPreluColumns : "") << '\n';
    for (const LabRecord &r : records) {
        out << r.epoch << ',' << format_double(r.lossRelu) << ',' << format_double(r.lossLeaky)
            << ',' << format_double(r.deadRelu) << ',' << format_double(r.deadLeaky);
        if (withPrelu) {
            out << ',' << format_double(r.lossPrelu) << ',' << format_double(r.deadPrelu) << ','
                << format_double(r.alphaPrelu);
        }
        out << '\n';
    }
}

} // namespace lre
