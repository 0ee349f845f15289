import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs the jobs of the tasks that prefer it on a thread of its own, off Swift's cooperative pool, at a lower
/// scheduling priority than the threads that acknowledge deliveries.
///
/// The pool has one thread per core, and request handlers (hook deliveries) share it. A long CPU-bound stage
/// such as detection over a commit's worth of events would hold one of those threads for its whole run, and
/// acknowledgements would queue behind it. On its own thread it still competes for the cores; when they are
/// busy, the acknowledgement path (parse, encode, commit) should win them, since detection has hundreds of
/// milliseconds of slack and a delivery's acknowledgement does not. A dispatch queue's threads are shared, so
/// their priority cannot be lowered for one stage; this thread's can. The thread ends when it has been idle for
/// a second and starts again with the next job, so an idle pipeline holds none.
final class ThreadTaskExecutor: TaskExecutor {
    private struct State {
        var jobs: [UnownedJob] = []
        var running = false
    }

    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)
    private let name: String
    private let niceness: Int32

    /// - Parameter niceness: added to the thread's nice value (Linux: per thread); 0 keeps the process's priority.
    init(name: String, niceness: Int32 = 0) {
        self.name = name
        self.niceness = niceness
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let start = state.withLock { s -> Bool in
            s.jobs.append(job)
            defer { s.running = true }
            return !s.running
        }
        if start {
            let thread = Thread { [self] in serve() }
            thread.name = name
            thread.start()
        } else {
            wake.signal()
        }
    }

    private func serve() {
        #if canImport(Glibc)
        if niceness != 0 { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) + niceness) }
        #endif
        let executor = asUnownedTaskExecutor()
        while true {
            let jobs = state.withLock { s -> [UnownedJob] in
                defer { s.jobs.removeAll(keepingCapacity: true) }
                return s.jobs
            }
            if !jobs.isEmpty {
                for job in jobs { job.runSynchronously(on: executor) }
                continue
            }
            if wake.wait(timeout: .now() + 1) == .timedOut {
                let stop = state.withLock { s -> Bool in
                    if s.jobs.isEmpty { s.running = false }
                    return !s.running
                }
                if stop { return }
            }
        }
    }
}
