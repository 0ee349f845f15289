#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a reader produces, in input order.
public enum ReaderOutput: Sendable {
    case event(OktaEvent)
    case rejected(Rejection)
}

/// Reads Okta System Log events from bytes in any shape Vigil accepts, detected record by record: one LogEvent,
/// NDJSON, a JSON array, Event Hook deliveries, EventBridge envelopes, SQS messages and `ReceiveMessage`
/// responses. Input arrives in chunks of any size (a file read piecewise, an HTTP body, stdin).
///
/// A malformed record is reported with its position and reason, and reading resumes at the next line that
/// starts (in column 0) with `{` or `[`, so one bad record never costs the rest of the input.
public struct EventReader {
    public let plan: FieldPlan
    public private(set) var stats = ReaderStats()

    /// Bytes received but not yet consumed (an incomplete record at the end of the last chunk).
    private var pending: [UInt8] = []
    /// Stream offset of `pending[0]` (or of the next chunk when nothing is pending).
    private var pendingOffset = 0
    /// Line number at `pendingOffset`.
    private var pendingLine = 1
    private var mode = Mode.top
    private var arrayIndex = 0
    /// A malformed record's resynchronisation reached the end of a chunk: keep skipping into the next one
    /// until a line starts a record, rather than reading the rest of the broken line as a new record.
    private var skipping = false
    /// Whether the last byte consumed was a newline (a record may start at the next chunk's first byte).
    private var atLineStart = true

    private enum Mode { case top, arrayFirst, arrayElement, arraySeparator }

    /// `plan` must extend `FieldPlan.standard` (the reader relies on the hot-field and wrapper slots).
    public init(plan: FieldPlan = .standard) {
        precondition(plan.slotCount >= HotField.allCases.count && plan.paths.first == HotField.uuid.path.lowercased(),
                     "EventReader needs a plan that extends FieldPlan.standard")
        self.plan = plan
    }

    /// Reads a whole input at once.
    public static func read(_ bytes: [UInt8], plan: FieldPlan = .standard) -> (events: [OktaEvent], rejections: [Rejection]) {
        var reader = EventReader(plan: plan)
        var events: [OktaEvent] = [], rejections: [Rejection] = []
        reader.feed(bytes, isFinal: true) { output in
            switch output {
            case .event(let e): events.append(e)
            case .rejected(let r): rejections.append(r)
            }
        }
        return (events, rejections)
    }

    /// Feeds the next chunk; `isFinal` marks the end of the input. `emit` is called for each event and
    /// rejection, in order.
    public mutating func feed(_ chunk: [UInt8], isFinal: Bool, _ emit: (ReaderOutput) -> Void) {
        chunk.withUnsafeBufferPointer { chunk in
            var start = 0
            if !pending.isEmpty {
                // Complete the record carried over from the last chunk by appending growing pieces of this one,
                // instead of copying the whole chunk behind it.
                var carried = pending.count
                var taken = 0
                var step = max(1 << 16, carried)
                while true {
                    let more = min(step, chunk.count - taken)
                    pending.append(contentsOf: chunk[taken..<(taken + more)])
                    taken += more
                    let buffer = pending
                    let consumed = buffer.withUnsafeBufferPointer {
                        consume($0, isFinal: isFinal && taken == chunk.count, emit)
                    }
                    if consumed >= carried {
                        pending = []
                        start = consumed - carried
                        break
                    }
                    pending = Array(buffer[consumed...])
                    carried -= consumed
                    if taken == chunk.count { return }
                    step *= 2
                }
            }
            let rest = UnsafeBufferPointer(rebasing: chunk[start...])
            let consumed = consume(rest, isFinal: isFinal, emit)
            if consumed < rest.count { pending = Array(rest[consumed...]) }
        }
    }

