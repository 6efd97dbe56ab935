// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangespinbox.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// A range box inside a row, as the explorer holds its two.
class RangeBoxInARow : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto *layout = new QHBoxLayout(&row);
        layout->addStretch(1);
        box = new lre::ui::RangeSpinBox;
        layout->addWidget(box);
        row.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&row));
    }

    QWidget row;
    lre::ui::RangeSpinBox *box = nullptr;
};

TEST_F(RangeBoxInARow, KeepsItsSizeWhateverTheRange)
{
    const QSize size = box->size();
    for (const auto &[low, high] : {std::pair{-1e6, 4.999999}, {-123.456789, 1e6}, {0.001, 0.002}, {-1e6, 1e6}}) {
        box->setRange(low, high);
        QCoreApplication::processEvents();
        EXPECT_EQ(box->size(), size) << low << " to " << high;
        EXPECT_EQ(box->sizeHint(), size);
    }
}

TEST_F(RangeBoxInARow, ShowsBoundsBelow100ToAMillionthWhole)
{
    const QLineEdit *edit = box->findChild<QLineEdit *>();
    ASSERT_NE(edit, nullptr);
    for (const double value : {-99.999999, -12.345678, 88.888888, -5.0, 1000000.0, -1000000.0}) {
        box->setValue(value);
        QCoreApplication::processEvents();
        EXPECT_GE(edit->contentsRect().width(), edit->fontMetrics().horizontalAdvance(edit->text())) << value;
    }
    box->setValue(-12.345678);
    EXPECT_EQ(edit->text(), QStringLiteral("-12.345678"));
}

TEST_F(RangeBoxInARow, FollowsItsFontAndLocale)
{
    const QSize before = box->size();
    QFont larger = box->font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    box->setFont(larger);
    QCoreApplication::processEvents();
    EXPECT_GT(box->width(), before.width());
    EXPECT_EQ(box->size(), box->sizeHint());

    box->setLocale(QLocale(QLocale::German, QLocale::Germany));
    box->setValue(-9.999999);
    QCoreApplication::processEvents();
    EXPECT_EQ(box->text(), QStringLiteral("-9,999999"));
    EXPECT_EQ(box->size(), box->sizeHint());
}

} // namespace
