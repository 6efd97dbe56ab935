// SPDX-License-Identifier: GPL-3.0-or-later
// --claims-report and --born-dead-csv from the real binary.
#include "borndead.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ClaimsRun {
    int exitCode = -1;
    QString err;
};

ClaimsRun run_claims_app(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LRE_APP_PATH), args);
    EXPECT_TRUE(process.waitForFinished(120'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray read_all(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ClaimsCli : public ::testing::Test {
protected:
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }
    QTemporaryDir dir;
};

TEST_F(ClaimsCli, JsonReportReadsBackWithFourVerdictsAndIsTheSameTwice)
{
    const QStringList args{"--claims-report", path("a.json"), "--born-dead-trials", "300"};
    ASSERT_EQ(run_claims_app(args).exitCode, 0);
    ASSERT_EQ(run_claims_app({"--claims-report", path("b.json"), "--born-dead-trials", "300"}).exitCode, 0);
    const QByteArray a = read_all(path("a.json"));
    EXPECT_EQ(a, read_all(path("b.json")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(a, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject root = doc.object();
    EXPECT_EQ(root["format"].toString(), "leaky-relu-explorer/claims");
    EXPECT_EQ(root["alpha"].toDouble(), 0.1);
    EXPECT_FALSE(root["app_version"].toString().isEmpty());
    const QJsonArray claims = root["claims"].toArray();
    ASSERT_EQ(claims.size(), 4);
    EXPECT_EQ(claims[0].toObject()["verdict"].toString(), "supported");
    EXPECT_EQ(claims[1].toObject()["verdict"].toString(), "supported");
    EXPECT_EQ(claims[3].toObject()["verdict"].toString(), "backwards");
    for (const auto &claim : claims)
        EXPECT_FALSE(claim.toObject()["rule"].toString().isEmpty());
    EXPECT_EQ(root["born_dead"].toObject()["trials"].toInt(), 300);
    EXPECT_EQ(root["born_dead"].toObject()["cells"].toArray().size(), 35);
    EXPECT_EQ(root["lab"].toObject()["seeds"].toArray().size(), 10);
}

TEST_F(ClaimsCli, MarkdownAtAlphaZeroSaysLeakyIsRelu)
{
    ASSERT_EQ(run_claims_app({"--claims-report", path("r.md"), "--alpha", "0", "--born-dead-trials", "200"}).exitCode, 0);
    const QString text = QString::fromUtf8(read_all(path("r.md")));
    EXPECT_TRUE(text.startsWith("# Leaky ReLU"));
    EXPECT_TRUE(text.contains("alpha = 0 makes Leaky ReLU into ReLU"));
    EXPECT_TRUE(text.contains("seeds 1-10"));
    EXPECT_TRUE(text.contains("200 networks per cell"));
}

TEST_F(ClaimsCli, BornDeadCsvHasEveryCellTwice)
{
    ASSERT_EQ(run_claims_app({"--born-dead-csv", path("b.csv"), "--born-dead-trials", "100", "--alpha", "0.2"}).exitCode, 0);
    const QList<QByteArray> lines = read_all(path("b.csv")).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1 + 70);
    EXPECT_EQ(lines[0], lre::kBornDeadCsvHeader);
    EXPECT_TRUE(lines[2].startsWith("2,2,leaky_relu,0.2,100,0,0,0"));
}

TEST_F(ClaimsCli, BadOptionsGiveExitTwoOneLineAndNoFile)
{
    const QList<QStringList> bad = {
        {"--claims-report", path("r.txt")},
        {"--born-dead-csv", path("b.txt")},
        {"--born-dead-csv", path("b.csv"), "--born-dead-trials", "0"},
        {"--born-dead-csv", path("b.csv"), "--born-dead-trials", "1000001"},
        {"--born-dead-csv", path("b.csv"), "--born-dead-trials", "2.5"},
        {"--born-dead-trials", "10"},
        {"--born-dead-csv", path("b.csv"), "--alpha", "11"},
        {"--born-dead-csv", path("b.csv"), "--export", path("x.png")},
    };
    for (const QStringList &args : bad) {
        const ClaimsRun run = run_claims_app(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        for (const char *name : {"r.txt", "b.txt", "b.csv", "x.png"})
            EXPECT_FALSE(QFile::exists(path(name))) << args.join(' ').toStdString();
    }
    EXPECT_EQ(run_claims_app({"--born-dead-csv", path("no/dir/b.csv"), "--born-dead-trials", "1"}).exitCode, 1);
}

} // namespace