    /// Reads complete records from `buf` (which starts at stream offset `pendingOffset`); returns the bytes consumed.
    private mutating func consume(_ buf: UnsafeBufferPointer<UInt8>, isFinal: Bool, _ emit: (ReaderOutput) -> Void) -> Int {
        var lines = LineCounter(buffer: buf, line: pendingLine)
        let consumed = withoutActuallyEscaping(emit) { emit in
            var context = Context(buf: buf, base: pendingOffset, isFinal: isFinal, emit: emit)
            return run(&context, &lines)
        }
        pendingLine = lines.line(at: consumed)
        pendingOffset += consumed
        stats.bytes = pendingOffset
        return consumed
    }

    private struct Context {
        let buf: UnsafeBufferPointer<UInt8>
        /// Stream offset of `buf[0]`.
        let base: Int
        let isFinal: Bool
        let emit: (ReaderOutput) -> Void
    }

    /// Consumes as many complete records as the buffer holds; returns how many bytes were consumed.
    private mutating func run(_ cx: inout Context, _ lines: inout LineCounter) -> Int {
        let buf = cx.buf
        let n = buf.count
        var pos = 0
        if cx.base == 0, n >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { pos = 3 }  // UTF-8 BOM
        if skipping {
            if atLineStart && n > 0 && (buf[0] == UInt8(ascii: "{") || buf[0] == UInt8(ascii: "[")) {
                skipping = false
            } else {
                pos = resync(buf, after: 0)
                if pos == n {
                    atLineStart = n > 0 ? buf[n - 1] == 0x0A : atLineStart
                    return n
                }
                skipping = false
            }
        }
        while true {
            pos = skipWhitespace(buf, pos)
            if pos >= n {
                atLineStart = n > 0 ? buf[n - 1] == 0x0A : atLineStart
                if cx.isFinal && mode != .top {
                    reject(cx, &lines, at: n, "input ended inside a JSON array (missing ']')", excerptFrom: n)
                    mode = .top
                }
                return n
            }
            switch mode {
            case .top:
                let c = buf[pos]
                if c == UInt8(ascii: "[") {
                    stats.shapeCounts[InputShape.array.index] += 1
                    mode = .arrayFirst
                    arrayIndex = 0
                    pos += 1
                } else if c == UInt8(ascii: "{") {
                    switch readRecord(&cx, &lines, at: pos, within: nil) {
                    case .needMore: return pos
                    case .done(let end): pos = end
                    case .failed(let resume): pos = resumed(at: resume, cx)
                    }
                } else {
                    let resume = resync(buf, after: pos)
                    reject(cx, &lines, at: pos, "unexpected \(describe(c)) where a JSON object or array should start"
                           + skipped(&lines, from: pos, to: resume), excerptFrom: pos)
                    pos = resumed(at: resume, cx)
                }
            case .arrayFirst, .arrayElement:
                if mode == .arrayFirst && buf[pos] == UInt8(ascii: "]") {
                    mode = .top
                    pos += 1
                    continue
                }
                let within = "array element \(arrayIndex)"
                arrayIndex += 1
                if buf[pos] == UInt8(ascii: "{") {
                    switch readRecord(&cx, &lines, at: pos, within: within) {
                    case .needMore: arrayIndex -= 1; return pos
                    case .done(let end): pos = end; mode = .arraySeparator
                    case .failed(let resume): mode = .top; pos = resumed(at: resume, cx)
                    }
                } else {
                    // Skip the element with full validation, so the array can continue after it.
                    do throws(JSONSyntaxError) {
                        let (_, end) = try FieldPlan.standard.scan(UnsafeBufferPointer(rebasing: buf[pos...]))
                        reject(cx, &lines, at: pos, "\(within) is not a JSON object", excerptFrom: pos, within: within)
                        pos += end
                        mode = .arraySeparator
                    } catch {
                        if error.isEndOfInput && !cx.isFinal { arrayIndex -= 1; return pos }
                        mode = .top
                        pos = resumed(at: rejectSyntax(cx, &lines, error, recordAt: pos, within: within), cx)
                    }
                }
            case .arraySeparator:
                let c = buf[pos]
                if c == UInt8(ascii: ",") {
                    mode = .arrayElement
                    pos += 1
                } else if c == UInt8(ascii: "]") {
                    mode = .top
                    pos += 1
                } else {
                    let resume = resync(buf, after: pos)
                    reject(cx, &lines, at: pos, "expected ',' or ']' after an array element, found \(describe(c))"
                           + skipped(&lines, from: pos, to: resume), excerptFrom: pos)
                    mode = .top
                    pos = resumed(at: resume, cx)
                }
            }
        }
    }

