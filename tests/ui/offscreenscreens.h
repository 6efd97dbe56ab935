// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QString>

// Qt's offscreen platform with two screens: its usual 800x800 one at device pixel ratio 1, and a
// second at ratio 2 beside it (1600x1000, 3200x2000 pixels), where a window paints 2x2 device pixels per unit as on a
// high-density laptop screen. Called before the QApplication is made, which reads the file
// returned (one per process: tests run side by side); the caller removes it afterwards. A
// platform the caller chose (a real display) is left alone.
inline QString use_offscreen_screens_at_1x_and_2x()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && platform != "offscreen")
        return {};
    const QString path = QDir::temp().filePath(
        QStringLiteral("lre-offscreen-screens-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(R"({"screens": [
        {"name": "1x", "x": 0, "y": 0, "width": 800, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "2x", "x": 800, "y": 0, "width": 3200, "height": 2000, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    ]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(path));
    // Qt's own scaling, as on X11 and Windows: the backing store and every paint at 2x. (The
    // platform's "dpr" would only report the ratio; offscreen widgets would still paint at 1x.)
    qputenv("QT_SCREEN_SCALE_FACTORS", "1x=1;2x=2");
    return path;
}

// The screen of that ratio, if the platform has one.
inline QScreen *screen_at_ratio(qreal ratio)
{
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->devicePixelRatio() == ratio)
            return screen;
    return nullptr;
}
