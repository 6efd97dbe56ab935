// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace lre {

// One framework's code for a Leaky ReLU with a given alpha, ready to paste.
struct CodeSnippet {
    std::string framework; // "PyTorch", "TensorFlow", "Keras 3", "JAX", "NumPy"
    std::string code;      // a few lines of Python, ending in a newline

    friend bool operator==(const CodeSnippet &, const CodeSnippet &) = default;
};

// The shortest decimal that reads back to value, written as a Python float literal: "0.1",
// "2.0", "-0.5", "1e-05". value must be finite.
std::string python_float(double value);

// Code for Leaky ReLU with slope alpha in PyTorch, TensorFlow, Keras 3, JAX and NumPy (written
// piecewise, never np.maximum), in that order. Where a framework refuses alpha (Keras 3: a
// negative slope) its snippet says so and shows what works instead.
std::vector<CodeSnippet> alpha_code_snippets(double alpha);

} // namespace lre