    /// Where reading goes on after a malformed record; past the end of a chunk, skipping goes on in the next.
    private mutating func resumed(at position: Int, _ cx: Context) -> Int {
        if position >= cx.buf.count && !cx.isFinal { skipping = true }
        return position
    }

    private enum RecordResult { case needMore, done(Int), failed(resumeAt: Int) }

    /// Reads the object at `start`: an event or a wrapper of events.
    private mutating func readRecord(_ cx: inout Context, _ lines: inout LineCounter, at start: Int, within: String?) -> RecordResult {
        let slice = UnsafeBufferPointer(rebasing: cx.buf[start...])
        let values: FieldValues, end: Int, nested: [NestedRecord]
        do throws(JSONSyntaxError) {
            (values, end, nested) = try plan.scanRecord(slice)
        } catch {
            if error.isEndOfInput && !cx.isFinal { return .needMore }
            return .failed(resumeAt: rejectSyntax(cx, &lines, error, recordAt: start, within: within))
        }
        let record = UnsafeBufferPointer(rebasing: slice[..<end])
        handleObject(cx, &lines, record, values, nested, at: start, within: within, topLevel: within == nil)
        return .done(start + end)
    }

    /// Dispatches one scanned object by its shape. `at` is the buffer offset of `record[0]`.
    private mutating func handleObject(_ cx: Context, _ lines: inout LineCounter, _ record: UnsafeBufferPointer<UInt8>,
                                       _ values: FieldValues, _ nested: [NestedRecord], at: Int, within: String?, topLevel: Bool) {
        func note(_ shape: InputShape) { if topLevel { stats.shapeCounts[shape.index] += 1 } }
        // None of the wrappers has a top-level uuid; an object with one is an event whatever else it holds,
        // so a field Okta might add to LogEvent one day (a `detail`, say) cannot turn events into wrappers.
        if values.has(HotField.uuid.rawValue) {
            note(.event)
            makeEvent(cx, &lines, record, values, at: at, within: within)
        } else if values.has(HotField.hookEvents.rawValue) {
            note(.hookDelivery)
            for (i, span) in values.values(HotField.hookEvents.rawValue).enumerated() {
                let label = (within.map { $0 + " " } ?? "") + "data.events[\(i)]"
                emitNested(cx, &lines, record, span, nested, at: at, within: label)
            }
        } else if let detail = values.first(HotField.eventBridgeDetail.rawValue) {
            note(.eventBridge)
            emitNested(cx, &lines, record, detail, nested, at: at, within: (within.map { $0 + " " } ?? "") + "EventBridge detail")
        } else if values.has(HotField.sqsMessages.rawValue) {
            note(.sqsReceive)
            for (i, span) in values.values(HotField.sqsMessages.rawValue).enumerated() {
                let label = (within.map { $0 + " " } ?? "") + "Messages[\(i)]"
                guard span.kind == .object else {
                    reject(cx, &lines, at: at + Int(span.start), "\(label) is not a JSON object", excerptFrom: at + Int(span.start), within: label)
                    continue
                }
                let message = UnsafeBufferPointer(rebasing: record[Int(span.start)..<Int(span.end)])
                guard let inner = nestedValues(cx, &lines, nested.record(startingAt: Int(span.start)), at: at + Int(span.start),
                                               within: label) else { continue }
                handleSQSMessage(cx, &lines, message, inner, at: at + Int(span.start), within: label)
            }
        } else if values.has(HotField.sqsBody.rawValue) {
            note(.sqsMessage)
            handleSQSMessage(cx, &lines, record, values, at: at, within: within ?? "SQS message")
        } else {
            // Neither an event nor a wrapper: let the event checks say what is missing.
            note(.event)
            makeEvent(cx, &lines, record, values, at: at, within: within)
        }
    }

