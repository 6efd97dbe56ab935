// SPDX-License-Identifier: GPL-3.0-or-later
#include "labjson.h"

#include "json.h"
#include "samples.h"

#include <cmath>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <utility>

namespace lre {

namespace {

// ---- writing

template <typename Range, typename Format>
std::string json_array(const Range &values, Format format)
{
    std::string out = "[";
    for (const auto &value : values) {
        if (out.size() > 1)
            out += ", ";
        out += format(value);
    }
    return out + ']';
}

std::string json_numbers(std::span<const double> values)
{
    return json_array(values, json_number);
}

template <typename Member>
std::string record_column(std::span<const LabRecord> records, Member member)
{
    return json_array(records, [&](const LabRecord &r) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(r.*member)>, int>)
            return std::to_string(r.*member);
        else
            return json_number(r.*member);
    });
}

std::string weights_object(const LabNetwork &n, std::string_view indent)
{
    const std::string in = std::string(indent) + "  ";
    std::string out = "{\n" + in + "\"input_weights\": " + json_numbers(n.inputWeights()) + ",\n" + in
        + "\"hidden_biases\": " + json_numbers(n.hiddenBiases()) + ",\n" + in
        + "\"output_weights\": " + json_numbers(n.outputWeights()) + ",\n" + in
        + "\"output_bias\": " + json_number(n.outputBias());
    if (n.prelu() != PreluMode::Off)
        out += ",\n" + in + "\"alphas\": " + json_numbers(n.learnedAlphas());
    return out + "\n" + std::string(indent) + "}";
}

std::string alpha_history_object(const AlphaHistory &history)
{
    return "{\n      \"every\": " + std::to_string(history.every) + ",\n      \"alphas\": "
        + json_array(history.alphas, [](const std::vector<double> &alphas) { return json_numbers(alphas); })
        + "\n    }";
}

std::string_view outcome_name(LabOutcome outcome)
{
    switch (outcome) {
    case LabOutcome::Finished:
        return "finished";
    case LabOutcome::Cancelled:
        return "cancelled";
    case LabOutcome::Diverged:
        return "diverged";
    }
    return "finished";
}

// ---- reading: the schema over parse_json

[[noreturn]] void fail(const std::string &message)
{
    throw std::invalid_argument("lab JSON: " + message);
}

const Json &member(const Json &object, std::string_view name, std::string_view where)
{
    if (object.kind != Json::Kind::Object)
        fail(std::string(where) + " must be an object");
    const auto it = object.members.find(name);
    if (it == object.members.end())
        fail(std::string(where) + " has no \"" + std::string(name) + "\"");
    return it->second;
}

double number_of(const Json &value, std::string_view what)
{
    if (value.kind != Json::Kind::Number)
        fail(std::string(what) + " must be a finite number");
    return value.number;
}

std::int64_t whole_of(const Json &value, std::string_view what)
{
    const double x = number_of(value, what);
    if (x != std::floor(x) || std::fabs(x) > 9e15)
        fail(std::string(what) + " must be a whole number");
    return static_cast<std::int64_t>(x);
}

std::string string_of(const Json &value, std::string_view what)
{
    if (value.kind != Json::Kind::String)
        fail(std::string(what) + " must be a string");
    return value.text;
}

std::vector<double> numbers_of(const Json &value, std::string_view what, std::size_t size)
{
    if (value.kind != Json::Kind::Array)
        fail(std::string(what) + " must be an array");
    if (value.items.size() != size)
        fail(std::string(what) + " must hold " + std::to_string(size) + " numbers, not "
             + std::to_string(value.items.size()));
    std::vector<double> out;
    out.reserve(size);
    for (const Json &item : value.items)
        out.push_back(number_of(item, what));
    return out;
}

LabNetwork network_of(const Json &weights, std::string_view where, int hiddenUnits, double alpha,
                      PreluMode prelu)
{
    LabNetwork network(hiddenUnits, alpha, prelu);
    const auto h = static_cast<std::size_t>(hiddenUnits);
    const std::string at(where);
    auto copy = [&](std::string_view name, std::span<double> into) {
        const std::vector<double> values = numbers_of(member(weights, name, at), at + "." + std::string(name), h);
        std::ranges::copy(values, into.begin());
    };
    copy("input_weights", network.inputWeights());
    copy("hidden_biases", network.hiddenBiases());
    copy("output_weights", network.outputWeights());
    network.outputBias() = number_of(member(weights, "output_bias", at), at + ".output_bias");
    if (prelu != PreluMode::Off) {
        const std::vector<double> alphas =
            numbers_of(member(weights, "alphas", at), at + ".alphas", learned_alpha_count(prelu, hiddenUnits));
        std::ranges::copy(alphas, network.learnedAlphas().begin());
    }
    return network;
}

