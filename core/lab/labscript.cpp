// SPDX-License-Identifier: GPL-3.0-or-later
#include "labscript.h"

#include "codesnippets.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

namespace lre {

namespace {

// A Python list of floats, one item per value, wrapped to lines of at most 100 characters.
std::string python_list(std::span<const double> values, std::string_view indent)
{
    constexpr std::size_t kWidth = 100;
    std::string out = "[";
    std::string line;
    auto flush = [&] {
        out += '\n';
        out += indent;
        out += line;
        line.clear();
    };
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::string item = python_float(values[i]);
        if (i + 1 < values.size())
            item += ',';
        if (!line.empty() && indent.size() + line.size() + 1 + item.size() > kWidth)
            flush();
        if (!line.empty())
            line += ' ';
        line += item;
    }
    if (!line.empty())
        flush();
    out += '\n';
    out += indent.substr(0, indent.size() >= 4 ? indent.size() - 4 : 0);
    out += ']';
    return out;
}

std::string start_dict(const LabNetwork &network)
{
    return "dict(\n"
           "    w=" + python_list(network.inputWeights(), "        ") + ",  # input weights\n"
           "    b=" + python_list(network.hiddenBiases(), "        ") + ",  # hidden biases\n"
           "    v=" + python_list(network.outputWeights(), "        ") + ",  # output weights\n"
           "    c=" + python_float(network.outputBias()) + ",  # output bias\n"
           ")\n";
}

// The version goes into the docstring: keep it to characters that cannot end or escape it.
std::string plain_version(std::string_view version)
{
    std::string out(version.substr(0, 40));
    for (char &c : out)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '+' && c != '~')
            c = '?';
    return out;
}

bool same_weights(const LabNetwork &a, const LabNetwork &b)
{
    return std::ranges::equal(a.parameters(), b.parameters());
}

constexpr const char *kImports = R"PY(
import math
import sys

import torch

torch.set_default_dtype(torch.float64)

)PY";

constexpr const char *kBody = R"PY(

class Net(torch.nn.Module):
    """f(x) = c + sum_j v_j * act(w_j * x + b_j): one input, H hidden units, a linear output."""

    def __init__(self, act, start):
        super().__init__()
        self.act = act
        self.w = torch.nn.Parameter(torch.tensor(start["w"]))
        self.b = torch.nn.Parameter(torch.tensor(start["b"]))
        self.v = torch.nn.Parameter(torch.tensor(start["v"]))
        self.c = torch.nn.Parameter(torch.tensor(start["c"]))

    def pre_activation(self, x):
        return x[:, None] * self.w + self.b  # one row per input, one column per unit

    def forward(self, x):
        return self.act(self.pre_activation(x)) @ self.v + self.c

    def dead_fraction(self, x):
        """The fraction of units whose pre-activation is <= 0 on every input."""
        with torch.no_grad():
            return (self.pre_activation(x) <= 0).all(dim=0).double().mean().item()


def main():
    x, y = torch.tensor(X), torch.tensor(Y)
    relu_net = Net(torch.relu, RELU_START)
    leaky_net = Net(lambda z: torch.nn.functional.leaky_relu(z, negative_slope=ALPHA), LEAKY_START)
    relu_opt = torch.optim.SGD(relu_net.parameters(), lr=LEARNING_RATE)  # plain gradient descent
    leaky_opt = torch.optim.SGD(leaky_net.parameters(), lr=LEARNING_RATE)

    print("epoch,loss_relu,loss_leaky,dead_relu,dead_leaky")
    for epoch in range(EPOCHS + 1):
        relu_loss = torch.nn.functional.mse_loss(relu_net(x), y)  # full batch
        leaky_loss = torch.nn.functional.mse_loss(leaky_net(x), y)
        if not (math.isfinite(relu_loss.item()) and math.isfinite(leaky_loss.item())):
            print(f"note: the loss diverged at epoch {epoch}; a smaller learning rate trains",
                  file=sys.stderr)
            break
        row = [relu_loss.item(), leaky_loss.item(), relu_net.dead_fraction(x), leaky_net.dead_fraction(x)]
        print(epoch, *map(number, row), sep=",")
        if epoch == EPOCHS:
            break
        for loss, opt in ((relu_loss, relu_opt), (leaky_loss, leaky_opt)):
            opt.zero_grad()
            loss.backward()
            opt.step()