    private mutating func handleSQSMessage(_ cx: Context, _ lines: inout LineCounter, _ message: UnsafeBufferPointer<UInt8>,
                                           _ values: FieldValues, at: Int, within: String) {
        guard let body = values.first(HotField.sqsBody.rawValue), body.kind == .string else {
            reject(cx, &lines, at: at, "SQS message has no string Body", excerptFrom: at, within: within)
            return
        }
        let bodyBytes = UnsafeBufferPointer(rebasing: message[Int(body.start)..<Int(body.end)])
        let decoded = body.escaped ? JSONString.unescape(bodyBytes) : Array(bodyBytes)
        let bodyAt = at + Int(body.start)
        decoded.withUnsafeBufferPointer { d in
            let label = within + " Body"
            do throws(JSONSyntaxError) {
                let (inner, end, innerNested) = try plan.scanRecord(d)
                guard skipWhitespace(d, end) == d.count else {
                    throw JSONSyntaxError(offset: end, reason: "unexpected data after the JSON value")
                }
                guard d[skipWhitespace(d, 0)] == UInt8(ascii: "{") else {
                    throw JSONSyntaxError(offset: 0, reason: "the body is not a JSON object")
                }
                handleObject(cx, &lines, UnsafeBufferPointer(rebasing: d[..<end]), inner, innerNested, at: bodyAt, within: label, topLevel: false)
            } catch {
                reject(cx, &lines, at: bodyAt, "SQS message Body is not a usable JSON object: \(error.reason) at byte \(error.offset) of the body",
                       excerptFrom: bodyAt, within: label)
            }
        }
    }

    /// A LogEvent inside a wrapper, as the wrapper's scan read it (spans relative to its own bytes).
    private mutating func emitNested(_ cx: Context, _ lines: inout LineCounter, _ record: UnsafeBufferPointer<UInt8>,
                                     _ span: ValueSpan, _ nested: [NestedRecord], at: Int, within: String) {
        let eventAt = at + Int(span.start)
        guard span.kind == .object else {
            reject(cx, &lines, at: eventAt, "\(within) is not a JSON object", excerptFrom: eventAt, within: within)
            return
        }
        let bytes = UnsafeBufferPointer(rebasing: record[Int(span.start)..<Int(span.end)])
        guard let values = nestedValues(cx, &lines, nested.record(startingAt: Int(span.start)), at: eventAt, within: within) else { return }
        makeEvent(cx, &lines, bytes, values, at: eventAt, within: within)
    }

    /// The values of a record inside a wrapper, as the wrapper's scan read it; a malformed one is rejected on its
    /// own, with where it went wrong, and the wrapper's other records still go through.
    private mutating func nestedValues(_ cx: Context, _ lines: inout LineCounter, _ scanned: NestedRecord?,
                                       at: Int, within: String) -> FieldValues? {
        // The slots that make a record a wrapper are the ones its scan reads nested records from.
        guard let scanned else { preconditionFailure("\(within) was not read by its wrapper's scan") }
        switch scanned.values {
        case .success(let values):
            return values
        case .failure(let error):
            reject(cx, &lines, at: at, "malformed JSON at \(place(&lines, at + error.offset, cx)): \(error.reason)", excerptFrom: at, within: within)
            return nil
        }
    }

