import VigilStore

/// Where a source finds the cursor it saved with its last committed batch.
public protocol CheckpointReading: Sendable {
    func checkpoint(_ name: String) throws -> String?
}

extension EventStore: CheckpointReading {}
