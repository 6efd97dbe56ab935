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

bool same_weights_but_alphas(const LabNetwork &a, const LabNetwork &b)
{
    const std::size_t weights = 3 * static_cast<std::size_t>(a.hiddenUnits()) + 1;
    return a.hiddenUnits() == b.hiddenUnits()
        && std::ranges::equal(a.parameters().first(weights), b.parameters().first(weights));
}

std::string intro(const LabParams &p)
{
    const std::string alpha = python_float(p.alpha);
    std::string text;
    if (p.prelu == PreluMode::Off) {
        text = "Two copies of one small network learn the same noisy sine, y = sin(2x) + noise, from the\n"
               "same starting weights: one with ReLU, one with Leaky ReLU (alpha = " + alpha + ").\n";
    } else {
        text = "Three copies of one small network learn the same noisy sine, y = sin(2x) + noise, from the\n"
               "same starting weights: one with ReLU, one with Leaky ReLU (alpha = " + alpha + "), and one\n"
               "with PReLU, which learns its alpha (" + std::string(p.prelu == PreluMode::Shared ? "one for every unit" : "one per unit")
            + ", starting at " + python_float(prelu_start_alpha(p)) + ") with the weights.\n";
    }
    if (p.init == LabInit::He)
        text += "The weights start as He initialization draws them: w ~ N(0, 2), every b at 0.";
    else
        text += "Every hidden bias starts at " + python_float(p.biasShift) + ".";
    return text + " A unit whose pre-activation is <= 0 on\n"
                  "every input is dead: ReLU passes it no gradient, so it never learns again; Leaky ReLU\n"
                  "still passes it alpha times the error.\n";
}

// The command-line options the run needs beyond the ones every script names.
std::string optional_options(const LabParams &p)
{
    std::string text;
    if (p.init != LabParams{}.init)
        text += " --lab-init " + std::string(lab_init_name(p.init));
    if (p.prelu != PreluMode::Off) {
        text += " --lab-prelu " + std::string(prelu_mode_name(p.prelu));
        if (p.preluStart != PreluStart::Alpha)
            text += " --lab-prelu-start " + std::string(prelu_start_name(p.preluStart));
    }
    return text.empty() ? text : " \\\n       " + text;
}

constexpr const char *kImports = R"PY(
import math
import sys

import torch

torch.set_default_dtype(torch.float64)

)PY";

constexpr const char *kBody = R"PY(

class Net(torch.nn.Module):
    """f(x) = c + sum_j v_j * act(w_j * x + b_j): one input, H hidden units, a linear output.
    With alphas, act is PReLU and its alpha (one, or one per unit) is learned with the weights."""

    def __init__(self, act, start, alphas=None):
        super().__init__()
        self.act = act
        self.w = torch.nn.Parameter(torch.tensor(start["w"]))
        self.b = torch.nn.Parameter(torch.tensor(start["b"]))
        self.v = torch.nn.Parameter(torch.tensor(start["v"]))
        self.c = torch.nn.Parameter(torch.tensor(start["c"]))
        if alphas is not None:
            self.alpha = torch.nn.Parameter(torch.tensor(alphas))
            self.act = lambda z: torch.nn.functional.prelu(z, self.alpha)

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
    nets = [Net(torch.relu, RELU_START),
            Net(lambda z: torch.nn.functional.leaky_relu(z, negative_slope=ALPHA), LEAKY_START)]
    header = "epoch,loss_relu,loss_leaky,dead_relu,dead_leaky"
    if PRELU_ALPHAS is not None:
        nets.append(Net(None, PRELU_START, PRELU_ALPHAS))
        header += ",loss_prelu,dead_prelu,alpha_prelu"
    optimizers = [torch.optim.SGD(net.parameters(), lr=LEARNING_RATE) for net in nets]  # plain GD

    print(header)
    for epoch in range(EPOCHS + 1):
        losses = [torch.nn.functional.mse_loss(net(x), y) for net in nets]  # full batch
        if not all(math.isfinite(loss.item()) for loss in losses):
            print(f"note: the loss diverged at epoch {epoch}; a smaller learning rate trains",
                  file=sys.stderr)
            break
        row = [losses[0].item(), losses[1].item(), nets[0].dead_fraction(x), nets[1].dead_fraction(x)]
        if len(nets) == 3:
            row += [losses[2].item(), nets[2].dead_fraction(x), nets[2].alpha.mean().item()]
        print(epoch, *map(number, row), sep=",")
        if epoch == EPOCHS:
            break
        for loss, optimizer in zip(losses, optimizers):
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


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
        << intro(p)
        << "\n"
        << "    python3 this_script.py > lab.csv\n"
        << "\n"
        << "prints one row per epoch (each network's mean squared error and fraction of dead units),\n"
        << "the CSV the app writes with\n"
        << "\n"
        << "    leaky-relu-explorer --alpha " << alpha << " --lab-units " << p.hiddenUnits << " --lab-lr "
        << python_float(p.learningRate) << " --lab-bias " << python_float(p.biasShift) << " \\\n"
        << "        --lab-epochs " << p.epochs << " --lab-seed " << p.seed << optional_options(p)
        << " --lab-csv lab.csv\n"
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
        << "# The learned-alpha (PReLU) network's starting alphas, one shared or one per unit; None: no such network.\n"
        << "PRELU_ALPHAS = " << (run.initialPrelu ? python_list(run.initialPrelu->learnedAlphas(), "    ") : std::string("None"))
        << "\n"
        << kBody
        << "\n"
        << "# The data: " << run.data.x.size() << " inputs x uniform over [-3, 3], targets y = sin(2x) + N(0, "
        << python_float(p.noise) << "^2).\n"
        << "X = " << python_list(run.data.x, "    ") << "\n"
        << "Y = " << python_list(run.data.y, "    ") << "\n"
        << "\n";
    if (same_weights(run.initialRelu, run.initialLeaky)) {
        out << "# The starting weights of both networks: "
            << (p.init == LabInit::He ? "w ~ N(0, 2), every b at 0" : "w ~ N(0, 1), every b at the bias shift")
            << ",\n# v ~ N(0, 1/H), c = 0.\n"
            << "START = " << start_dict(run.initialRelu)
            << "RELU_START = LEAKY_START = START\n";
    } else {
        out << "# The starting weights of each network.\n"
            << "RELU_START = " << start_dict(run.initialRelu)
            << "LEAKY_START = " << start_dict(run.initialLeaky);
    }
    if (run.initialPrelu) {
        out << "# The learned-alpha network starts from the same weights as the others.\n"
            << "PRELU_START = " << (same_weights_but_alphas(*run.initialPrelu, run.initialLeaky) ? "LEAKY_START\n"
                                                                                                 : start_dict(*run.initialPrelu));
    } else {
        out << "PRELU_START = None\n";
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
               .outcome = LabOutcome::Finished,
               .initialPrelu = std::nullopt,
               .finalPrelu = std::nullopt,
               .preluAlphas = {}};
    if (params.prelu != PreluMode::Off) {
        run.initialPrelu = initial_lab_network(params, prelu_start_alpha(params), params.prelu);
        run.finalPrelu = run.initialPrelu;
    }
    write_lab_pytorch_script(out, run);
}

} // namespace lre
