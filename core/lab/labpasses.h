// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

// The lab network's passes over every input at once, in vectors as wide as the processor has,
// giving the same numbers bit for bit whatever the width (see labpasses.cpp).

namespace lre::lab_passes {

// What one evaluation reads: the weights, and each unit's alpha at alpha[j * alphaStep] (a step of
// 0 gives every unit the same one).
struct Weights {
    std::size_t h;
    const double *w;
    const double *b;
    const double *v;
    double c;
    const double *alpha;
    std::size_t alphaStep;
};

// What the forward pass gives besides each input's d loss / d output.
struct ForwardSums {
    double squaredErrors = 0.0;
    double outputBiasGradient = 0.0;
    double lowest = 0.0;  // the inputs' range, for the dead units
    double highest = 0.0;
    double nonFinite = 0.0; // NaN when an input is NaN or infinite (x - x is then NaN)
};

// Where the unit sums go: d loss / d w, b, v, and the learned alphas (each unit's added to
// alpha[j * alphaStep], which must start at 0).
struct Gradient {
    double *w;
    double *b;
    double *v;
    double *alpha;
    std::size_t alphaStep;
};

// error[i] becomes d loss / d output for input i (scale times the output's error); the loss and
// the other sums over the inputs are returned.
ForwardSums forward(std::size_t n, const double *x, const double *y, Weights net, double scale, double *error);

// Each hidden unit's d loss / d w, b and v (and d loss / d alpha into gradient.alpha, which must
// start at 0, for the learning-alpha form). finiteInputs: no input is NaN or infinite.
void unit_sums(std::size_t n, const double *error, const double *x, Weights net, Gradient gradient,
               bool finiteInputs);
void unit_sums_learning_alpha(std::size_t n, const double *error, const double *x, Weights net,
                              Gradient gradient, bool finiteInputs);

} // namespace lre::lab_passes
