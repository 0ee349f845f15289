import Dispatch

/// Runs the jobs of the tasks that prefer it on one serial dispatch queue, off Swift's cooperative pool.
///
/// The pool has one thread per core, and request handlers (hook deliveries) share it. A long CPU-bound stage
/// such as detection over a commit's worth of events would hold one of those threads for its whole run, and
/// acknowledgements would queue behind it; on its own thread it only competes for the core like any thread.
final class QueueTaskExecutor: TaskExecutor {
    private let queue: DispatchQueue

    init(label: String) { queue = DispatchQueue(label: label) }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job), executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
