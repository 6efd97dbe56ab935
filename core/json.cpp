// SPDX-License-Identifier: GPL-3.0-or-later
#include "json.h"

#include "samples.h"

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace lre {

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    Json document()
    {
        Json value = parse(0);
        skip_blanks();
        if (m_at != m_text.size())
            error("unexpected text after the end");
        return value;
    }

private:
    static constexpr int kDeepest = 64;

    [[noreturn]] void error(const std::string &what) const
    {
        throw std::invalid_argument(what + " at byte " + std::to_string(m_at));
    }

    void skip_blanks()
    {
        while (m_at < m_text.size()
               && (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\n' || m_text[m_at] == '\r'))
            ++m_at;
    }

    bool take(std::string_view word)
    {
        if (m_text.substr(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }

    Json parse(int depth)
    {
        if (depth > kDeepest)
            error("nested too deeply");
        skip_blanks();
        if (m_at == m_text.size())
            error("unexpected end");
        Json value;
        const char c = m_text[m_at];
        if (c == '{') {
            value.kind = Json::Kind::Object;
            ++m_at;
            skip_blanks();
            if (take("}"))
                return value;
            do {
                skip_blanks();
                if (m_at == m_text.size() || m_text[m_at] != '"')
                    error("expected a member name");
                std::string name = string();
                skip_blanks();
                if (!take(":"))
                    error("expected ':'");
                Json member = parse(depth + 1);
                if (!value.members.emplace(std::move(name), std::move(member)).second)
                    error("a member name appears twice");
                skip_blanks();
            } while (take(","));
            if (!take("}"))
                error("expected ',' or '}'");
        } else if (c == '[') {
            value.kind = Json::Kind::Array;
            ++m_at;
            skip_blanks();
            if (take("]"))
                return value;
            do {
                value.items.push_back(parse(depth + 1));
                skip_blanks();
            } while (take(","));
            if (!take("]"))
                error("expected ',' or ']'");
        } else if (c == '"') {
            value.kind = Json::Kind::String;
            value.text = string();
        } else if (take("true")) {
            value.kind = Json::Kind::Bool;
            value.boolean = true;
        } else if (take("false")) {
            value.kind = Json::Kind::Bool;
        } else if (take("null")) {
            value.kind = Json::Kind::Null;
        } else {
            value.kind = Json::Kind::Number;
            value.number = number();
        }
        return value;
    }

    std::string string()
    {
        ++m_at; // the opening quote
        std::string out;
        while (true) {
            if (m_at >= m_text.size())
                error("unterminated string");
            const char c = m_text[m_at++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                error("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_at >= m_text.size())
                error("unterminated string");
            const char e = m_text[m_at++];
            switch (e) {
            case '"': case '\\': case '/': out += e; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned code = 0;
                if (m_at + 4 > m_text.size()
                    || std::from_chars(m_text.data() + m_at, m_text.data() + m_at + 4, code, 16).ptr
                        != m_text.data() + m_at + 4)
                    error("bad \\u escape");
                m_at += 4;
                // Names and versions here are ASCII; anything else is kept as a '?'.
                out += code < 0x80 ? static_cast<char>(code) : '?';
                break;
            }
            default:
                error("bad escape in a string");
            }
        }
    }

    double number()
    {
        // JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        const std::size_t start = m_at;
        auto digits = [&] {
            const std::size_t from = m_at;
            while (m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9')
                ++m_at;
            return m_at - from;
        };
        take("-");
        const std::size_t intStart = m_at;
        const std::size_t intDigits = digits();
        if (intDigits == 0 || (intDigits > 1 && m_text[intStart] == '0'))
            error("not a JSON value");
        if (take(".") && digits() == 0)
            error("bad number");
        if (take("e") || take("E")) {
            if (!take("+"))
                take("-");
            if (digits() == 0)
                error("bad number");
        }
        double value = 0.0;
        const auto [end, ec] = std::from_chars(m_text.data() + start, m_text.data() + m_at, value);
        if (ec != std::errc() || end != m_text.data() + m_at)
            error("number out of range");
        return value;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
};

} // namespace

Json parse_json(std::string_view text)
{
    return Parser(text).document();
}

std::string json_number(double value)
{
    return std::isfinite(value) ? format_double(value) : std::string("null"); // JSON has no inf
}

std::string json_string(std::string_view text)
{
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        } else {
            out += c;
        }
    }
    return out + '"';
}

} // namespace lre
