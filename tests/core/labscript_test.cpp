// SPDX-License-Identifier: GPL-3.0-or-later
// The PyTorch script's text: what it says about the run (the scripts run in PyTorch in torch_test).
#include "labscript.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace {

std::string script_of(const lre::LabParams &params, std::string_view version = "0.1.0")
{
    std::ostringstream text;
    lre::write_lab_pytorch_script(text, params, version);
    return text.str();
}

TEST(LabScript, VersionKeepsItsOwnCharactersAndCannotEndTheDocstring)
{
    const std::string script = script_of({.hiddenUnits = 4, .epochs = 1}, "0.1.0+git~2-rc.1\"\"\"\\x");
    EXPECT_NE(script.find("Leaky ReLU Explorer 0.1.0+git~2-rc.1????x, as a PyTorch script."), std::string::npos)
        << script.substr(0, 200);
}

TEST(LabScript, ARunWithOtherNoiseSaysSo)
{
    const std::string script = script_of({.hiddenUnits = 4, .epochs = 1, .noise = 0.25});
    EXPECT_NE(script.find("(with 128 points and noise 0.25, which the command line does not set)"), std::string::npos);
    EXPECT_EQ(script_of({.hiddenUnits = 4, .epochs = 1}).find("which the command line does not set"), std::string::npos);
}

TEST(LabScript, NetworksThatStartApartGetAStartEach)
{
    const lre::LabParams params{.hiddenUnits = 4, .epochs = 1};
    lre::LabRun run = lre::run_lab_run(params, "0.1.0");
    std::ostringstream same;
    lre::write_lab_pytorch_script(same, run);
    EXPECT_NE(same.str().find("RELU_START = LEAKY_START = START\n"), std::string::npos);
    run.initialLeaky.outputBias() = 0.5; // as a file edited by hand may have it
    std::ostringstream apart;
    lre::write_lab_pytorch_script(apart, run);
    const std::string text = apart.str();
    EXPECT_EQ(text.find("RELU_START = LEAKY_START"), std::string::npos);
    EXPECT_NE(text.find("RELU_START = dict("), std::string::npos);
    EXPECT_NE(text.find("LEAKY_START = dict("), std::string::npos);
    EXPECT_NE(text.find("    c=0.5,  # output bias\n"), std::string::npos);
}

} // namespace
