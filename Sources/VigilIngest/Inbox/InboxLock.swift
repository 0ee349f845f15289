import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive hold on an inbox directory for as long as the inbox exists. A second process replaying and
/// deleting the first one's segments could lose what the first has only on disk, so it is refused instead.
final class InboxLock: Sendable {
    private let fd: Int32

    init(directory: URL) throws {
        let path = directory.appendingPathComponent(".lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw InboxError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw InboxError.io("the inbox in \(directory.path) is in use by another Vigil service (is `vigil serve` already running on this data directory?)")
        }
        self.fd = fd
    }

    deinit { close(fd) }
}
