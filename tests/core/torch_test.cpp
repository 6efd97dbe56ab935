// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-checks against PyTorch (Debian's python3-torch), an implementation nobody here wrote:
// the lab's PyTorch script must print the app's records, and the PyTorch snippet must compute
// the core's Leaky ReLU. PyTorch is a test dependency (scripts/install-deps.sh), so a missing
// python3 or torch fails these tests; LRE_NO_TORCH=1 skips them instead.

#include "activation.h"
#include "codesnippets.h"
#include "labjson.h"
#include "labscript.h"
#include "samples.h"

#include <gtest/gtest.h>

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string python()
{
    const char *given = std::getenv("LRE_PYTHON");
    return given && *given ? given : "/usr/bin/python3";
}

std::string read_file(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string shell_quoted(const std::string &text)
{
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct PythonRun {
    std::string out;
    std::string err;
};

class Torch : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (std::getenv("LRE_NO_TORCH"))
            GTEST_SKIP() << "LRE_NO_TORCH is set: the PyTorch cross-checks are skipped";
        char pattern[] = "/tmp/lre-torch-XXXXXX";
        ASSERT_NE(mkdtemp(pattern), nullptr);
        m_dir = pattern;
    }
    void TearDown() override
    {
        if (!m_dir.empty())
            fs::remove_all(m_dir);
    }

    fs::path path(const std::string &name) const { return m_dir / name; }

    // Runs python with the arguments (already quoted); fails the test when it does not exit 0.
    PythonRun run_python(const std::string &arguments)
    {
        const std::string command = shell_quoted(python()) + " " + arguments + " > " + shell_quoted(path("out").string())
            + " 2> " + shell_quoted(path("err").string());
        const int status = std::system(command.c_str());
        PythonRun run{read_file(path("out")), read_file(path("err"))};
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (code != 0)
            ADD_FAILURE() << python() << " exited with " << code << ": " << run.err.substr(0, 2000)
                          << "\nPyTorch is a test dependency: install python3-torch (make test does, through "
                             "scripts/install-deps.sh) or set LRE_NO_TORCH=1 to skip these tests.";
        return run;
    }

    fs::path m_dir;
};

double relative_difference(double a, double b)
{
    if (a == b)
        return 0.0;
    return std::fabs(a - b) / std::max(std::fabs(a), std::fabs(b));
}

struct Comparison {
    double firstHundred = 0.0; // largest relative difference over epochs 0 to 99
    double rest = 0.0;         // over the later epochs
};

