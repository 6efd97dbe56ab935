// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace lre::ui {

ThemeColors theme_colors(Theme theme)
{
    // Blue and orange stay apart for the common colour-vision deficiencies in both themes.
    if (theme == Theme::Dark) {
        return {.window = QColor(0x2b, 0x2d, 0x31),
                .chartBackground = QColor(0x23, 0x25, 0x29),
                .plotBackground = QColor(0x1b, 0x1d, 0x21),
                .text = QColor(0xe6, 0xe8, 0xeb),
                .mutedText = QColor(0xa9, 0xae, 0xb6),
                .grid = QColor(0x3c, 0x40, 0x47),
                .axisLine = QColor(0x80, 0x86, 0x90),
                .leakyRelu = QColor(0x5c, 0xb3, 0xff),
                .relu = QColor(0xff, 0xa6, 0x4d),
                .note = QColor(0xff, 0xd3, 0x6e)};
    }
    return {.window = QColor(0xef, 0xf0, 0xf2),
            .chartBackground = QColor(0xff, 0xff, 0xff),
            .plotBackground = QColor(0xff, 0xff, 0xff),
            .text = QColor(0x1f, 0x23, 0x28),
            .mutedText = QColor(0x5a, 0x61, 0x6b),
            .grid = QColor(0xe1, 0xe4, 0xe8),
            .axisLine = QColor(0x8a, 0x91, 0x99),
            .leakyRelu = QColor(0x1f, 0x5f, 0xbf),
            .relu = QColor(0xe0, 0x6c, 0x00),
            .note = QColor(0x8a, 0x5a, 0x00)};
}

QPalette theme_palette(Theme theme)
{
    const ThemeColors c = theme_colors(theme);
    const bool dark = theme == Theme::Dark;
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, dark ? QColor(0x1f, 0x21, 0x25) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, dark ? QColor(0x33, 0x36, 0x3b) : QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::ToolTipBase, dark ? QColor(0x3a, 0x3d, 0x43) : QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.mutedText);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, dark ? QColor(0x3a, 0x3d, 0x43) : QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, dark ? QColor(0x3d, 0x8e, 0xe0) : QColor(0x2a, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, c.leakyRelu);
    p.setColor(QPalette::Light, dark ? QColor(0x4a, 0x4e, 0x55) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, dark ? QColor(0x40, 0x44, 0x4a) : QColor(0xe3, 0xe5, 0xe8));
    p.setColor(QPalette::Mid, dark ? QColor(0x2f, 0x32, 0x36) : QColor(0xb8, 0xbd, 0xc4));
    p.setColor(QPalette::Dark, dark ? QColor(0x18, 0x19, 0x1c) : QColor(0x9a, 0xa0, 0xa8));
    p.setColor(QPalette::Shadow, dark ? QColor(0x0c, 0x0c, 0x0e) : QColor(0x70, 0x70, 0x70));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.mutedText);
    return p;
}

void set_text_color(QWidget *widget, const QColor &color)
{
    if (widget->palette().color(QPalette::WindowText) == color)
        return;
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

void apply_application_theme(Theme theme)
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme_palette(theme));
}

} // namespace lre::ui
