// SPDX-License-Identifier: GPL-3.0-or-later
// Edges of the lab's JSON and the code snippets that the round trips leave open: strings with
// every kind of character, numbers JSON forbids, versions other than the current one.
#include "codesnippets.h"
#include "labjson.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>

namespace {

using lre::LabParams;
using lre::LabRun;

std::string json_of(const LabRun &run)
{
    std::ostringstream out;
    lre::write_lab_json(out, run);
    return out.str();
}

LabRun small_run(std::string appVersion)
{
    return lre::run_lab_run(LabParams{.hiddenUnits = 4, .epochs = 2, .points = 8}, std::move(appVersion));
}

std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

std::string refusal(const std::string &json)
{
    try {
        lre::read_lab_json(json);
    } catch (const std::invalid_argument &e) {
        return e.what();
    }
    return "accepted";
}

TEST(LabJsonStrings, EveryCharacterReadsBack)
{
    std::string version = "a\\b\"c/d";
    for (char c = 1; c < 0x20; ++c)
        version += c;
    version += "end";
    const LabRun run = small_run(version);
    const std::string text = json_of(run);
    EXPECT_EQ(text.find('\x0b'), std::string::npos) << "a raw control character in JSON";
    EXPECT_EQ(lre::read_lab_json(text).appVersion, version);
}

TEST(LabJsonStrings, EscapesAsOtherWritersWriteThem)
{
    const std::string good = json_of(small_run("v"));
    EXPECT_EQ(lre::read_lab_json(replaced(good, "\"app_version\": \"v\"",
                                          R"("app_version": "a\nb\tc\/d\\e\"f\r\b\f")")).appVersion,
              "a\nb\tc/d\\e\"f\r\b\f");
    // Beyond ASCII is kept as '?', never as a byte cut out of the code point.
    EXPECT_EQ(lre::read_lab_json(replaced(good, "\"app_version\": \"v\"",
                                          R"("app_version": "caf\u00e9 \u20ac")")).appVersion,
              "caf? ?");
}

TEST(LabJsonNumbers, LeadingZerosAreNotJson)
{
    const std::string good = json_of(small_run("v"));
    EXPECT_NE(refusal(replaced(good, "\"hidden_units\": 4", "\"hidden_units\": 04")).find("not a JSON value"),
              std::string::npos);
    EXPECT_NE(refusal(replaced(good, "\"noise\": 0.1", "\"noise\": 00.1")).find("not a JSON value"),
              std::string::npos);
    // A single 0 before the point is fine.
    EXPECT_EQ(lre::read_lab_json(replaced(good, "\"noise\": 0.1", "\"noise\": 0.10")).params.noise, 0.1);
}

TEST(LabJsonNumbers, NonFiniteNumbersAreWrittenAsNull)
{
    LabRun run = small_run("v");
    run.finalRelu.parameters()[0] = std::numeric_limits<double>::infinity();
    run.finalLeaky.parameters()[1] = std::numeric_limits<double>::quiet_NaN();
    const std::string text = json_of(run);
    EXPECT_EQ(text.find("inf"), std::string::npos);
    EXPECT_EQ(text.find("nan"), std::string::npos);
    EXPECT_NE(text.find("[null, "), std::string::npos);
    // Valid JSON, refused by the schema: weights must be numbers.
    EXPECT_NE(refusal(text).find("must be a finite number"), std::string::npos) << refusal(text);
}

TEST(LabJsonVersions, OnlyTheCurrentVersionIsRead)
{
    const std::string good = json_of(small_run("v"));
    for (const char *version : {"0", "-1", "2"}) {
        const std::string message = refusal(replaced(good, "\"version\": 1", std::string("\"version\": ") + version));
        EXPECT_NE(message.find(std::string("version ") + version + " is not supported"), std::string::npos)
            << message;
    }
}

TEST(CodeSnippets, PythonFloatsStayFloats)
{
    EXPECT_EQ(lre::python_float(2.0), "2.0");
    EXPECT_EQ(lre::python_float(0.1), "0.1");
    EXPECT_EQ(lre::python_float(1e-05), "1e-05");
    EXPECT_EQ(lre::python_float(-3.0), "-3.0");
}

TEST(CodeSnippets, KerasWorkaroundOnlyForNegativeSlopes)
{
    const auto keras = [](double alpha) {
        for (const auto &snippet : lre::alpha_code_snippets(alpha))
            if (snippet.framework == "Keras 3")
                return snippet.code;
        return std::string();
    };
    // Keras 3 takes any slope >= 0 in its layer; only a negative one needs the Lambda.
    EXPECT_NE(keras(0.0).find("keras.layers.LeakyReLU(negative_slope=0.0)"), std::string::npos);
    EXPECT_EQ(keras(0.0).find("Lambda"), std::string::npos);
    EXPECT_NE(keras(-0.5).find("Lambda"), std::string::npos);
}

TEST(CodeSnippets, MaxWarningOnlyWhereMaxIsWrong)
{
    const auto numpy = [](double alpha) {
        for (const auto &snippet : lre::alpha_code_snippets(alpha))
            if (snippet.framework == "NumPy")
                return snippet.code;
        return std::string();
    };
    // max(alpha * x, x) is Leaky ReLU for alpha <= 1; only above 1 does it swap the slopes.
    EXPECT_EQ(numpy(1.0).find("np.maximum"), std::string::npos);
    EXPECT_EQ(numpy(0.5).find("np.maximum"), std::string::npos);
    EXPECT_NE(numpy(1.5).find("np.maximum"), std::string::npos);
}

} // namespace