AlphaHistory alpha_history_of(const Json &value, std::size_t records, std::size_t alphasEach)
{
    AlphaHistory history;
    const std::int64_t every = whole_of(member(value, "every", "records.alphas_prelu"), "records.alphas_prelu.every");
    if (every < 1 || static_cast<std::size_t>(every) > records)
        fail("records.alphas_prelu.every must be from 1 to the number of records");
    history.every = static_cast<int>(every);
    const Json &alphas = member(value, "alphas", "records.alphas_prelu");
    const std::size_t expected = (records - 1) / static_cast<std::size_t>(every) + 1;
    if (alphas.kind != Json::Kind::Array || alphas.items.size() != expected)
        fail("records.alphas_prelu.alphas must be an array of " + std::to_string(expected) + " arrays");
    for (const Json &item : alphas.items)
        history.alphas.push_back(numbers_of(item, "records.alphas_prelu.alphas", alphasEach));
    return history;
}

} // namespace

int LabRun::divergedAtEpoch() const
{
    return outcome == LabOutcome::Diverged && !records.empty() ? records.back().epoch + 1 : -1;
}

LabRun make_lab_run(const LabParams &params, const LabResult &result, std::string appVersion)
{
    LabRun run{.appVersion = std::move(appVersion),
               .params = params,
               .data = result.data,
               .initialRelu = initial_lab_network(params, 0.0),
               .initialLeaky = initial_lab_network(params, params.alpha),
               .records = result.records,
               .finalRelu = result.relu,
               .finalLeaky = result.leaky,
               .outcome = result.outcome,
               .initialPrelu = std::nullopt,
               .finalPrelu = std::nullopt,
               .preluAlphas = {}};
    if (params.prelu != PreluMode::Off && result.prelu) {
        run.initialPrelu = initial_lab_network(params, prelu_start_alpha(params), params.prelu);
        run.finalPrelu = result.prelu;
        run.preluAlphas = result.preluAlphas;
    }
    return run;
}

LabRun run_lab_run(const LabParams &params, std::string appVersion)
{
    return make_lab_run(params, run_lab(params), std::move(appVersion));
}

void write_lab_json(std::ostream &out, const LabRun &run)
{
    const LabParams &p = run.params;
    const std::span<const LabRecord> records = run.records;
    out << "{\n"
        << "  \"format\": " << json_string(kLabJsonFormat) << ",\n"
        << "  \"version\": " << kLabJsonVersion << ",\n"
        << "  \"app_version\": " << json_string(run.appVersion) << ",\n"
        << "  \"params\": {\n"
        << "    \"alpha\": " << json_number(p.alpha) << ",\n"
        << "    \"hidden_units\": " << p.hiddenUnits << ",\n"
        << "    \"learning_rate\": " << json_number(p.learningRate) << ",\n"
        << "    \"init\": \"" << lab_init_name(run.params.init) << "\",\n"
        << "    \"bias_shift\": " << json_number(p.biasShift) << ",\n"
        << "    \"epochs\": " << p.epochs << ",\n"
        << "    \"seed\": " << p.seed << ",\n"
        << "    \"points\": " << p.points << ",\n"
        << "    \"noise\": " << json_number(p.noise) << ",\n"
        << "    \"prelu\": \"" << prelu_mode_name(p.prelu) << "\",\n"
        << "    \"prelu_start\": \"" << prelu_start_name(p.preluStart) << "\"\n"
        << "  },\n"
        << "  \"data\": {\n"
        << "    \"x\": " << json_numbers(run.data.x) << ",\n"
        << "    \"y\": " << json_numbers(run.data.y) << "\n"
        << "  },\n"
        << "  \"networks\": {\n";
    const bool withPrelu = run.initialPrelu && run.finalPrelu;
    std::vector<std::pair<const char *, std::pair<const LabNetwork *, const LabNetwork *>>> networks = {
        {"relu", {&run.initialRelu, &run.finalRelu}}, {"leaky_relu", {&run.initialLeaky, &run.finalLeaky}}};
    if (withPrelu)
        networks.push_back({"prelu", {&*run.initialPrelu, &*run.finalPrelu}});
    for (const auto &[name, weights] : networks) {
        // A learned network's "alpha" is where it started; its alphas are in its weights.
        out << "    " << json_string(name) << ": {\n"
            << "      \"alpha\": " << json_number(weights.first->givenAlpha()) << ",\n"
            << "      \"initial\": " << weights_object(*weights.first, "      ") << ",\n"
            << "      \"final\": " << weights_object(*weights.second, "      ") << "\n"
            << "    }" << (name != networks.back().first ? ",\n" : "\n");
    }
    out << "  },\n"
        << "  \"records\": {\n"
        << "    \"epoch\": " << record_column(records, &LabRecord::epoch) << ",\n"
        << "    \"loss_relu\": " << record_column(records, &LabRecord::lossRelu) << ",\n"
        << "    \"loss_leaky\": " << record_column(records, &LabRecord::lossLeaky) << ",\n"
        << "    \"dead_relu\": " << record_column(records, &LabRecord::deadRelu) << ",\n"
        << "    \"dead_leaky\": " << record_column(records, &LabRecord::deadLeaky);
    if (withPrelu) {
        out << ",\n"
            << "    \"loss_prelu\": " << record_column(records, &LabRecord::lossPrelu) << ",\n"
            << "    \"dead_prelu\": " << record_column(records, &LabRecord::deadPrelu) << ",\n"
            << "    \"alpha_prelu\": " << record_column(records, &LabRecord::alphaPrelu) << ",\n"
            << "    \"alphas_prelu\": " << alpha_history_object(run.preluAlphas);
    }
    out << "\n"
        << "  },\n"
        << "  \"outcome\": " << json_string(outcome_name(run.outcome)) << ",\n"
        << "  \"diverged_at_epoch\": "
        << (run.outcome == LabOutcome::Diverged ? std::to_string(run.divergedAtEpoch()) : std::string("null"))
        << "\n}\n";
}

