// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedwork.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <set>
#include <thread>
#include <vector>

namespace {

using lre::ui::share_work;

// Busy for a while, as a band of rows is.
void busy(std::chrono::microseconds length)
{
    const auto until = std::chrono::steady_clock::now() + length;
    while (std::chrono::steady_clock::now() < until) {
    }
}

TEST(ShareWork, RunsEveryTaskOnceAndReturnsWhenAllAreDone)
{
    for (int round = 0; round < 50; ++round) {
        std::vector<int> runs(16, 0); // each written by one task only, read after the return
        std::vector<std::function<void()>> tasks;
        for (std::size_t i = 0; i < runs.size(); ++i)
            tasks.emplace_back([&runs, i] {
                busy(std::chrono::microseconds(20));
                ++runs[i];
            });
        share_work(std::move(tasks));
        for (std::size_t i = 0; i < runs.size(); ++i)
            ASSERT_EQ(runs[i], 1) << "task " << i << ", round " << round;
    }
}

// With two cores or more the helper takes a share of long tasks.
TEST(ShareWork, TheHelperTakesAShareOfLongTasks)
{
    if (!lre::ui::can_share_work())
        GTEST_SKIP() << "this process may run on one core only";
    const std::thread::id caller = std::this_thread::get_id();
    int byHelper = 0;
    // The helper wakes within tens of microseconds on an idle machine, far later on a loaded one
    // (ThreadSanitizer, tests run in parallel: it once took none of 160 tasks of 0.5 ms in CI):
    // after 20 rounds, rounds of longer tasks go on until it has taken one, for up to ten seconds.
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (int round = 0; round < 20 || (byHelper == 0 && std::chrono::steady_clock::now() < giveUp); ++round) {
        const auto length = std::chrono::microseconds(round < 20 ? 500 : 20000);
        std::vector<std::thread::id> ranOn(8);
        std::vector<std::function<void()>> tasks;
        for (std::size_t i = 0; i < ranOn.size(); ++i)
            tasks.emplace_back([&ranOn, i, length] {
                busy(length);
                ranOn[i] = std::this_thread::get_id();
            });
        share_work(std::move(tasks));
        for (const std::thread::id id : ranOn)
            byHelper += id != caller ? 1 : 0;
    }
    EXPECT_GT(byHelper, 0);
}

TEST(ShareWork, NoTasksAndOneTask)
{
    share_work({});
    int runs = 0;
    share_work({[&runs] { ++runs; }});
    EXPECT_EQ(runs, 1);
}

// Two threads sharing work at once each get all of theirs done, whoever the helper serves.
TEST(ShareWork, CallersOnTwoThreadsEachGetTheirTasksDone)
{
    std::atomic<int> total{0};
    const auto caller = [&total] {
        for (int round = 0; round < 30; ++round) {
            std::vector<std::atomic<int>> runs(6);
            std::vector<std::function<void()>> tasks;
            for (std::size_t i = 0; i < runs.size(); ++i)
                tasks.emplace_back([&runs, i] {
                    busy(std::chrono::microseconds(30));
                    runs[i].fetch_add(1);
                });
            share_work(std::move(tasks));
            for (const auto &r : runs)
                total += r.load() == 1 ? 1 : 0;
        }
    };
    std::thread other(caller);
    caller();
    other.join();
    EXPECT_EQ(total.load(), 2 * 30 * 6);
}

using lre::ui::HandedTask;

// A handed task is done once finish() returns, whether the helper ran it or this thread did.
TEST(HandedTask, IsDoneWhenFinishReturns)
{
    const std::thread::id caller = std::this_thread::get_id();
    int byHelper = 0;
    // The helper wakes within tens of microseconds on an idle machine, far later on a loaded one
    // (ThreadSanitizer, tests run in parallel, other tenants): after 30 rounds, rounds go on with
    // 20 ms of this thread's own work until the helper has taken a task, for up to ten seconds.
    const bool helperExpected = lre::ui::can_share_work();
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (int round = 0; round < 30 || (helperExpected && byHelper == 0 && std::chrono::steady_clock::now() < giveUp);
         ++round) {
        int result = 0; // written by the task only, read after finish()
        std::thread::id ranOn;
        HandedTask task([&result, &ranOn] {
            busy(std::chrono::microseconds(200));
            result = 42;
            ranOn = std::this_thread::get_id();
        });
        EXPECT_TRUE(task.pending());
        const std::chrono::microseconds own(round >= 30 ? 20000 : round % 2 == 0 ? 400 : 0);
        busy(own); // this thread's own work
        task.finish();
        EXPECT_FALSE(task.pending());
        ASSERT_EQ(result, 42) << "round " << round;
        byHelper += ranOn != caller ? 1 : 0;
    }
    if (helperExpected) {
        EXPECT_GT(byHelper, 0) << "the helper never took a handed task";
    }
}

// Work shared while a task is handed over (the frame's other parts) is all done too, and the
// handed task still runs once.
TEST(HandedTask, SharedWorkMeanwhileAndDestruction)
{
    for (int round = 0; round < 30; ++round) {
        std::atomic<int> handedRuns{0};
        std::vector<std::atomic<int>> runs(4);
        {
            HandedTask task([&handedRuns] {
                busy(std::chrono::microseconds(100));
                handedRuns.fetch_add(1);
            });
            std::vector<std::function<void()>> tasks;
            for (std::size_t i = 0; i < runs.size(); ++i)
                tasks.emplace_back([&runs, i] { runs[i].fetch_add(1); });
            share_work(std::move(tasks));
            HandedTask moved = std::move(task);
            EXPECT_FALSE(task.pending()); // NOLINT(bugprone-use-after-move): moved from, it owns nothing
            EXPECT_TRUE(moved.pending());
        } // destroyed pending: finished first
        EXPECT_EQ(handedRuns.load(), 1) << "round " << round;
        for (const auto &r : runs)
            ASSERT_EQ(r.load(), 1) << "round " << round;
    }
    HandedTask none;
    EXPECT_FALSE(none.pending());
    none.finish();
}

} // namespace
