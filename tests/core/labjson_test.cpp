// SPDX-License-Identifier: GPL-3.0-or-later
#include "labjson.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

namespace {

using lre::LabOutcome;
using lre::LabParams;
using lre::LabRun;

std::string json_of(const LabRun &run)
{
    std::ostringstream out;
    lre::write_lab_json(out, run);
    return out.str();
}

bool same(const lre::LabNetwork &a, const lre::LabNetwork &b)
{
    return a.hiddenUnits() == b.hiddenUnits() && a.alpha() == b.alpha()
        && std::ranges::equal(a.parameters(), b.parameters());
}

void expect_same_run(const LabRun &a, const LabRun &b)
{
    EXPECT_EQ(a.appVersion, b.appVersion);
    EXPECT_EQ(a.params, b.params);
    EXPECT_EQ(a.data.x, b.data.x);
    EXPECT_EQ(a.data.y, b.data.y);
    EXPECT_TRUE(same(a.initialRelu, b.initialRelu));
    EXPECT_TRUE(same(a.initialLeaky, b.initialLeaky));
    EXPECT_EQ(a.records, b.records);
    EXPECT_TRUE(same(a.finalRelu, b.finalRelu));
    EXPECT_TRUE(same(a.finalLeaky, b.finalLeaky));
    EXPECT_EQ(a.outcome, b.outcome);
}

// Read back, rebuild both networks from the file's initial weights and data alone, train them:
// the same records and final weights, bit for bit.
void expect_round_trip(const LabParams &params)
{
    const LabRun run = lre::run_lab_run(params, "0.1.0-test");
    const std::string text = json_of(run);
    const LabRun back = lre::read_lab_json(text);
    expect_same_run(run, back);
    EXPECT_EQ(json_of(back), text);

    const lre::LabResult again = lre::train_lab(back.data, back.initialRelu, back.initialLeaky,
                                                back.params.learningRate, back.params.epochs);
    EXPECT_EQ(again.records, back.records);
    EXPECT_EQ(again.outcome, back.outcome);
    EXPECT_TRUE(same(again.relu, back.finalRelu));
    EXPECT_TRUE(same(again.leaky, back.finalLeaky));
}

TEST(LabJson, RoundTripRebuildsTheNetworksAndTrainsToTheSameRecords)
{
    expect_round_trip(LabParams{.epochs = 300});
    expect_round_trip(LabParams{.alpha = 2.0, .hiddenUnits = 7, .learningRate = 0.003, .biasShift = 0.4,
                                .epochs = 50, .seed = 999'999'999, .points = 9, .noise = 0.0});
    expect_round_trip(LabParams{.alpha = -0.5, .hiddenUnits = 4, .epochs = 1, .seed = 0, .points = 2000});
}

TEST(LabJson, DivergedRunKeepsItsEpochThroughTheRoundTrip)
{
    const LabParams params{.learningRate = 1.0, .epochs = 500};
    const LabRun run = lre::run_lab_run(params, "x");
    ASSERT_EQ(run.outcome, LabOutcome::Diverged);
    const int k = run.divergedAtEpoch();
    EXPECT_EQ(k, run.records.back().epoch + 1);
    const std::string text = json_of(run);
    EXPECT_NE(text.find("\"outcome\": \"diverged\",\n  \"diverged_at_epoch\": " + std::to_string(k) + "\n"),
              std::string::npos);
    expect_round_trip(params);
}

TEST(LabJson, FinishedRunSaysSoAndHasNoDivergedEpoch)
{
    const std::string text = json_of(lre::run_lab_run(LabParams{.epochs = 3}, "0.1.0"));
    EXPECT_NE(text.find("\"outcome\": \"finished\",\n  \"diverged_at_epoch\": null\n}\n"), std::string::npos);
    EXPECT_EQ(text.rfind("{\n  \"format\": \"leaky-relu-explorer/lab\",\n  \"version\": 1,\n"
                         "  \"app_version\": \"0.1.0\",\n", 0),
              0u);
    for (const char *name : {"\"alpha\": 0.1,", "\"hidden_units\": 32,", "\"learning_rate\": 0.02,",
                             "\"init\": \"shifted\",", "\"bias_shift\": -2.5,", "\"epochs\": 3,", "\"seed\": 1,",
                             "\"points\": 128,", "\"noise\": 0.1,", "\"prelu\": \"off\",", "\"prelu_start\": \"alpha\"\n", "\"relu\": {\n      \"alpha\": 0,",
                             "\"leaky_relu\": {\n      \"alpha\": 0.1,", "\"initial\": {", "\"final\": {",
                             "\"input_weights\": [", "\"hidden_biases\": [-2.5, -2.5,", "\"output_weights\": [",
                             "\"output_bias\": 0\n", "\"epoch\": [0, 1, 2, 3],", "\"loss_relu\": [",
                             "\"loss_leaky\": [", "\"dead_relu\": [", "\"dead_leaky\": [", "\"x\": [", "\"y\": ["})
        EXPECT_NE(text.find(name), std::string::npos) << name;
}

TEST(LabJson, DoublesAreShortestAndExact)
{
    LabRun run = lre::run_lab_run(LabParams{.epochs = 1, .seed = 5}, "v");
    run.params.alpha = 0.1 + 0.2; // not 0.3
    run.data.y[0] = 1e-300;
    run.data.y[1] = -0.0;
    run.data.y[2] = 5e-324;
    run.data.y[3] = 1.7976931348623157e308;
    const std::string text = json_of(run);
    EXPECT_NE(text.find("\"alpha\": 0.30000000000000004,"), std::string::npos);
    EXPECT_NE(text.find("\"y\": [1e-300, -0, 5e-324, 1.7976931348623157e+308, "), std::string::npos);
    // alpha no longer matches the leaky network's, so the reader refuses it: put it back.
    run.params.alpha = 0.1;
    const LabRun back = lre::read_lab_json(json_of(run));
    EXPECT_EQ(back.data.y, run.data.y);
    EXPECT_TRUE(std::signbit(back.data.y[1]));
}

std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

TEST(LabJson, RefusesWhatItCannotTrustWithOneLine)
{
    const std::string good = json_of(lre::run_lab_run(LabParams{.hiddenUnits = 4, .epochs = 2, .points = 8}, "v"));
    ASSERT_NO_THROW(lre::read_lab_json(good));
    const std::string deep = std::string(100, '[') + std::string(100, ']');
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"", "unexpected end"},
        {"nonsense", "not a JSON value"},
        {good + "x", "after the end"},
        {good.substr(0, good.size() / 2), ""},
        {deep, "nested too deeply"},
        {"[1, 2]", "must be an object"},
        {replaced(good, "\"version\": 1", "\"version\": 2"), "version 2 is not supported"},
        {replaced(good, "\"version\": 1", "\"version\": 1.5"), "whole number"},
        {replaced(good, "leaky-relu-explorer/lab", "other"), "format"},
        {replaced(good, "\"hidden_units\": 4", "\"hidden_units\": 3"), "hidden_units"},
        {replaced(good, "\"learning_rate\": 0.02", "\"learning_rate\": 2"), "learning rate"},
        {replaced(good, "\"learning_rate\": 0.02", "\"learning_rate\": NaN"), "not a JSON value"},
        {replaced(good, "\"learning_rate\": 0.02", "\"learning_rate\": 1e999"), "out of range"},
        {replaced(good, "\"noise\": 0.1", "\"noise\": null"), "params.noise must be a finite number"},
        {replaced(good, "\"init\": \"shifted\"", "\"init\": \"glorot\""), "params.init"},
        {replaced(good, "\"seed\": 1", "\"seed\": -1"), "params.seed"},
        {replaced(good, "\"x\": [", "\"x\": [0.5, "), "data.x must hold 8 numbers, not 9"},
        {replaced(good, "\"hidden_biases\": [-2.5, ", "\"hidden_biases\": ["), "hidden_biases must hold 4"},
        {replaced(good, "\"alpha\": 0,", "\"alpha\": 0.5,"), "networks.relu.alpha must be 0"},
        {replaced(good, "\"epoch\": [0, 1, 2]", "\"epoch\": [0, 2, 1]"), "records.epoch must count"},
        {replaced(good, "\"epoch\": [0, 1, 2]", "\"epoch\": [0, 1]"), "records.loss_relu must hold 2"},
        {replaced(good, "\"outcome\": \"finished\"", "\"outcome\": \"diverged\""), "diverged_at_epoch"},
        {replaced(good, "\"outcome\": \"finished\"", "\"outcome\": \"won\""), "outcome must be"},
        {replaced(good, "\"diverged_at_epoch\": null", "\"diverged_at_epoch\": 3"), "must be null"},
        {replaced(good, "\"format\"", "\"version\": 1, \"format\""), "appears twice"},
        {replaced(good, "\"app_version\": \"v\"", "\"app_version\": \"v\n\""), "control character"},
        {replaced(good, "\"app_version\": \"v\",", ""), "has no \"app_version\""},
    };
    for (const auto &[text, expected] : bad) {
        try {
            lre::read_lab_json(text);
            ADD_FAILURE() << "accepted: " << text.substr(0, 80);
        } catch (const std::invalid_argument &e) {
            const std::string message = e.what();
            EXPECT_NE(message.find(expected), std::string::npos) << message;
            EXPECT_EQ(message.find('\n'), std::string::npos) << message;
            EXPECT_EQ(message.rfind("lab JSON: ", 0), 0u) << message;
        }
    }
}

TEST(LabJson, ReadsAnyValidJsonLayoutAndEscapes)
{
    std::string text = json_of(lre::run_lab_run(LabParams{.hiddenUnits = 4, .epochs = 2, .points = 8}, "v"));
    // No blanks at all, other blanks, escapes and members the reader does not know.
    std::string compact;
    bool inString = false;
    for (const char c : text) {
        inString ^= c == '"';
        if (inString || (c != ' ' && c != '\n'))
            compact += c;
    }
    compact = replaced(compact, "\"app_version\":\"v\"", "\"app_version\":\"\\u0076\\t\\\"\",\"extra\":{\"a\":[true,false,null]}");
    const LabRun back = lre::read_lab_json("\r\n\t " + compact + " \n");
    EXPECT_EQ(back.appVersion, "v\t\"");
    EXPECT_EQ(back.params.hiddenUnits, 4);
}

} // namespace
