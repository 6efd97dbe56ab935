// SPDX-License-Identifier: GPL-3.0-or-later
// Number fields under de_DE and C: '.' and ',' are both the decimal mark, never a group separator.
// The window under German: German menus (the app's translation) and German dialog buttons (Qt's).
#include "exportdialog.h"
#include "explorerpage.h"
#include "explorercontrols.h"
#include "labcontrols.h"
#include "mainwindow.h"
#include "pages.h"
#include "translations.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

namespace {

// Makes QLocale() the given locale for one test, as the system locale would.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_before); }

private:
    QLocale m_before;
};

double rounded(double value, int decimals)
{
    return QString::number(value, 'f', decimals).toDouble();
}

void type_into(QDoubleSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Delete);
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

class NumberEntry : public ::testing::TestWithParam<const char *> {};

} // namespace

TEST_P(NumberEntry, EveryDecimalFieldTakesPointAndComma)
{
    DefaultLocale locale{QLocale(QLatin1String(GetParam()))};
    QWidget holder;
    auto *layout = new QVBoxLayout(&holder);
    layout->addWidget(new lre::ui::ExplorerControls);
    layout->addWidget(new lre::ui::LabControls);
    holder.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&holder));
    const QList<QDoubleSpinBox *> spins = holder.findChildren<QDoubleSpinBox *>();
    ASSERT_GE(spins.size(), 6); // alpha, sweep period, x from, x to, learning rate, bias shift

    for (QDoubleSpinBox *spin : spins) {
        const std::string name = spin->objectName().toStdString();
        EXPECT_EQ(spin->locale().decimalPoint(), QLocale().decimalPoint()) << name;
        const double lo = spin->minimum(), hi = spin->maximum();
        // The five inputs: exact when in range; out of range never a misreading.
        const struct { const char *text; double value; } typed[] = {
            {"0.3", 0.3}, {"0,3", 0.3}, {"-1.5", -1.5}, {"-1,5", -1.5}, {"1e-3", 1e-3}};
        for (const auto &[text, value] : typed) {
            const double start = rounded(lo + (hi - lo) * 0.61, std::min(spin->decimals(), 2));
            spin->setValue(start);
            type_into(spin, QLatin1String(text));
            if (value >= lo && value <= hi)
                EXPECT_DOUBLE_EQ(spin->value(), rounded(value, spin->decimals())) << name << " " << text;
            else
                EXPECT_NE(spin->value(), std::abs(value) * 10.0) << name << " " << text;
            EXPECT_GE(spin->value(), lo) << name << " " << text;
            EXPECT_LE(spin->value(), hi) << name << " " << text;
        }
        // A value inside every field's range, with either mark.
        const double inside = rounded(lo + (hi - lo) * 0.37, std::min(spin->decimals(), 3));
        QString point = QString::number(inside, 'f', std::min(spin->decimals(), 3));
        QString comma = point;
        comma.replace(QLatin1Char('.'), QLatin1Char(','));
        for (const QString &text : {point, comma}) {
            spin->setValue(lo);
            type_into(spin, text);
            EXPECT_DOUBLE_EQ(spin->value(), inside) << name << " " << text.toStdString();
        }
        // Shown with the locale's mark and no group separator.
        spin->setValue(inside);
        EXPECT_FALSE(spin->text().contains(QLocale().groupSeparator()) && QLocale().groupSeparator() != QLocale().decimalPoint()
                     && std::abs(inside) >= 1000)
            << name << " " << spin->text().toStdString();
    }
    // "1.000" and "1,000" are one, never a thousand.
    auto *xMax = holder.findChild<QDoubleSpinBox *>(QStringLiteral("xMaxSpin"));
    ASSERT_NE(xMax, nullptr);
    for (const char *text : {"1.000", "1,000"}) {
        xMax->setValue(5.0);
        type_into(xMax, QLatin1String(text));
        EXPECT_DOUBLE_EQ(xMax->value(), 1.0) << text;
    }
}

INSTANTIATE_TEST_SUITE_P(Locales, NumberEntry, ::testing::Values("de_DE", "C"));

TEST(German, MenusAndDialogButtons)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    DefaultLocale locale{german};
    QObject owner; // the translators go when it goes
    ASSERT_TRUE(lre::i18n::install_translators(&owner, german));

    const lre::ui::Pages pages = lre::ui::make_pages();
    lre::ui::MainWindow window(pages.all());
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << menus.join(' ').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Bearbeiten"))) << menus.join(' ').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Ansicht"))) << menus.join(' ').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Hilfe"))) << menus.join(' ').toStdString();

    lre::ui::ExportDialog dialog(pages.explorer->exportOptions(), QStringLiteral("/tmp/a.png"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    const QString save = buttons->button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&'));
    const QString cancel = buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&'));
    EXPECT_EQ(save, QStringLiteral("Speichern")) << "qt6-translations-l10n installed?";
    EXPECT_EQ(cancel, QStringLiteral("Abbrechen"));
}

TEST(ExportDialogLabels, FileAndSizeHaveBuddies)
{
    const lre::ui::Pages pages = lre::ui::make_pages();
    lre::ui::ExportDialog dialog(pages.explorer->exportOptions(), QStringLiteral("/tmp/a.png"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.findChild<QWidget *>(QStringLiteral("exportWidth")));
    QTest::keyClick(&dialog, Qt::Key_F, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), dialog.findChild<QWidget *>(QStringLiteral("exportPath")));
}
