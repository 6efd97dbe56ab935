// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimspage.h"

#include "chartstyle.h"
#include "claimsreport.h"
#include "theme.h"
#include "translations.h"

#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace {

using lre::ui::ClaimsPage;
using lre::ui::Page;

constexpr int kWaitMs = 120'000; // an upper bound for slow sanitizer builds, never a sleep

// A page of its own, no window: the cards' buttons ask for pages through the Page contract.
class ClaimsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        page = std::make_unique<ClaimsPage>();
        lab = std::make_unique<TestPage>();
        explorer = std::make_unique<TestPage>();
        page->setViewPages(lab.get(), explorer.get(), nullptr);
    }

    // Runs everything with few born-dead trials and waits for the last stage.
    void runToEnd(double alpha)
    {
        page->setAlpha(alpha);
        QSignalSpy finished(page.get(), &ClaimsPage::reportFinished);
        page->rerun(200);
        ASSERT_TRUE(finished.wait(kWaitMs));
        ASSERT_FALSE(page->isRunning());
    }

    QString text(const char *name) const
    {
        const auto *label = page->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    }

    QLineSeries *series(const char *name) const
    {
        return qobject_cast<QLineSeries *>(lre::ui::find_series({page->bornDeadChart()}, QLatin1String(name)));
    }

    struct TestPage final : Page {
        QString title() const override { return QStringLiteral("test"); }
        void applyTheme(lre::Theme) override {}
        void resetToDefaults() override {}
        lre::ui::ExportOptions exportOptions() const override { return {}; }
        lre::ui::ExportResult exportTo(const lre::ui::ExportChoice &) override { return {}; }
        QImage image(int) override { return {}; }
    };

    std::unique_ptr<ClaimsPage> page;
    std::unique_ptr<TestPage> lab;
    std::unique_ptr<TestPage> explorer;
};

TEST_F(ClaimsPageTest, HiddenPageRunsNothingAndSaysItIsWaiting)
{
    page->setAlpha(0.2);
    EXPECT_FALSE(page->isRunning());
    EXPECT_TRUE(page->isPending());
    EXPECT_TRUE(text("claim1Verdict").contains(QLatin1String("not measured yet")));
    // Its header waits too (a new text on every slider step would lay the window out again),
    // and names the new alpha once the page is shown.
    EXPECT_FALSE(text("claimsHeader").contains(QLatin1String("0.2")));
    page->show();
    EXPECT_TRUE(text("claimsHeader").contains(QLatin1String("0.2")));
}