// Runs the run's script in PyTorch and checks its CSV against the app's records.
Comparison expect_script_matches(const lre::LabRun &run,
                                 const std::function<PythonRun(const std::string &)> &python)
{
    std::ostringstream script;
    lre::write_lab_pytorch_script(script, run);
    Comparison worst;
    const auto started = std::chrono::steady_clock::now();
    const PythonRun result = python(script.str());
    if (::testing::Test::HasFailure())
        return worst;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    std::istringstream lines(result.out);
    std::string line;
    std::getline(lines, line);
    const bool withPrelu = run.params.prelu != lre::PreluMode::Off;
    EXPECT_EQ(line, std::string(lre::kLabCsvHeader) + (withPrelu ? lre::kLabCsvPreluColumns : ""));
    const std::size_t columns = withPrelu ? 8 : 5;
    std::size_t row = 0;
    for (; std::getline(lines, line); ++row) {
        if (row >= run.records.size()) {
            ADD_FAILURE() << "PyTorch printed more epochs than the app's " << run.records.size();
            break;
        }
        const lre::LabRecord &r = run.records[row];
        std::vector<double> cells;
        std::istringstream cellText(line);
        for (std::string cell; std::getline(cellText, cell, ',');) {
            double value = std::numeric_limits<double>::quiet_NaN();
            const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
            EXPECT_TRUE(ec == std::errc() && end == cell.data() + cell.size()) << line;
            cells.push_back(value);
        }
        if (cells.size() != columns) {
            ADD_FAILURE() << "not " << columns << " cells: " << line;
            break;
        }
        EXPECT_EQ(cells[0], r.epoch) << line;
        const double limit = r.epoch < 100 ? 1e-9 : 1e-6;
        double &into = r.epoch < 100 ? worst.firstHundred : worst.rest;
        const double expected[] = {r.lossRelu,  r.lossLeaky, r.deadRelu, r.deadLeaky,
                                   r.lossPrelu, r.deadPrelu, r.alphaPrelu};
        for (std::size_t k = 0; k + 1 < columns; ++k) {
            const double d = relative_difference(cells[k + 1], expected[k]);
            into = std::max(into, d);
            EXPECT_LE(d, limit) << "epoch " << r.epoch << " column " << k + 1 << ": PyTorch " << cells[k + 1]
                                << ", app " << expected[k];
        }
        // The same text where the number is the same: the script formats as the app does.
        if (cells[3] == r.deadRelu) {
            EXPECT_NE(line.find(std::string(",").append(lre::format_double(r.deadRelu)).append(",")), std::string::npos) << line;
        }
    }
    EXPECT_EQ(row, run.records.size()) << "PyTorch stopped at another epoch";
    if (run.outcome == lre::LabOutcome::Diverged)
        EXPECT_NE(result.err.find("diverged at epoch " + std::to_string(run.divergedAtEpoch()) + ";"),
                  std::string::npos)
            << result.err;
    else
        EXPECT_EQ(result.err, "");
    std::cout << "PyTorch vs app, " << run.records.size() << " epochs in " << seconds
              << " s: max relative difference " << worst.firstHundred << " (epochs 0-99), " << worst.rest
              << " (later)\n";
    return worst;
}

class TorchScript : public Torch {
protected:
    void check(const lre::LabParams &params, lre::LabOutcome expectedOutcome)
    {
        const lre::LabRun run = lre::run_lab_run(params, "test");
        ASSERT_EQ(run.outcome, expectedOutcome);
        expect_script_matches(run, [&](const std::string &script) {
            std::ofstream(path("lab.py")) << script;
            return run_python(shell_quoted(path("lab.py").string()));
        });
    }
};

TEST_F(TorchScript, DefaultsTrainTheSameInPyTorch)
{
    check(lre::LabParams{}, lre::LabOutcome::Finished);
}

TEST_F(TorchScript, AlphaAboveOneTrainsTheSameInPyTorch)
{
    // At the default learning rate alpha 2 diverges within 6 epochs; here units die and revive.
    check(lre::LabParams{.alpha = 2.0, .learningRate = 0.002, .epochs = 600}, lre::LabOutcome::Finished);
}

TEST_F(TorchScript, NegativeAlphaTrainsTheSameInPyTorch)
{
    check(lre::LabParams{.alpha = -0.5, .epochs = 600, .seed = 7}, lre::LabOutcome::Finished);
}

// The learned network in PyTorch is torch.nn.functional.prelu with alpha a Parameter.
TEST_F(TorchScript, SharedLearnedAlphaEndsWhereTheAppsDoes)
{
    check(lre::LabParams{.epochs = 600, .prelu = lre::PreluMode::Shared}, lre::LabOutcome::Finished);
}

TEST_F(TorchScript, PerUnitLearnedAlphasEndWhereTheAppsDo)
{
    check(lre::LabParams{.epochs = 600, .seed = 3, .points = 101, .prelu = lre::PreluMode::PerUnit,
                         .preluStart = lre::PreluStart::PyTorchDefault},
          lre::LabOutcome::Finished);
}

TEST_F(TorchScript, LearnedAlphaFromAStandardInitTrainsTheSameInPyTorch)
{
    check(lre::LabParams{.alpha = 0.01, .learningRate = 0.02, .epochs = 400, .init = lre::LabInit::He,
                         .prelu = lre::PreluMode::PerUnit},
          lre::LabOutcome::Finished);
}

TEST_F(TorchScript, DivergingRunStopsAtTheSameEpochInPyTorch)
{
    check(lre::LabParams{.learningRate = 0.5}, lre::LabOutcome::Diverged); // at epoch 11
}

