// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary under de_DE.UTF-8 and C: messages and help in the user's language, numbers on
// the command line and in CSV files always C-style; --scale; CSV grid values.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct AppResult {
    int exitCode = -1;
    QString out;
    QString err;
};

AppResult run_in(const char *locale, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_MESSAGES",
                             "LC_NUMERIC"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QLatin1String(locale));
    env.insert(QStringLiteral("LC_ALL"), QLatin1String(locale));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LRE_APP_PATH), args);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(CliLocale, HelpAndMessagesAreGermanUnderDeDe)
{
    const AppResult help = run_in("de_DE.UTF-8", {"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Diese Hilfe zeigen und beenden."))) << help.out.toStdString();
    const AppResult bad = run_in("de_DE.UTF-8", {"--alpha", "abc"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("ist keine Zahl"))) << bad.err.toStdString();
    const AppResult english = run_in("C.UTF-8", {"--alpha", "abc"});
    EXPECT_EQ(english.exitCode, 2);
    EXPECT_TRUE(english.err.contains(QStringLiteral("is not a number"))) << english.err.toStdString();
}

TEST(CliLocale, NumbersAndCsvAreTheSameInEveryLocale)
{
    QTemporaryDir dir;
    const QString german = dir.filePath(QStringLiteral("de.csv"));
    const QString plain = dir.filePath(QStringLiteral("c.csv"));
    ASSERT_EQ(run_in("de_DE.UTF-8", {"--alpha", "0.3", "--export", german}).exitCode, 0);
    ASSERT_EQ(run_in("C", {"--alpha", "0.3", "--export", plain}).exitCode, 0);
    EXPECT_FALSE(read(german).isEmpty());
    EXPECT_EQ(read(german), read(plain));
    // The command line takes C numbers only, in every locale: "0,3" is refused, not read as 3.
    const AppResult comma = run_in("de_DE.UTF-8", {"--alpha", "0,3", "--export", german});
    EXPECT_EQ(comma.exitCode, 2);
    // Grid values are the nearest doubles to the exact grid points.
    EXPECT_TRUE(read(plain).contains("\n-4.8,"));
    for (const QByteArray &line : read(plain).split('\n').mid(1))
        EXPECT_LE(line.left(line.indexOf(',')).size(), 4) << line.toStdString(); // x: -4.8, 0.1, 5
}

TEST(CliLocale, ScaleMultipliesImagePixels)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("a.png"));
    ASSERT_EQ(run_in("C", {"--export", png, "--size", "320x200", "--scale", "2"}).exitCode, 0);
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(640, 400));
    const QString jpg = dir.filePath(QStringLiteral("a.jpg"));
    ASSERT_EQ(run_in("C", {"--export", jpg, "--size", "100x80", "--scale", "3"}).exitCode, 0);
    EXPECT_EQ(QImage(jpg).size(), QSize(300, 240));
    for (const char *bad : {"0", "4", "1.5", "x"}) {
        const AppResult run = run_in("C", {"--export", png, "--scale", bad});
        EXPECT_EQ(run.exitCode, 2) << bad;
        EXPECT_TRUE(run.err.contains(QStringLiteral("--scale"))) << bad;
    }
    const QString svg = dir.filePath(QStringLiteral("a.svg"));
    const AppResult vector = run_in("C", {"--export", svg, "--scale", "2"});
    EXPECT_EQ(vector.exitCode, 2);
    EXPECT_FALSE(QFile::exists(svg));
}