TEST_F(ClaimsPageTest, CardsFollowTheNumbersAtTheDefaultAlpha)
{
    runToEnd(0.1);
    const lre::ClaimsReport &report = page->report();
    ASSERT_TRUE(report.bornDead && report.lab && report.sensitivity);
    const auto cards = lre::claim_cards(report);
    const char *verdicts[] = {"claim1Verdict", "claim2Verdict", "claim3Verdict", "claim4Verdict"};
    const char *rules[] = {"claim1Rule", "claim2Rule", "claim3Rule", "claim4Rule"};
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_TRUE(text(verdicts[i]).contains(QString::fromStdString(lre::verdict_text(cards[i].verdict))))
            << text(verdicts[i]).toStdString();
        EXPECT_TRUE(text(rules[i]).contains(QString::fromStdString(cards[i].rule).left(40)));
    }
    EXPECT_EQ(cards[3].verdict, lre::Verdict::Backwards);
    EXPECT_TRUE(text("claim4Reason").contains(QLatin1String("ReLU is the sparse one")));
    EXPECT_TRUE(text("claim1Numbers").contains(QLatin1String("of 10 seeds")));
    EXPECT_TRUE(text("claimsHeader").contains(QLatin1String("done")));

    const auto *table = page->findChild<QTableWidget *>(QStringLiteral("bornDeadTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 5);
    EXPECT_EQ(table->columnCount(), 7);
    auto *relu2 = series("bornDeadRelu2");
    ASSERT_NE(relu2, nullptr);
    ASSERT_EQ(relu2->count(), 7);
    EXPECT_DOUBLE_EQ(relu2->at(0).y(), report.bornDead->find(2, 2)->fractionRelu());
}

// Under German the cards are German and their numbers have a decimal comma, like the rest of
// the window (core writes the cards through the page's translate and QLocale hooks).
TEST_F(ClaimsPageTest, GermanCardsWithDecimalCommas)
{
    struct RestoreLocale {
        QLocale before;
        ~RestoreLocale() { QLocale::setDefault(before); }
    } restore;
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    QObject owner; // the translators go when it goes
    ASSERT_TRUE(lre::i18n::install_translators(&owner, german));
    runToEnd(0.1);

    EXPECT_TRUE(text("claim1Verdict").contains(QStringLiteral("Aussage 1: Leaky ReLU verhindert sterbende ReLUs")))
        << text("claim1Verdict").toStdString();
    EXPECT_TRUE(text("claim1Verdict").contains(QRegularExpression(QStringLiteral("Urteil: <b>(teilweise |nicht )?bestätigt</b>"))))
        << text("claim1Verdict").toStdString();
    EXPECT_TRUE(text("claim4Verdict").contains(QStringLiteral("Urteil: <b>umgekehrt</b>")));
    EXPECT_TRUE(text("claim4Reason").contains(QStringLiteral("ReLU ist das dünn besetzte Netz")));
    EXPECT_TRUE(text("claim1Ran").contains(QStringLiteral("Lernrate 0,02"))) << text("claim1Ran").toStdString();
    EXPECT_TRUE(text("claim1Numbers").contains(QStringLiteral("von 10 Startwerten")));
    EXPECT_TRUE(text("claimsHeader").contains(QStringLiteral("α = 0,1")));
    const QRegularExpression comma(QStringLiteral("\\d,\\d %"));
    const QRegularExpression point(QStringLiteral("\\d\\.\\d"));
    for (const char *name : {"claim1Numbers", "claim2Numbers", "claim3Numbers", "claim4Numbers", "claim1Ran",
                             "claim3Ran", "claim2Reason", "claim3Rule"}) {
        EXPECT_FALSE(text(name).contains(point)) << name << ": " << text(name).toStdString();
        EXPECT_FALSE(text(name).contains(QStringLiteral(" of "))) << name << ": " << text(name).toStdString();
    }
    for (const char *name : {"claim1Numbers", "claim2Numbers", "claim4Numbers"})
        EXPECT_TRUE(text(name).contains(comma)) << name << ": " << text(name).toStdString();
    const auto *table = page->findChild<QTableWidget *>(QStringLiteral("bornDeadTable"));
    ASSERT_NE(table, nullptr);
    ASSERT_NE(table->item(0, 0), nullptr);
    EXPECT_TRUE(table->item(0, 0)->text().contains(QLatin1Char(','))) << table->item(0, 0)->text().toStdString();
    if (const QString dir = qEnvironmentVariable("LRE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page->resize(1000, 3000); // every card at once, as a reader scrolls through them
        page->show();
        QCoreApplication::processEvents();
        page->grab().save(dir + QStringLiteral("/claims-de.png"));
    }
}

// One hue per activation, a shade per width, every shade apart from the others and from the
// background in both themes (the dark theme's widest networks were all drawn white).
TEST_F(ClaimsPageTest, EveryWidthHasAShadeOfItsOwnInBothThemes)
{
    runToEnd(0.1);
    for (const lre::Theme theme : {lre::Theme::Light, lre::Theme::Dark}) {
        page->applyTheme(theme);
        const QColor background = lre::ui::theme_colors(theme).chartBackground;
        for (const char *activation : {"bornDeadRelu", "bornDeadLeaky"}) {
            QList<QColor> shades;
            for (int width : {2, 3, 4, 5, 10}) {
                const QString name = QLatin1String(activation) + QString::number(width);
                const QLineSeries *line = series(name.toLatin1().constData());
                ASSERT_NE(line, nullptr);
                shades.append(line->pen().color());
            }
            for (qsizetype i = 0; i < shades.size(); ++i) {
                const auto apart = [](const QColor &a, const QColor &b) {
                    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                     std::abs(a.blue() - b.blue())});
                };
                EXPECT_GE(apart(shades[i], background), 40) << activation << ' ' << i;
                if (i > 0) {
                    EXPECT_GE(apart(shades[i], shades[i - 1]), 12) << activation << ' ' << i;
                }
            }
        }
    }
}