TEST(LabScript, LearnedAlphaScriptSaysSoAndNamesItsOptions)
{
    const lre::LabParams params{.hiddenUnits = 4, .epochs = 3, .init = lre::LabInit::He, .prelu = lre::PreluMode::PerUnit,
                                .preluStart = lre::PreluStart::PyTorchDefault};
    std::ostringstream text;
    lre::write_lab_pytorch_script(text, params, "0.1.0");
    const std::string script = text.str();
    for (const std::string expected :
         {"Three copies", "one per unit, starting at 0.25", "w ~ N(0, 2), every b at 0",
          "--lab-init he --lab-prelu per-unit --lab-prelu-start 0.25", "PRELU_ALPHAS = [\n    0.25, 0.25, 0.25, 0.25\n]",
          "PRELU_START = LEAKY_START\n", "torch.nn.functional.prelu(z, self.alpha)"})
        EXPECT_NE(script.find(expected), std::string::npos) << expected;
}

TEST(LabScript, ScriptReadBackFromJsonIsTheSameScript)
{
    const lre::LabRun run = lre::run_lab_run(lre::LabParams{.epochs = 5}, "0.1.0");
    std::ostringstream json;
    lre::write_lab_json(json, run);
    std::ostringstream direct;
    std::ostringstream viaJson;
    lre::write_lab_pytorch_script(direct, lre::LabParams{.epochs = 5}, "0.1.0");
    lre::write_lab_pytorch_script(viaJson, lre::read_lab_json(json.str()));
    EXPECT_EQ(direct.str(), viaJson.str());
}

TEST(LabScript, HoldsTheNetworkTheParametersAndTheDataInPlainSight)
{
    const lre::LabParams params{.alpha = -0.5, .hiddenUnits = 5, .learningRate = 0.03, .epochs = 77, .points = 9};
    std::ostringstream text;
    lre::write_lab_pytorch_script(text, params, "0.1.0");
    const std::string script = text.str();
    for (const std::string expected :
         {"ALPHA = -0.5  #", "LEARNING_RATE = 0.03\n", "EPOCHS = 77\n", "import torch\n", "class Net(torch.nn.Module):",
          "torch.set_default_dtype(torch.float64)", "x[:, None] * self.w + self.b",
          "self.act(self.pre_activation(x)) @ self.v + self.c", "Net(torch.relu, RELU_START)",
          "torch.nn.functional.leaky_relu(z, negative_slope=ALPHA)", "torch.nn.functional.mse_loss(",
          "torch.optim.SGD(", "header = \"epoch,loss_relu,loss_leaky,dead_relu,dead_leaky\"", "PRELU_ALPHAS = None\n",
          "--alpha -0.5 --lab-units 5 --lab-lr 0.03 --lab-bias -2.5", "(with 9 points and noise 0.1,",
          "b=[\n        -2.5, -2.5, -2.5, -2.5, -2.5\n    ],", "c=0.0,", "if __name__ == \"__main__\":\n    main()\n"})
        EXPECT_NE(script.find(expected), std::string::npos) << expected;
    for (const char *absent : {"numpy", "import random", "manual_seed", "\t"})
        EXPECT_EQ(script.find(absent), std::string::npos) << absent;
    const lre::LabData data = lre::make_lab_data(params);
    for (const double x : data.x)
        EXPECT_NE(script.find(lre::python_float(x)), std::string::npos);
    std::istringstream lines(script);
    for (std::string line; std::getline(lines, line);)
        EXPECT_LE(line.size(), 110u) << line;
}