    private mutating func makeEvent(_ cx: Context, _ lines: inout LineCounter, _ bytes: UnsafeBufferPointer<UInt8>,
                                    _ values: FieldValues, at: Int, within: String?) {
        do throws(InvalidEvent) {
            let event = try OktaEvent(raw: Array(bytes), fields: values)
            stats.events += 1
            cx.emit(.event(event))
        } catch {
            reject(cx, &lines, at: at, error.reason, excerptFrom: at, within: within)
        }
    }

    /// A syntax error is reported at the start of its record (where a person looks first); the reason names the
    /// exact line and byte where the JSON went wrong and the lines skipped to resynchronise. Returns where
    /// reading resumes.
    private mutating func rejectSyntax(_ cx: Context, _ lines: inout LineCounter, _ error: JSONSyntaxError,
                                       recordAt start: Int, within: String?) -> Int {
        let at = min(start + error.offset, cx.buf.count)
        let resume = resync(cx.buf, after: start)
        reject(cx, &lines, at: start, "malformed JSON at \(place(&lines, at, cx)): \(error.reason)" + skipped(&lines, from: start, to: resume),
               excerptFrom: start, within: within)
        return resume
    }

    /// The line and stream byte of a buffer offset, as rejections name them.
    private func place(_ lines: inout LineCounter, _ at: Int, _ cx: Context) -> String {
        "line \(lines.line(at: at)), byte \(cx.base + at)"
    }

    /// Names the lines a resynchronisation passes over, so that nothing is skipped without a word.
    private func skipped(_ lines: inout LineCounter, from start: Int, to resume: Int) -> String {
        let first = lines.line(at: start)
        // The resume point is at a line start; the last skipped line is the one before it (or the last line).
        let last = lines.line(at: resume) - (resume < lines.buffer.count ? 1 : 0)
        return last > first ? " (lines \(first)–\(last) skipped)" : ""
    }

    private mutating func reject(_ cx: Context, _ lines: inout LineCounter, at offset: Int, _ reason: String,
                                 excerptFrom: Int, within: String? = nil) {
        stats.rejected += 1
        let position = InputPosition(offset: cx.base + offset, line: lines.line(at: min(offset, cx.buf.count)), within: within)
        let excerptEnd = min(cx.buf.count, excerptFrom + 120)
        let excerpt = excerptFrom < excerptEnd
            ? String(decoding: cx.buf[excerptFrom..<excerptEnd], as: UTF8.self) : ""
        cx.emit(.rejected(Rejection(position: position, reason: reason, excerpt: excerpt)))
    }
}

/// Finds the next place to try after a malformed record: the next line that starts with `{` or `[` in column 0.
/// Pretty-printed records indent their inner lines, so this skips the rest of the broken record.
func resync(_ buf: UnsafeBufferPointer<UInt8>, after start: Int) -> Int {
    var i = start + 1
    let n = buf.count
    while i < n {
        if buf[i - 1] == 0x0A && (buf[i] == UInt8(ascii: "{") || buf[i] == UInt8(ascii: "[")) { return i }
        i += 1
    }
    return n
}

@inline(__always)
func skipWhitespace(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
    var i = start
    while i < buf.count, buf[i] == 0x20 || buf[i] == 0x0A || buf[i] == 0x0D || buf[i] == 0x09 { i += 1 }
    return i
}

/// Line numbers of buffer offsets, counted incrementally from the last offset asked for.
struct LineCounter {
    let buffer: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var current: Int

    init(buffer: UnsafeBufferPointer<UInt8>, line: Int) {
        self.buffer = buffer
        current = line
    }

    mutating func line(at target: Int) -> Int {
        if target >= offset, let base = buffer.baseAddress {
            // memchr is vectorised; NDJSON costs one call per line.
            var p = UnsafeRawPointer(base + offset)
            let end = UnsafeRawPointer(base + target)
            while p < end, let hit = memchr(p, 0x0A, end - p) {
                current += 1
                p = UnsafeRawPointer(hit) + 1
            }
        } else if target < offset {
            for i in target..<offset where buffer[i] == 0x0A { current -= 1 }
        }
        offset = target
        return current
    }
}