TEST_F(ClaimsPageTest, AlphaZeroCardsSayLeakyIsRelu)
{
    runToEnd(0.0);
    for (const char *name : {"claim1Reason", "claim2Reason", "claim4Reason"})
        EXPECT_TRUE(text(name).contains(QLatin1String("alpha = 0"))) << name;
    EXPECT_TRUE(text("claim1Verdict").contains(QLatin1String("not supported")));
    auto *relu = series("bornDeadRelu3");
    auto *leaky = series("bornDeadLeaky3");
    ASSERT_TRUE(relu && leaky);
    EXPECT_EQ(relu->points(), leaky->points());
}

TEST_F(ClaimsPageTest, ButtonsAskForTheirPages)
{
    QSignalSpy requested(page.get(), &Page::showPageRequested);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("claim1ShowLab")), Qt::LeftButton);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("claim2ShowGradients")), Qt::LeftButton);
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested.at(0).at(0).value<Page *>(), lab.get());
    EXPECT_EQ(requested.at(1).at(0).value<Page *>(), explorer.get());
    // No sensitivity page given: its button is hidden.
    EXPECT_TRUE(page->findChild<QPushButton *>(QStringLiteral("claim3ShowSensitivity"))->isHidden());
}

TEST_F(ClaimsPageTest, ANewAlphaCancelsTheRunAndOnlyTheLastOneIsShown)
{
    page->show();
    QSignalSpy finished(page.get(), &ClaimsPage::reportFinished);
    page->setAlpha(0.3);
    page->rerun(200);
    page->setAlpha(0.0);
    page->rerun(200);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(page->report().alpha, 0.0);
    EXPECT_EQ(finished.count(), 1);
}

TEST_F(ClaimsPageTest, ExportsTheTableAndTheReport)
{
    runToEnd(0.1);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("born.csv"));
    const QString json = dir.filePath(QStringLiteral("claims.json"));
    ASSERT_TRUE(page->exportTo({csv, {}, 1, 0}).ok);
    ASSERT_TRUE(page->exportTo({json, {}, 1, 0}).ok);
    QFile c(csv), j(json);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly) && j.open(QIODevice::ReadOnly));
    EXPECT_TRUE(c.readLine().startsWith(lre::kBornDeadCsvHeader));
    EXPECT_TRUE(j.readAll().contains("\"format\": \"leaky-relu-explorer/claims\""));
}

} // namespace

#include "windowfixture.h"
#include "sensitivitypage.h"

namespace {

using ClaimsInWindow = WindowFixture;

TEST_F(ClaimsInWindow, CardButtonsShowTheirPagesInTheWindow)
{
    ASSERT_NE(pages.claims, nullptr);
    window->showPage(pages.claims);
    ASSERT_EQ(window->currentPage(), pages.claims);
    pages.claims->findChild<QPushButton *>(QStringLiteral("claim1ShowLab"))->click();
    EXPECT_EQ(window->currentPage(), pages.dyingRelu);
    auto params = explorer()->params();
    params.showGradients = false;
    explorer()->setParams(params);
    pages.claims->findChild<QPushButton *>(QStringLiteral("claim2ShowGradients"))->click();
    EXPECT_EQ(window->currentPage(), pages.explorer);
    EXPECT_TRUE(explorer()->params().showGradients); // the gradient chart is what it opens
    pages.claims->findChild<QPushButton *>(QStringLiteral("claim3ShowSensitivity"))->click();
    EXPECT_EQ(window->currentPage(), pages.sensitivity);
}

TEST_F(ClaimsInWindow, FollowsTheExplorersAlpha)
{
    explorer()->setParams([&] {
        auto p = explorer()->params();
        p.alpha = 0.25;
        return p;
    }());
    EXPECT_EQ(pages.claims->alpha(), 0.25);
    EXPECT_TRUE(pages.claims->isPending()); // hidden: nothing runs until it is shown
    EXPECT_FALSE(pages.claims->isRunning());
}

} // namespace
