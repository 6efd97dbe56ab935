// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"
#include "labjson.h"
#include "labscript.h"
#include "samples.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

namespace {

struct AppRun {
    int exitCode = -1;
    QString out;
    QString err;
};

AppRun run_app(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
            bool asUnprivilegedUser = false)
{
    QProcess process;
    QString program = QStringLiteral(LRE_APP_PATH);
    QStringList arguments = args;
    if (asUnprivilegedUser && geteuid() == 0) {
        // Root ignores file permissions; drop to "nobody" so that they apply.
        arguments = QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", program} + args;
        program = QStringLiteral("setpriv");
    }
    QProcessEnvironment clean = env;
    // Headless by its own choice: no display and no platform given.
    clean.remove(QStringLiteral("DISPLAY"));
    clean.remove(QStringLiteral("WAYLAND_DISPLAY"));
    clean.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(clean);
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class Cli : public ::testing::Test {
protected:
    QString path(const QString &name) const { return dir.filePath(name); }
    QTemporaryDir dir;
};

TEST_F(Cli, PngHasTheRequestedSizeAndTheme)
{
    ASSERT_EQ(run_app({"--export", path("light.png"), "--size", "640x400"}).exitCode, 0);
    ASSERT_EQ(run_app({"--export", path("dark.png"), "--size", "640x400", "--theme", "dark"}).exitCode, 0);
    const QImage light(path("light.png"));
    const QImage dark(path("dark.png"));
    ASSERT_FALSE(light.isNull());
    EXPECT_EQ(light.size(), QSize(640, 400));
    EXPECT_EQ(dark.size(), QSize(640, 400));
    EXPECT_GT(qGray(light.pixel(5, 5)), 200);
    EXPECT_LT(qGray(dark.pixel(5, 5)), 60);
    // Curves are drawn: the light image holds Leaky ReLU's blue somewhere.
    int bluish = 0;
    for (int y = 0; y < light.height(); y += 2)
        for (int x = 0; x < light.width(); x += 2) {
            const QColor c = light.pixelColor(x, y);
            bluish += c.blue() > 150 && c.red() < 80;
        }
    EXPECT_GT(bluish, 50);
}

TEST_F(Cli, DefaultSizeIs1280x800AndJpegWorks)
{
    ASSERT_EQ(run_app({"--export", path("a.png")}).exitCode, 0);
    EXPECT_EQ(QImage(path("a.png")).size(), QSize(1280, 800));
    ASSERT_EQ(run_app({"--export", path("a.JPG"), "--size", "300x200"}).exitCode, 0);
    QFile jpeg(path("a.JPG"));
    ASSERT_TRUE(jpeg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(jpeg.read(3).startsWith("\xFF\xD8\xFF"));
    EXPECT_EQ(QImage(path("a.JPG")).size(), QSize(300, 200));
}

TEST_F(Cli, SvgIsWellFormedXmlWithTheTitle)
{
    ASSERT_EQ(run_app({"--export", path("a.svg"), "--alpha", "0.2"}).exitCode, 0);
    QFile svg(path("a.svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svg);
    bool root = false;
    bool title = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            root = true;
        if (xml.isCharacters() && xml.text().contains(QStringLiteral("α = 0.20")))
            title = true;
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(root);
    EXPECT_TRUE(title);
}

TEST_F(Cli, PdfHasAPdfHeader)
{
    ASSERT_EQ(run_app({"--export", path("a.pdf")}).exitCode, 0);
    QFile pdf(path("a.pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_GT(pdf.size(), 1000);
}

TEST_F(Cli, CsvReadsBackToTheCore)
{
    ASSERT_EQ(run_app({"--export", path("a.csv"), "--alpha", "0.3", "--x-min", "-2", "--x-max", "3",
                       "--samples", "40", "--grad-at-zero", "right"})
                  .exitCode,
              0);
    QFile csv(path("a.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.front(), QString::fromLatin1(lre::kCsvHeader));
    const auto expected = lre::sample_table(
        {.alpha = 0.3, .xMin = -2, .xMax = 3, .zeroGradient = lre::ZeroGradient::RightLimit}, 40);
    ASSERT_EQ(lines.size() - 1, static_cast<qsizetype>(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const QStringList cells = lines[static_cast<qsizetype>(i + 1)].split(',');
        ASSERT_EQ(cells.size(), 5);
        EXPECT_EQ(cells[0].toDouble(), expected[i].x);
        EXPECT_EQ(cells[1].toDouble(), expected[i].relu);
        EXPECT_EQ(cells[2].toDouble(), expected[i].leakyRelu);
        EXPECT_EQ(cells[3].toDouble(), expected[i].reluGrad);
        EXPECT_EQ(cells[4].toDouble(), expected[i].leakyReluGrad);
    }
}

TEST_F(Cli, BadInputGivesExitTwoAMessageAndNoFile)
{
    const QList<QStringList> bad = {
        {"--alpha", "abc"},        {"--alpha", "nan"},     {"--alpha", "11"},
        {"--x-min", "9"},          {"--x-max", "inf"},     {"--theme", "pink"},
        {"--size", "12x12"},       {"--samples", "0"},     {"--gradients", "maybe"},
        {"--no-such-option"},      {"--grad-at-zero", "up"}};
    for (const QStringList &args : bad) {
        const QString out = path("bad.png");
        const AppRun run = run_app(QStringList{"--export", out} + args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("leaky-relu-explorer: "))) << run.err.toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << args.join(' ').toStdString();
    }
    const AppRun unknown = run_app({"--export", path("a.bmp")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral(".png")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(Cli, MissingDirectoryOrDirectoryTargetGivesExitOne)
{
    const AppRun missing = run_app({"--export", path("no/such/dir/a.png")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("no/such/dir/a.png"))) << missing.err.toStdString();
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("folder.png")));
    const AppRun folder = run_app({"--export", path("folder.png")});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(QFileInfo(path("folder.png")).isDir());
}

TEST_F(Cli, UnwritableDirectoryGivesExitOneAndKeepsTheExistingFile)
{
    // In a read-only directory the process cannot create the temporary file QSaveFile writes first.
    ASSERT_EQ(chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    const QString sub = path("locked");
    ASSERT_TRUE(QDir().mkpath(sub));
    const QString target = sub + QStringLiteral("/keep.png");
    QFile original(target);
    ASSERT_TRUE(original.open(QIODevice::WriteOnly));
    original.write("original bytes");
    original.close();
    ASSERT_EQ(chmod(QFile::encodeName(sub).constData(), 0555), 0);
    if (geteuid() == 0) {
        // The unprivileged user must be able to reach the binary (not so under a 0700 home).
        const int reachable = QProcess::execute(
            QStringLiteral("setpriv"), {"--reuid=65534", "--regid=65534", "--clear-groups", "/bin/sh", "-c",
                                        "test -x \"$0\"", QStringLiteral(LRE_APP_PATH)});
        if (reachable != 0) {
            chmod(QFile::encodeName(sub).constData(), 0755);
            GTEST_SKIP() << "user nobody cannot run " << LRE_APP_PATH << " here";
        }
    }
    const AppRun run = run_app({"--export", target}, QProcessEnvironment::systemEnvironment(), true);
    chmod(QFile::encodeName(sub).constData(), 0755);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("keep.png"))) << run.err.toStdString();
    QFile kept(target);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("original bytes"));
}

TEST_F(Cli, LimitsAreAcceptedAndJustPastThemRefused)
{
    const QString csv = path("edge.csv");
    for (const QStringList &ok : QList<QStringList>{{"--alpha", "10"}, {"--alpha", "-10"},
                                                   {"--x-min", "-1e6", "--x-max", "1e6"},
                                                   {"--x-min", "0", "--x-max", "1e-6"},
                                                   {"--samples", "2"}}) {
        const AppRun run = run_app(QStringList{"--export", csv} + ok);
        EXPECT_EQ(run.exitCode, 0) << ok.join(' ').toStdString() << run.err.toStdString();
    }
    for (const QStringList &bad : QList<QStringList>{{"--alpha", "10.000001"}, {"--alpha", "-10.000001"},
                                                    {"--x-min", "-1000000.1"}, {"--x-max", "1000000.1"},
                                                    {"--x-min", "0", "--x-max", "9e-7"},
                                                    {"--samples", "1"}, {"--samples", "1000001"},
                                                    {"--size", "15x100"}, {"--size", "8193x16"}}) {
        const QString out = path("past.png");
        const AppRun run = run_app(QStringList{"--export", out} + bad);
        EXPECT_EQ(run.exitCode, 2) << bad.join(' ').toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
    ASSERT_EQ(run_app({"--export", path("tall.png"), "--size", "16x8192"}).exitCode, 0);
    EXPECT_EQ(QImage(path("tall.png")).size(), QSize(16, 8192));
    ASSERT_EQ(run_app({"--export", path("million.csv"), "--samples", "1000000"}).exitCode, 0);
    EXPECT_GT(QFileInfo(path("million.csv")).size(), 20'000'000);
}

TEST_F(Cli, VeryLongArgumentsGetShortMessages)
{
    const QString longNumber(100'000, QLatin1Char('7'));
    const AppRun number = run_app({"--alpha", longNumber, "--export", path("a.png")});
    EXPECT_EQ(number.exitCode, 2);
    EXPECT_LT(number.err.size(), 300);
    const QString longName = path(QString(5000, QLatin1Char('n')) + QStringLiteral(".png"));
    const AppRun name = run_app({"--export", longName});
    EXPECT_EQ(name.exitCode, 1);
    EXPECT_LT(name.err.size(), 400);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(Cli, NonUtf8FileNameIsRefusedNotRenamed)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    // QProcess takes QStrings; the shell passes the raw bytes.
    const QByteArray name = QFile::encodeName(dir.path()) + "/bad\\377.png"; // octal for sh's printf
    process.start(QStringLiteral("/bin/sh"),
                  {"-c", QStringLiteral("exec \"$0\" --export \"$(printf '%1')\"")
                             .arg(QString::fromLatin1(name)),
                   QStringLiteral(LRE_APP_PATH)});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 2) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(Cli, FullDiskLeavesNoPartialFile)
{
    const QString mountPoint = path("tiny");
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.start(QStringLiteral("mount"), {"-t", "tmpfs", "-o", "size=16k", "tmpfs", mountPoint});
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
        GTEST_SKIP() << "cannot mount a small tmpfs here (needs root and mount rights)";
    const AppRun run = run_app({"--export", mountPoint + QStringLiteral("/big.png"), "--size", "2000x2000"});
    const QStringList left = QDir(mountPoint).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), {mountPoint});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("big.png"))) << run.err.toStdString();
    EXPECT_TRUE(left.isEmpty()) << left.join(' ').toStdString();
}

TEST_F(Cli, HelpAndVersionNeedNoDisplay)
{
    const AppRun help = run_app({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--export")));
    const AppRun version = run_app({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("leaky-relu-explorer ")));
}

class Settings : public Cli {
protected:
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        return e;
    }
    QString file() const { return dir.filePath(QStringLiteral("LeakyReluExplorer/leaky-relu-explorer.conf")); }
    void write(const QByteArray &bytes) const
    {
        QDir().mkpath(QFileInfo(file()).path());
        QFile f(file());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QString state(const QStringList &extra = {}) const
    {
        const AppRun run = run_app(QStringList{"--print-state"} + extra, env());
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out.trimmed();
    }
    static inline const QString kDefaults =
        QStringLiteral("alpha=0.10000000000000001 x_min=-5 x_max=5 gradients=on grad_at_zero=left theme=light");
};

TEST_F(Settings, SavedValuesAreRestoredAndOptionsOverrideThem)
{
    write("[plot]\nalpha=0.25\nxMin=-2\nxMax=8\nshowGradients=false\ngradientAtZero=right\n"
          "[view]\ntheme=dark\n");
    EXPECT_EQ(state(), QStringLiteral("alpha=0.25 x_min=-2 x_max=8 gradients=off grad_at_zero=right theme=dark"));
    EXPECT_EQ(state({"--alpha", "0.5", "--theme", "light"}),
              QStringLiteral("alpha=0.5 x_min=-2 x_max=8 gradients=off grad_at_zero=right theme=light"));
    EXPECT_EQ(state({"--reset-settings"}), kDefaults);
}

TEST_F(Settings, CorruptFilesStartWithDefaults)
{
    const QList<QByteArray> corrupt = {
        "",
        QByteArray::fromHex("00fffe20676172626167652001029f"),
        "[plot]\nalpha=abc\nxMin=nan\nxMax=inf\nshowGradients=7\ngradientAtZero=up\n[view]\ntheme=blue\n",
        "[plot]\nalpha=1e308\nxMin=5\nxMax=-5\n",
        "[plot]\nalpha=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x3)\n",
        QByteArray(2'000'000, 'x'),
    };
    for (const QByteArray &bytes : corrupt) {
        write(bytes);
        EXPECT_EQ(state(), kDefaults) << bytes.left(60).toStdString();
    }
}

TEST_F(Settings, ExportIgnoresSavedSettings)
{
    write("[plot]\nalpha=0.9\n");
    ASSERT_EQ(run_app({"--export", path("a.csv"), "--samples", "2", "--x-min", "-1", "--x-max", "1"}, env())
                  .exitCode,
              0);
    QFile csv(path("a.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("\n-1,0,-0.1,"));
}

} // namespace

namespace {

TEST_F(Cli, LabCsvRunsHeadlessAndReadsBack)
{
    const QString file = path("lab.csv");
    const AppRun run = run_app({"--lab-csv", file, "--alpha", "0.2", "--lab-epochs", "50", "--lab-units", "8",
                                "--lab-seed", "3"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 52); // header + epochs 0..50
    EXPECT_EQ(lines.front(), QStringLiteral("epoch,loss_relu,loss_leaky,dead_relu,dead_leaky"));
    lre::LabParams params;
    params.alpha = 0.2;
    params.epochs = 50;
    params.hiddenUnits = 8;
    params.seed = 3;
    const auto records = lre::run_lab(params).records;
    ASSERT_EQ(records.size(), 51u);
    for (std::size_t i = 0; i < records.size(); ++i) {
        const QStringList cells = lines[static_cast<qsizetype>(i + 1)].split(',');
        ASSERT_EQ(cells.size(), 5);
        EXPECT_EQ(cells[0].toInt(), records[i].epoch);
        EXPECT_EQ(cells[1].toDouble(), records[i].lossRelu);
        EXPECT_EQ(cells[2].toDouble(), records[i].lossLeaky);
        EXPECT_EQ(cells[3].toDouble(), records[i].deadRelu);
        EXPECT_EQ(cells[4].toDouble(), records[i].deadLeaky);
    }
}

TEST_F(Cli, LabPreluAddsThreeColumnsThatReadBack)
{
    const QString file = path("prelu.csv");
    const AppRun run = run_app({"--lab-csv", file, "--lab-prelu", "per-unit", "--lab-prelu-start", "0.25",
                                "--lab-epochs", "40", "--lab-units", "8"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 42);
    EXPECT_EQ(lines.front(),
              QStringLiteral("epoch,loss_relu,loss_leaky,dead_relu,dead_leaky,loss_prelu,dead_prelu,alpha_prelu"));
    lre::LabParams params;
    params.epochs = 40;
    params.hiddenUnits = 8;
    params.prelu = lre::PreluMode::PerUnit;
    params.preluStart = lre::PreluStart::PyTorchDefault;
    const auto records = lre::run_lab(params).records;
    ASSERT_EQ(records.size(), 41u);
    for (std::size_t i = 0; i < records.size(); ++i) {
        const QStringList cells = lines[static_cast<qsizetype>(i + 1)].split(',');
        ASSERT_EQ(cells.size(), 8);
        EXPECT_EQ(cells[5].toDouble(), records[i].lossPrelu);
        EXPECT_EQ(cells[6].toDouble(), records[i].deadPrelu);
        EXPECT_EQ(cells[7].toDouble(), records[i].alphaPrelu);
    }
    EXPECT_EQ(lines[1].split(',')[7], QStringLiteral("0.25"));

    // The JSON of the same run holds every epoch's alphas; without --lab-prelu the CSV keeps five columns.
    ASSERT_EQ(run_app({"--lab-json", path("prelu.json"), "--lab-prelu", "shared", "--lab-epochs", "5"}).exitCode, 0);
    QFile json(path("prelu.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const lre::LabRun read = lre::read_lab_json(json.readAll().toStdString());
    EXPECT_EQ(read.params.prelu, lre::PreluMode::Shared);
    EXPECT_EQ(read.preluAlphas.alphas.size(), 6u);
    ASSERT_EQ(run_app({"--lab-csv", path("plain.csv"), "--lab-prelu", "off", "--lab-epochs", "3"}).exitCode, 0);
    QFile plain(path("plain.csv"));
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly | QIODevice::Text));
    EXPECT_EQ(plain.readLine().trimmed(), QByteArray(lre::kLabCsvHeader));
}

TEST_F(Cli, BadLabPreluOptionsGiveExitTwoOneLineAndNoFile)
{
    const QList<QStringList> bad = {{"--lab-prelu", "yes"},
                                    {"--lab-prelu", "Shared"},
                                    {"--lab-prelu", ""},
                                    {"--lab-prelu", "per_unit"},
                                    {"--lab-prelu-start", "0.25"},
                                    {"--lab-prelu", "off", "--lab-prelu-start", "alpha"},
                                    {"--lab-prelu", "shared", "--lab-prelu-start", "0.3"},
                                    {"--lab-prelu", "shared", "--lab-prelu-start", "Alpha"}};
    for (const QStringList &args : bad) {
        const QString file = path("bad.csv");
        const AppRun run = run_app(QStringList{"--lab-csv", file} + args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("--lab-prelu"))) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(file)) << args.join(' ').toStdString();
    }
}

TEST_F(Cli, BadLabOptionsGiveExitTwoAndNoFile)
{
    const QList<QStringList> bad = {{"--lab-units", "3"},      {"--lab-units", "513"}, {"--lab-units", "x"},
                                    {"--lab-lr", "abc"},       {"--lab-lr", "0"},      {"--lab-bias", "9"},
                                    {"--lab-epochs", "0"},     {"--lab-seed", "-1"},   {"--alpha", "11"},
                                    {"--lab-epochs", "1e3"},   {"--lab-seed", "1000000000"}};
    for (const QStringList &args : bad) {
        const QString file = path("bad.csv");
        const AppRun run = run_app(QStringList{"--lab-csv", file} + args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(file)) << args.join(' ').toStdString();
    }
    EXPECT_EQ(run_app({"--lab-csv", path("lab.txt")}).exitCode, 2);
    EXPECT_EQ(run_app({"--lab-csv", path("no/dir/lab.csv"), "--lab-epochs", "2"}).exitCode, 1);
}

} // namespace

namespace {

QByteArray contents(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST_F(Cli, LabJsonScriptAndCsvFromOneCommand)
{
    const AppRun run = run_app({"--lab-json", path("run.json"), "--lab-script", path("lab.py"), "--lab-csv",
                                path("lab.csv"), "--alpha", "-0.5", "--lab-epochs", "40", "--lab-units", "6",
                                "--lab-seed", "11", "--lab-bias", "-1", "--lab-lr", "0.05"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.err, QString());
    const lre::LabParams params{.alpha = -0.5, .hiddenUnits = 6, .learningRate = 0.05, .biasShift = -1.0,
                                .epochs = 40, .seed = 11};
    const QString version = run_app({"--version"}).out.split(' ').last().trimmed();
    ASSERT_FALSE(version.isEmpty());

    const lre::LabRun expected = lre::run_lab_run(params, version.toStdString());
    std::ostringstream json;
    lre::write_lab_json(json, expected);
    EXPECT_EQ(contents(path("run.json")).toStdString(), json.str());
    const lre::LabRun back = lre::read_lab_json(contents(path("run.json")).toStdString());
    EXPECT_EQ(back.params, params);
    EXPECT_EQ(back.records, lre::run_lab(params).records);

    std::ostringstream script;
    lre::write_lab_pytorch_script(script, params, version.toStdString());
    EXPECT_EQ(contents(path("lab.py")).toStdString(), script.str());

    std::ostringstream csv;
    lre::write_lab_csv(csv, back.records);
    EXPECT_EQ(contents(path("lab.csv")).toStdString(), csv.str());
}

TEST_F(Cli, LabJsonRecordsADivergedRunAndSaysSoOnOneLine)
{
    const AppRun run = run_app({"--lab-json", path("run.json"), "--lab-lr", "1"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const lre::LabRun back = lre::read_lab_json(contents(path("run.json")).toStdString());
    ASSERT_EQ(back.outcome, lre::LabOutcome::Diverged);
    EXPECT_EQ(run.err, QStringLiteral("leaky-relu-explorer: note: the loss diverged at epoch %1; a smaller "
                                      "--lab-lr trains\n").arg(back.divergedAtEpoch()));
}

TEST_F(Cli, LabJsonAndScriptBadPathsAndOptions)
{
    const QList<QStringList> usage = {{"--lab-json", path("a.txt")},
                                      {"--lab-script", path("a.pyw")},
                                      {"--lab-json", path("a.json"), "--export", path("a.png")},
                                      {"--lab-script", path("a.py"), "--lab-lr", "2"},
                                      {"--lab-json", path("a.json"), "--lab-seed", "x"},
                                      {"--lab-json", path("a.json"), "--alpha", "nan"}};
    for (const QStringList &args : usage) {
        const AppRun run = run_app(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(' ').toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(QDir(dir.path()).isEmpty()) << args.join(' ').toStdString();
    }
    // Cannot write: exit 1, one line, and nothing written, not even the files after it.
    const AppRun missing = run_app({"--lab-json", path("no/dir/a.json"), "--lab-script", path("a.py")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err.count('\n'), 1) << missing.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("taken.py")));
    const AppRun directory = run_app({"--lab-script", path("taken.py"), "--lab-epochs", "3"});
    EXPECT_EQ(directory.exitCode, 1);
    EXPECT_EQ(directory.err.count('\n'), 1) << directory.err.toStdString();
    // The first file that cannot be written stops the run: the files after it are left as they were.
    QFile old(path("old.py"));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("keep");
    old.close();
    EXPECT_EQ(run_app({"--lab-json", path("no/dir/a.json"), "--lab-script", path("old.py")}).exitCode, 1);
    EXPECT_EQ(contents(path("old.py")), QByteArray("keep"));
}

} // namespace

namespace {

TEST_F(Cli, BadPinListsGiveExitTwoOneLineAndNoFile)
{
    const QList<QPair<QString, QString>> bad = {
        {"0.1,abc", "'abc' is not a number"}, {"0.1,,0.2", "'' is not a number"}, {"nan", "'nan' is"},
        {"11", "'11' is out of range"},       {"-10.5,0.1", "'-10.5' is out of range"},
        {"0,0.1,0.2,0.3,0.4,0.5,0.6", "more than 6"}};
    for (const auto &[list, message] : bad) {
        for (const char *file : {"bad.png", "bad.csv", "bad.svg"}) {
            const AppRun run = run_app({"--export", path(file), "--pin", list});
            EXPECT_EQ(run.exitCode, 2) << list.toStdString();
            EXPECT_TRUE(run.err.startsWith(QStringLiteral("leaky-relu-explorer: --pin: "))) << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(message)) << run.err.toStdString();
            EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
            EXPECT_FALSE(QFile::exists(path(file))) << list.toStdString();
        }
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(Cli, PinsBecomeCsvColumnsEqualToTheCore)
{
    const AppRun run = run_app({"--export", path("p.csv"), "--pin", "0.01,-0.5,2", "--samples", "7", "--alpha", "0.2"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(path("p.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1 + 7); // x = 0 is the fourth sample
    EXPECT_EQ(lines.front(), QByteArray(lre::kCsvHeader) + ",leaky_relu_a0.01,leaky_relu_grad_a0.01,leaky_relu_a-0.5,"
                                                           "leaky_relu_grad_a-0.5,leaky_relu_a2,leaky_relu_grad_a2");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        ASSERT_EQ(cells.size(), 11);
        const double x = cells[0].toDouble();
        int column = 5;
        for (double alpha : {0.01, -0.5, 2.0}) {
            EXPECT_EQ(cells[column++].toDouble(), lre::leaky_relu(x, alpha));
            EXPECT_EQ(cells[column++].toDouble(), lre::leaky_relu_grad(x, alpha));
        }
    }
}

TEST_F(Cli, PinsAndPresentationShowInTheImage)
{
    ASSERT_EQ(run_app({"--export", path("plain.png"), "--size", "800x500"}).exitCode, 0);
    ASSERT_EQ(run_app({"--export", path("pins.png"), "--size", "800x500", "--pin", "-1,0.5"}).exitCode, 0);
    ASSERT_EQ(run_app({"--export", path("big.png"), "--size", "800x500", "--presentation"}).exitCode, 0);
    const QImage plain(path("plain.png"));
    const QImage pins(path("pins.png"));
    const QImage big(path("big.png"));
    ASSERT_EQ(pins.size(), QSize(800, 500));
    ASSERT_EQ(big.size(), QSize(800, 500));
    auto ink = [](const QImage &image) {
        qint64 dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        return dark;
    };
    auto green = [](const QImage &image) {
        qint64 count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                count += std::abs(qRed(p) - 0x00) + std::abs(qGreen(p) - 0x9e) + std::abs(qBlue(p) - 0x73) < 60 ? 1 : 0;
            }
        return count;
    };
    EXPECT_LT(green(plain), 5);
    EXPECT_GT(green(pins), 40);
    // Larger fonts and thicker lines put more ink on the same canvas.
    EXPECT_GT(ink(big), ink(plain) * 13 / 10);
}

} // namespace
