// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>
#include <utility>
#include <vector>

namespace lre::ui {

// Work on threads of its own for a page: each thread leaves what it makes (a Payload) in a box of
// its own guarded by a mutex, and the GUI thread takes it out, so every hand-over is one the
// thread sanitizer can check. The newest thread is the current one; starting another stops the
// others without waiting for them, and what they still leave is never taken. A thread is joined
// once it is done, so that never blocks the GUI thread; all of them when this is destroyed.
template <typename Payload>
class WorkerThreads final {
    struct Box {
        std::mutex mutex;
        Payload payload;
        bool done = false;
    };

public:
    // What the work function gets to leave its results in (on its own thread).
    class Outbox {
    public:
        explicit Outbox(Box &box) : m_box(box) {}
        template <typename Fill>
        void put(Fill fill)
        {
            const std::lock_guard lock(m_box.mutex);
            fill(m_box.payload);
        }
        // The same, and the thread counts as finished from then on (with its last results).
        template <typename Fill>
        void putLast(Fill fill)
        {
            const std::lock_guard lock(m_box.mutex);
            fill(m_box.payload);
            m_box.done = true;
        }

    private:
        Box &m_box;
    };

    WorkerThreads() = default;
    WorkerThreads(const WorkerThreads &) = delete;
    WorkerThreads &operator=(const WorkerThreads &) = delete;
    ~WorkerThreads()
    {
        stopAll();
        m_workers.clear(); // joins each: every work function stops soon after its stop request
    }

    // Runs work(std::stop_token, Outbox &) on a thread of its own, as the current one.
    template <typename Work>
    void start(Work work)
    {
        ++m_started;
        auto box = std::make_shared<Box>();
        m_workers.push_back({box, std::jthread([box, work = std::move(work)](std::stop_token stop) {
                                 Outbox outbox(*box);
                                 work(stop, outbox);
                                 const std::lock_guard lock(box->mutex);
                                 box->done = true;
                             })});
    }

    void stopAll()
    {
        for (Worker &worker : m_workers)
            worker.thread.request_stop();
    }

    // Moves what the current thread has left into into (leaving an empty Payload in its box);
    // true once that thread has finished, everything it left then being in into.
    bool takeCurrent(Payload &into)
    {
        Box &box = *m_workers.back().box;
        const std::lock_guard lock(box.mutex);
        into = std::exchange(box.payload, Payload{});
        return box.done;
    }

    // Joins the threads that are done, the current one too unless keepCurrent.
    void joinFinished(bool keepCurrent)
    {
        const Box *current = keepCurrent && !m_workers.empty() ? m_workers.back().box.get() : nullptr;
        std::erase_if(m_workers, [current](const Worker &worker) {
            if (worker.box.get() == current)
                return false;
            const std::lock_guard lock(worker.box->mutex);
            return worker.box->done;
        });
    }

    bool empty() const { return m_workers.empty(); }
    // Counts the threads started: a new value says another was started meanwhile.
    std::uint64_t started() const { return m_started; }

private:
    struct Worker {
        std::shared_ptr<Box> box;
        std::jthread thread;
    };
    std::vector<Worker> m_workers; // the current one last
    std::uint64_t m_started = 0;
};

} // namespace lre::ui