TEST_F(TorchScript, NumbersAreWrittenAsTheAppWritesThem)
{
    std::ofstream(path("lab.py")) << [] {
        std::ostringstream script;
        lre::write_lab_pytorch_script(script, lre::LabParams{.hiddenUnits = 4, .epochs = 1, .points = 8}, "t");
        return script.str();
    }();
    std::vector<double> values = {0.0, -0.0, 1.0, 2.0, 0.5, 0.1, 0.0001, 0.001, 1e-5, 123456.0, 1e15, 1e16,
                                  1e17, 1.5e16, 0.30000000000000004, 5e-324, 1.7976931348623157e308,
                                  -2.5, 100.0, 1e21, 1e22, 123456789012345680000.0, 0.40625, 1.0 / 3.0};
    for (double v = 1.234567e-12; v < 1e20; v *= 7.3)
        values.push_back(v);
    std::string arguments = "-c " + shell_quoted("import sys; sys.path.insert(0, sys.argv[1]); import lab; "
                                           "print('\\n'.join(lab.number(float(v)) for v in sys.argv[2:]))")
        + " " + shell_quoted(m_dir.string());
    for (const double v : values)
        arguments.append(" ").append(lre::format_double(v));
    const PythonRun result = run_python(arguments);
    ASSERT_FALSE(HasFailure());
    std::istringstream lines(result.out);
    for (const double v : values) {
        std::string line;
        std::getline(lines, line);
        EXPECT_EQ(line, lre::format_double(v));
    }
}

TEST_F(Torch, PyTorchSnippetComputesTheCoresLeakyReluAndGradient)
{
    std::vector<double> grid = {0.0, -0.0, 1e-310, -1e-310, 1e300, -1e300, 0.1, -0.1,
                                std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
    for (int i = -40; i <= 40; ++i)
        grid.push_back(i * 0.125);
    std::string gridText;
    for (const double x : grid)
        gridText.append(gridText.empty() ? "" : ",").append(lre::format_double(x));
    const std::vector<double> alphas = {0.0, 0.01, 0.3, 2.0, -0.5};
    std::string arguments = "-c " + shell_quoted(R"PY(
import sys
import torch
torch.set_default_dtype(torch.float64)
grid = [float(v) for v in sys.argv[1].split(",")]
for path in sys.argv[2:]:
    names = {}
    exec(open(path).read(), names)
    x = torch.tensor(grid, requires_grad=True)
    y = names["act"](x)
    y.sum().backward()
    print(",".join(repr(v) for v in y.tolist()))
    print(",".join(repr(v) for v in x.grad.tolist()))
)PY") + " " + shell_quoted(gridText);
    for (std::size_t k = 0; k < alphas.size(); ++k) {
        const std::string file = path("snippet" + std::to_string(k) + ".py").string();
        std::ofstream(file) << lre::alpha_code_snippets(alphas[k])[0].code;
        arguments.append(" ").append(shell_quoted(file));
    }
    const PythonRun result = run_python(arguments);
    ASSERT_FALSE(HasFailure());
    std::istringstream lines(result.out);
    auto numbers = [&] {
        std::string line;
        std::getline(lines, line);
        std::vector<double> out;
        std::istringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ',');) {
            double value = 0.0;
            if (cell == "nan" || cell == "-nan")
                value = std::numeric_limits<double>::quiet_NaN();
            else if (cell == "inf" || cell == "-inf")
                value = cell[0] == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            else
                std::from_chars(cell.data(), cell.data() + cell.size(), value);
            out.push_back(value);
        }
        return out;
    };
    for (const double alpha : alphas) {
        const std::vector<double> values = numbers();
        const std::vector<double> grads = numbers();
        ASSERT_EQ(values.size(), grid.size()) << "alpha " << alpha;
        ASSERT_EQ(grads.size(), grid.size()) << "alpha " << alpha;
        for (std::size_t i = 0; i < grid.size(); ++i) {
            const double x = grid[i];
            const double expected = lre::leaky_relu(x, alpha);
            if (std::isnan(expected)) {
                EXPECT_TRUE(std::isnan(values[i])) << "alpha " << alpha << " x " << x;
            } else {
                EXPECT_EQ(values[i], expected) << "alpha " << alpha << " x " << x;
                EXPECT_EQ(std::signbit(values[i]), std::signbit(expected)) << "alpha " << alpha << " x " << x;
            }
            if (!std::isnan(x)) { // at NaN the gradient is a convention of each library
                EXPECT_EQ(grads[i], lre::leaky_relu_grad(x, alpha)) << "alpha " << alpha << " x " << x;
            }
        }
    }
}

} // namespace