def number(value):
    """The shortest text that reads back to value, in the app's style (C++ std::to_chars):
    fixed or scientific notation, whichever is shorter; 0.0001 is 1e-04, 2.0 is 2."""
    text = repr(float(value))
    if not math.isfinite(value):
        return text
    sign = "-" if text.startswith("-") else ""
    mantissa, _, exponent = text.lstrip("-").partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + int(exponent or 0)  # digits before the decimal point
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    digits = stripped.rstrip("0")
    if not digits:
        return sign + "0"
    if point >= len(digits):
        fixed = str(int(abs(value)))  # a whole number: all its digits, exact
    elif point > 0:
        fixed = digits[:point] + "." + digits[point:]
    else:
        fixed = "0." + "0" * -point + digits
    power = point - 1
    scientific = digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + \
        "e" + ("-" if power < 0 else "+") + f"{abs(power):02d}"
    return sign + (fixed if len(fixed) <= len(scientific) else scientific)

)PY";

} // namespace

void write_lab_pytorch_script(std::ostream &out, const LabRun &run)
{
    const LabParams &p = run.params;
    const std::string alpha = python_float(p.alpha);
    const LabParams defaults;
    out << "#!/usr/bin/env python3\n"
        << "r\"\"\"The dying-ReLU lab of Leaky ReLU Explorer " << plain_version(run.appVersion) << ", as a PyTorch script.\n"
        << "\n"
        << "Two copies of one small network learn the same noisy sine, y = sin(2x) + noise, from the\n"
        << "same starting weights: one with ReLU, one with Leaky ReLU (alpha = " << alpha << ").\n"
        << "Every hidden bias starts at " << python_float(p.biasShift) << ". A unit whose pre-activation is <= 0 on\n"
        << "every input is dead: ReLU passes it no gradient, so it never learns again; Leaky ReLU\n"
        << "still passes it alpha times the error.\n"
        << "\n"
        << "    python3 this_script.py > lab.csv\n"
        << "\n"
        << "prints one row per epoch (each network's mean squared error and fraction of dead units),\n"
        << "the CSV the app writes with\n"
        << "\n"
        << "    leaky-relu-explorer --alpha " << alpha << " --lab-units " << p.hiddenUnits << " --lab-lr "
        << python_float(p.learningRate) << " --lab-bias " << python_float(p.biasShift) << " \\\n"
        << "        --lab-epochs " << p.epochs << " --lab-seed " << p.seed << " --lab-csv lab.csv\n"
        << "\n";
    if (p.points != defaults.points || p.noise != defaults.noise)
        out << "(with " << p.points << " points and noise " << python_float(p.noise)
            << ", which the command line does not set)\n\n";
    out << "but computed by PyTorch (float64, full batch, plain gradient descent) instead of the app.\n"
        << "The data and the starting weights below were drawn by the app from seed " << p.seed << ";\n"
        << "nothing here is random. Needs only torch.\n"
        << "\"\"\"\n"
        << kImports
        << "ALPHA = " << alpha << "  # Leaky ReLU's slope for x <= 0\n"
        << "LEARNING_RATE = " << python_float(p.learningRate) << "\n"
        << "EPOCHS = " << p.epochs << "\n"
        << kBody
        << "\n"
        << "# The data: " << run.data.x.size() << " inputs x uniform over [-3, 3], targets y = sin(2x) + N(0, "
        << python_float(p.noise) << "^2).\n"
        << "X = " << python_list(run.data.x, "    ") << "\n"
        << "Y = " << python_list(run.data.y, "    ") << "\n"
        << "\n";
    if (same_weights(run.initialRelu, run.initialLeaky)) {
        out << "# The starting weights of both networks: w ~ N(0, 1), every b at the bias shift,\n"
            << "# v ~ N(0, 1/H), c = 0.\n"
            << "START = " << start_dict(run.initialRelu)
            << "RELU_START = LEAKY_START = START\n";
    } else {
        out << "# The starting weights of each network.\n"
            << "RELU_START = " << start_dict(run.initialRelu)
            << "LEAKY_START = " << start_dict(run.initialLeaky);
    }
    out << "\n"
        << "if __name__ == \"__main__\":\n"
        << "    main()\n";
}

void write_lab_pytorch_script(std::ostream &out, const LabParams &params, std::string_view appVersion)
{
    if (auto error = validate_lab_params(params))
        throw std::invalid_argument(*error);
    LabRun run{.appVersion = std::string(appVersion),
               .params = params,
               .data = make_lab_data(params),
               .initialRelu = initial_lab_network(params, 0.0),
               .initialLeaky = initial_lab_network(params, params.alpha),
               .records = {},
               .finalRelu = initial_lab_network(params, 0.0),
               .finalLeaky = initial_lab_network(params, params.alpha),
               .outcome = LabOutcome::Finished};
    write_lab_pytorch_script(out, run);
}

} // namespace lre
