// SPDX-License-Identifier: GPL-3.0-or-later
#include "codesnippets.h"

#include "samples.h"


namespace lre {

std::string python_float(double value)
{
    std::string text = format_double(value);
    if (text.find_first_of(".en") == std::string::npos)
        text += ".0"; // "2" would be an int in Python
    return text;
}

std::vector<CodeSnippet> alpha_code_snippets(double alpha)
{
    const std::string a = python_float(alpha);
    std::vector<CodeSnippet> snippets;
    snippets.push_back({"PyTorch", "import torch\n\n"
                                   "act = torch.nn.LeakyReLU(negative_slope=" + a + ")\n"
                                   "# or, as a function: torch.nn.functional.leaky_relu(x, negative_slope=" + a + ")\n"});
    snippets.push_back({"TensorFlow", "import tensorflow as tf\n\n"
                                      "y = tf.nn.leaky_relu(x, alpha=" + a + ")\n"});
    if (alpha < 0.0)
        snippets.push_back({"Keras 3",
                            "import keras\n\n"
                            "# Keras 3 refuses a negative slope: keras.layers.LeakyReLU(negative_slope=" + a + ")\n"
                            "# raises ValueError. The same function as a layer:\n"
                            "act = keras.layers.Lambda(lambda x: keras.ops.where(x > 0, x, " + a + " * x))\n"});
    else
        snippets.push_back({"Keras 3", "import keras\n\n"
                                       "act = keras.layers.LeakyReLU(negative_slope=" + a + ")\n"});
    snippets.push_back({"JAX", "import jax\n\n"
                               "y = jax.nn.leaky_relu(x, negative_slope=" + a + ")\n"
                               "# its gradient at exactly x = 0 is 1 (the right limit); PyTorch and TensorFlow give alpha\n"});
    std::string numpy = "import numpy as np\n\n"
                        "y = np.where(x > 0, x, " + a + " * x)\n"
                        "grad = np.where(x > 0, 1.0, " + a + ")  # at x = 0 alpha, as in PyTorch\n";
    if (alpha > 1.0)
        numpy += "# not np.maximum(" + a + " * x, x): for alpha > 1 that swaps the two slopes\n";
    snippets.push_back({"NumPy", std::move(numpy)});
    return snippets;
}

} // namespace lre