void write_lab_json(std::ostream &out, const LabParams &params, const LabResult &result,
                    std::string_view appVersion)
{
    write_lab_json(out, make_lab_run(params, result, std::string(appVersion)));
}

LabRun read_lab_json(std::string_view json)
{
    Json doc;
    try {
        doc = parse_json(json);
    } catch (const std::invalid_argument &e) {
        fail(e.what());
    }
    if (string_of(member(doc, "format", "the file"), "format") != kLabJsonFormat)
        fail(std::string("format must be \"") + kLabJsonFormat + "\"");
    const std::int64_t version = whole_of(member(doc, "version", "the file"), "version");
    if (version != kLabJsonVersion)
        fail("version " + std::to_string(version) + " is not supported (this app reads version "
             + std::to_string(kLabJsonVersion) + ")");

    const Json &params = member(doc, "params", "the file");
    LabParams p;
    auto whole = [&](std::string_view name, std::int64_t low, std::int64_t high) {
        const std::int64_t value = whole_of(member(params, name, "params"), "params." + std::string(name));
        if (value < low || value > high)
            fail("params." + std::string(name) + " must be from " + std::to_string(low) + " to "
                 + std::to_string(high));
        return value;
    };
    auto real = [&](std::string_view name) {
        return number_of(member(params, name, "params"), "params." + std::string(name));
    };
    p.alpha = real("alpha");
    p.hiddenUnits = static_cast<int>(whole("hidden_units", lab_limits::kHiddenUnitsMin, lab_limits::kHiddenUnitsMax));
    p.learningRate = real("learning_rate");
    const auto init = parse_lab_init(string_of(member(params, "init", "params"), "params.init"));
    if (!init)
        fail("params.init must be \"shifted\" or \"he\"");
    p.init = *init;
    p.biasShift = real("bias_shift");
    p.epochs = static_cast<int>(whole("epochs", lab_limits::kEpochsMin, lab_limits::kEpochsMax));
    p.seed = static_cast<std::uint64_t>(whole("seed", 0, static_cast<std::int64_t>(lab_limits::kSeedMax)));
    p.points = static_cast<int>(whole("points", lab_limits::kPointsMin, lab_limits::kPointsMax));
    p.noise = real("noise");
    // Files written before the learned network existed have neither.
    if (params.members.contains("prelu")) {
        const auto prelu = parse_prelu_mode(string_of(member(params, "prelu", "params"), "params.prelu"));
        if (!prelu)
            fail("params.prelu must be \"off\", \"shared\" or \"per-unit\"");
        p.prelu = *prelu;
    }
    if (params.members.contains("prelu_start")) {
        const auto start = parse_prelu_start(string_of(member(params, "prelu_start", "params"), "params.prelu_start"));
        if (!start)
            fail("params.prelu_start must be \"alpha\" or \"0.25\"");
        p.preluStart = *start;
    }
    if (auto error = validate_lab_params(p))
        fail("params: " + *error);

    const auto points = static_cast<std::size_t>(p.points);
    const Json &data = member(doc, "data", "the file");
    LabData labData{numbers_of(member(data, "x", "data"), "data.x", points),
                    numbers_of(member(data, "y", "data"), "data.y", points)};

    const Json &networks = member(doc, "networks", "the file");
    auto network = [&](std::string_view name, double alpha, std::string_view stage, PreluMode prelu = PreluMode::Off) {
        const std::string where = "networks." + std::string(name);
        const Json &entry = member(networks, name, "networks");
        if (number_of(member(entry, "alpha", where), where + ".alpha") != alpha)
            fail(where + ".alpha must be " + format_double(alpha));
        return network_of(member(entry, stage, where), where + "." + std::string(stage), p.hiddenUnits, alpha,
                          prelu);
    };

    const Json &records = member(doc, "records", "the file");
    const Json &epochColumn = member(records, "epoch", "records");
    if (epochColumn.kind != Json::Kind::Array || epochColumn.items.empty()
        || epochColumn.items.size() > static_cast<std::size_t>(p.epochs) + 1)
        fail("records.epoch must be an array of 1 to epochs + 1 numbers");
    const std::size_t count = epochColumn.items.size();
    const std::vector<double> lossRelu = numbers_of(member(records, "loss_relu", "records"), "records.loss_relu", count);
    const std::vector<double> lossLeaky = numbers_of(member(records, "loss_leaky", "records"), "records.loss_leaky", count);
    const std::vector<double> deadRelu = numbers_of(member(records, "dead_relu", "records"), "records.dead_relu", count);
    const std::vector<double> deadLeaky = numbers_of(member(records, "dead_leaky", "records"), "records.dead_leaky", count);
    const bool withPrelu = p.prelu != PreluMode::Off;
    auto preluColumn = [&](std::string_view name) {
        if (!withPrelu)
            return std::vector<double>(count, 0.0);
        return numbers_of(member(records, name, "records"), "records." + std::string(name), count);
    };
    const std::vector<double> lossPrelu = preluColumn("loss_prelu");
    const std::vector<double> deadPrelu = preluColumn("dead_prelu");
    const std::vector<double> alphaPrelu = preluColumn("alpha_prelu");
    std::vector<LabRecord> labRecords;
    labRecords.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (whole_of(epochColumn.items[i], "records.epoch") != static_cast<std::int64_t>(i))
            fail("records.epoch must count 0, 1, 2, ...");
        labRecords.push_back({static_cast<int>(i), lossRelu[i], lossLeaky[i], deadRelu[i], deadLeaky[i],
                              lossPrelu[i], deadPrelu[i], alphaPrelu[i]});
    }

    const std::string outcomeName = string_of(member(doc, "outcome", "the file"), "outcome");
    LabOutcome outcome = LabOutcome::Finished;
    if (outcomeName == "diverged")
        outcome = LabOutcome::Diverged;
    else if (outcomeName == "cancelled")
        outcome = LabOutcome::Cancelled;
    else if (outcomeName != "finished")
        fail("outcome must be \"finished\", \"diverged\" or \"cancelled\"");
    const int lastEpoch = labRecords.back().epoch;
    if (outcome == LabOutcome::Finished && lastEpoch != p.epochs)
        fail("a finished run has records up to epoch " + std::to_string(p.epochs));
    const Json &divergedAt = member(doc, "diverged_at_epoch", "the file");
    if (outcome == LabOutcome::Diverged) {
        if (lastEpoch >= p.epochs || whole_of(divergedAt, "diverged_at_epoch") != lastEpoch + 1)
            fail("diverged_at_epoch must be one past the last record's epoch");
    } else if (divergedAt.kind != Json::Kind::Null) {
        fail("diverged_at_epoch must be null unless the run diverged");
    }

    LabRun run{.appVersion = string_of(member(doc, "app_version", "the file"), "app_version"),
               .params = p,
               .data = std::move(labData),
               .initialRelu = network("relu", 0.0, "initial"),
               .initialLeaky = network("leaky_relu", p.alpha, "initial"),
               .records = std::move(labRecords),
               .finalRelu = network("relu", 0.0, "final"),
               .finalLeaky = network("leaky_relu", p.alpha, "final"),
               .outcome = outcome,
               .initialPrelu = std::nullopt,
               .finalPrelu = std::nullopt,
               .preluAlphas = {}};
    if (withPrelu) {
        run.initialPrelu = network("prelu", prelu_start_alpha(p), "initial", p.prelu);
        run.finalPrelu = network("prelu", prelu_start_alpha(p), "final", p.prelu);
        run.preluAlphas = alpha_history_of(member(records, "alphas_prelu", "records"), count,
                                           learned_alpha_count(p.prelu, p.hiddenUnits));
    }
    return run;
}

} // namespace lre
