import VigilEvent

extension CorrelationEngine.Snapshot {
    /// The snapshot as JSON, the same document its `Codable` conformance writes and reads back, written directly:
    /// at the group cap a snapshot holds tens of thousands of windows, which `JSONEncoder` took over a second to write.
    public func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("windows") { w in
                w.object { w in
                    for (correlation, groups) in windows {
                        w.field(correlation) { w in
                            w.object { w in
                                for (group, window) in groups { w.field(group) { window.write(to: &$0) } }
                            }
                        }
                    }
                }
            }
            w.field("evicted") { w in
                w.object { w in for (correlation, count) in evicted { w.field(correlation, int: count) } }
            }
        }
    }
}

extension CorrelationWindow {
    /// The window as its `Codable` conformance writes it (absent optionals left out).
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.field("entries") { w in
                w.array { w in
                    for entry in entries {
                        w.object { w in
                            w.field("time", int: entry.time)
                            w.field("events") { w in w.array { w in for uuid in entry.events { w.string(uuid) } } }
                            if let value = entry.value { w.field("value", string: value) }
                            w.field("position", int: entry.position)
                        }
                    }
                }
            }
            w.field("counts") { w in w.object { w in for (value, count) in counts { w.field(value, int: count) } } }
            if let episode {
                w.field("episode") { w in
                    w.object { w in
                        w.field("id", string: episode.id)
                        w.field("first", int: episode.first)
                        w.field("last", int: episode.last)
                    }
                }
            }
            if let windowStart { w.field("windowStart", int: windowStart) }
            w.field("lastTime", int: lastTime)
        }
    }
}
