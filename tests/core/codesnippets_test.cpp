// SPDX-License-Identifier: GPL-3.0-or-later
#include "codesnippets.h"

#include <gtest/gtest.h>

#include <charconv>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> code_lines(const std::string &code) // without comments
{
    std::vector<std::string> lines;
    std::istringstream in(code);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line.substr(0, line.find('#')));
    return lines;
}

bool has_code(const std::string &code, const std::string &text)
{
    for (const std::string &line : code_lines(code))
        if (line.find(text) != std::string::npos)
            return true;
    return false;
}

TEST(CodeSnippets, PythonFloatIsTheShortestExactLiteral)
{
    const std::vector<std::pair<double, std::string>> cases = {
        {0.0, "0.0"}, {0.01, "0.01"}, {0.3, "0.3"}, {2.0, "2.0"}, {-0.5, "-0.5"}, {0.1 + 0.2, "0.30000000000000004"},
        {1e-5, "1e-05"}, {-10.0, "-10.0"}, {0.001, "0.001"}, {-0.0, "-0.0"}, {123456789.0, "123456789.0"}};
    for (const auto &[value, text] : cases) {
        EXPECT_EQ(lre::python_float(value), text);
        double back = 0.0;
        const std::string literal = lre::python_float(value);
        std::from_chars(literal.data(), literal.data() + literal.size(), back);
        EXPECT_EQ(back, value) << literal;
    }
}

TEST(CodeSnippets, EveryFrameworkInOrderWithTheAlphaItReadsBack)
{
    for (const auto &[alpha, literal] : std::vector<std::pair<double, std::string>>{
             {0.0, "0.0"}, {0.01, "0.01"}, {0.3, "0.3"}, {2.0, "2.0"}, {-0.5, "-0.5"}}) {
        const auto snippets = lre::alpha_code_snippets(alpha);
        ASSERT_EQ(snippets.size(), 5u);
        EXPECT_EQ(snippets[0].framework, "PyTorch");
        EXPECT_EQ(snippets[1].framework, "TensorFlow");
        EXPECT_EQ(snippets[2].framework, "Keras 3");
        EXPECT_EQ(snippets[3].framework, "JAX");
        EXPECT_EQ(snippets[4].framework, "NumPy");
        EXPECT_TRUE(has_code(snippets[0].code, "torch.nn.LeakyReLU(negative_slope=" + literal + ")")) << alpha;
        EXPECT_TRUE(has_code(snippets[1].code, "tf.nn.leaky_relu(x, alpha=" + literal + ")")) << alpha;
        EXPECT_TRUE(has_code(snippets[3].code, "jax.nn.leaky_relu(x, negative_slope=" + literal + ")")) << alpha;
        EXPECT_TRUE(has_code(snippets[4].code, "np.where(x > 0, x, " + literal + " * x)")) << alpha;
        EXPECT_FALSE(has_code(snippets[4].code, "np.maximum")) << alpha;
        for (const auto &snippet : snippets) {
            EXPECT_EQ(snippet.code.back(), '\n');
            EXPECT_EQ(snippet.code.find('\t'), std::string::npos);
        }
    }
}

TEST(CodeSnippets, KerasRefusesANegativeSlopeAndTheSnippetSaysSo)
{
    for (const double alpha : {0.0, 0.01, 0.3, 2.0}) {
        const std::string code = lre::alpha_code_snippets(alpha)[2].code;
        EXPECT_TRUE(has_code(code, "keras.layers.LeakyReLU(negative_slope=" + lre::python_float(alpha) + ")"));
        EXPECT_EQ(code.find("refuses"), std::string::npos);
    }
    const std::string code = lre::alpha_code_snippets(-0.5)[2].code;
    EXPECT_FALSE(has_code(code, "LeakyReLU(")) << code; // only in the comment that says it fails
    EXPECT_NE(code.find("# Keras 3 refuses a negative slope"), std::string::npos);
    EXPECT_TRUE(has_code(code, "keras.ops.where(x > 0, x, -0.5 * x)"));
}

TEST(CodeSnippets, NumPyWarnsAgainstMaximumWhereItWouldBeWrong)
{
    EXPECT_NE(lre::alpha_code_snippets(2.0)[4].code.find("not np.maximum"), std::string::npos);
    EXPECT_EQ(lre::alpha_code_snippets(0.3)[4].code.find("maximum"), std::string::npos);
    EXPECT_NE(lre::alpha_code_snippets(0.3)[3].code.find("gradient at exactly x = 0 is 1"), std::string::npos);
}

} // namespace
