// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedwork.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#endif

namespace lre::ui {

namespace {

// A frame hands work over more than once (the layer's rows, then a line's halves) a fraction of
// a millisecond apart, and waking a sleeping thread takes tens of microseconds: the helper
// watches for more this long before it sleeps (at 60 frames a second, 3% of a core at most).
constexpr std::chrono::microseconds kAwaitMore{500};

// noexcept: a task that throws ends the program here (see share_work).
void run_task(const std::function<void()> &task) noexcept
{
    task();
}

} // namespace

// Tasks taken in turn by whichever thread is free; `done` counts the finished ones.
struct SharedTasks {
    std::vector<std::function<void()>> tasks;
    std::atomic<unsigned> next{0};
    std::atomic<unsigned> done{0};

    void takeTasks()
    {
        for (unsigned i; (i = next.fetch_add(1, std::memory_order_relaxed)) < tasks.size();) {
            run_task(tasks[i]);
            done.fetch_add(1, std::memory_order_release);
            done.notify_all();
        }
    }

    void waitForAll()
    {
        const auto count = static_cast<unsigned>(tasks.size());
        for (unsigned seen; (seen = done.load(std::memory_order_acquire)) != count;)
            done.wait(seen, std::memory_order_acquire);
    }
};

namespace {

#ifdef __linux__
cpu_set_t allowed_cores()
{
    cpu_set_t cores;
    CPU_ZERO(&cores);
    if (sched_getaffinity(0, sizeof cores, &cores) != 0)
        CPU_ZERO(&cores);
    return cores;
}
#endif

bool more_than_one_core()
{
#ifdef __linux__
    const cpu_set_t cores = allowed_cores();
    return CPU_COUNT(&cores) > 1;
#else
    return std::thread::hardware_concurrency() > 1;
#endif
}

// Started on first use: starting a thread costs far more than waking one. Standard threads, so
// that ThreadSanitizer sees every hand-over.
class Helper final {
public:
    static Helper &instance()
    {
        static Helper helper;
        return helper;
    }

    void hand(std::shared_ptr<SharedTasks> work)
    {
        {
            const std::lock_guard lock(m_mutex);
            keepOffThisCore();
            m_work.push_back(std::move(work));
            m_handed.store(true, std::memory_order_release);
        }
        m_wake.notify_one();
    }

    ~Helper()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    Helper(const Helper &) = delete;
    Helper &operator=(const Helper &) = delete;

private:
    Helper()
        : m_thread([this] { run(); })
    {
    }

    // Linux wakes a thread on the core of the thread that wakes it, where the two then take turns
    // until the scheduler moves one: for a frame's millisecond the helper would add nothing. It is
    // kept off the core the caller runs on (which changes seldom; the call is made only then).
    // Called with the lock held.
    void keepOffThisCore()
    {
#ifdef __linux__
        const int here = sched_getcpu();
        if (here < 0 || here == m_avoided)
            return;
        cpu_set_t others = m_cores;
        CPU_CLR(here, &others);
        if (CPU_COUNT(&others) > 0 && pthread_setaffinity_np(m_thread.native_handle(), sizeof others, &others) == 0)
            m_avoided = here;
#endif
    }

    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_work.empty(); });
            if (m_stop)
                return;
            {
                // Let go of the work before waiting for more: the tasks, and what they hold, end
                // with the caller's call.
                const std::shared_ptr<SharedTasks> work = std::move(m_work.front());
                m_work.pop_front();
                m_handed.store(!m_work.empty(), std::memory_order_relaxed);
                lock.unlock();
                work->takeTasks();
            }
            awaitMore();
            lock.lock();
        }
    }

    void awaitMore() const
    {
        const auto until = std::chrono::steady_clock::now() + kAwaitMore;
        while (!m_handed.load(std::memory_order_acquire) && std::chrono::steady_clock::now() < until)
            std::this_thread::yield();
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    // In the order handed over (a frame may hand a task over, then share other work before it is
    // taken); work its callers finished is found with nothing left to take.
    std::deque<std::shared_ptr<SharedTasks>> m_work;
    std::atomic<bool> m_handed{false}; // m_work holds some: read without the lock while awaiting more
    bool m_stop = false;
#ifdef __linux__
    const cpu_set_t m_cores = allowed_cores(); // the process's
    int m_avoided = -1;
#endif
    std::thread m_thread; // last: it starts once the rest is made
};

} // namespace

bool can_share_work()
{
    static const bool can = more_than_one_core();
    return can;
}

void share_work(std::vector<std::function<void()>> tasks)
{
    if (tasks.empty())
        return;
    auto work = std::make_shared<SharedTasks>();
    work->tasks = std::move(tasks);
    // The helper may wake after this thread has taken every task: it then finds none left, and
    // its hold on the work keeps the tasks alive until it lets go.
    if (work->tasks.size() > 1 && can_share_work())
        Helper::instance().hand(work);
    work->takeTasks();
    work->waitForAll();
}

HandedTask::HandedTask(std::function<void()> task)
    : m_work(std::make_shared<SharedTasks>())
{
    m_work->tasks.push_back(std::move(task));
    if (can_share_work())
        Helper::instance().hand(m_work);
}

HandedTask::~HandedTask()
{
    finish();
}

HandedTask &HandedTask::operator=(HandedTask &&other) noexcept
{
    if (this != &other) {
        finish();
        m_work = std::move(other.m_work);
    }
    return *this;
}

void HandedTask::finish()
{
    if (!m_work)
        return;
    // Takes the task if the helper has not (one handed over later replaced it, or it is asleep).
    m_work->takeTasks();
    m_work->waitForAll();
    m_work.reset();
}

} // namespace lre::ui
