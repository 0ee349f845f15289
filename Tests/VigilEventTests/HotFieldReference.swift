import Foundation
@testable import VigilEvent
import XCTest

/// One value the scanner extracted, or a reference parser found: its JSON kind and, for scalars, its text.
struct FoundValue: Equatable, CustomStringConvertible {
    var kind: JSONValueKind
    var text: String?
    var description: String { "\(kind)(\(text ?? "-"))" }
}

/// Asserts that every value `FieldPlan.standard` extracts for each `HotField` is what walking the fully
/// decoded event finds at that path: Vigil's `JSONValue` tree (exact, in order) and Foundation's
/// `JSONSerialization` (an independent parser, compared as a multiset since its dictionaries have no order).
/// Also checks the decoded `LogEvent` against the tree and the scanner's date against Foundation's.
func assertScannerAgrees(_ event: OktaEvent, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let tree = JSONValue(validatedJSON: event.raw)
    let foundation = try JSONSerialization.jsonObject(with: Data(event.raw), options: [.fragmentsAllowed])
    let decoded = try LogEvent(from: event)
    XCTAssertEqual(decoded.jsonObject, tree.objectValue, "\(name): model", file: file, line: line)
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let date = try XCTUnwrap(decoded.published.flatMap(formatter.date(from:)), "\(name): published", file: file, line: line)
    XCTAssertEqual(event.published, Timestamp(date), "\(name): published", file: file, line: line)
    for field in HotField.allCases {
        let path = field.path.split(separator: ".").map { $0.lowercased() }
        let scanned = event.fields.values(field.rawValue).map { FoundValue(kind: $0.kind, text: event.text($0)) }
        XCTAssertEqual(scanned, HotFieldReference.walk(tree, path[...]), "\(name): \(field.path)", file: file, line: line)
        let independent = HotFieldReference.walk(foundation, path[...])
        XCTAssertEqual(scanned.count, independent.count, "\(name): \(field.path) (JSONSerialization)", file: file, line: line)
        var unmatched = independent
        // Foundation gives booleans as NSNumber 0/1, like the numbers 0 and 1: match numbers first so that a
        // boolean never takes a number's place.
        for s in scanned.sorted(by: { ($0.kind == .bool ? 1 : 0) < ($1.kind == .bool ? 1 : 0) }) {
            guard let i = unmatched.firstIndex(where: { HotFieldReference.sameValue(s, $0) }) else {
                XCTFail("\(name): \(field.path): scanner \(s) not found by JSONSerialization in \(independent)", file: file, line: line)
                continue
            }
            unmatched.remove(at: i)
        }
    }
}

/// The scanner's rules applied to fully parsed values: keys match case-insensitively, arrays are entered
/// element by element, and an empty array at the end of a path counts as one value.
enum HotFieldReference {
    static func walk(_ value: JSONValue, _ path: ArraySlice<String>) -> [FoundValue] {
        if case .array(let items) = value {
            if items.isEmpty { return path.isEmpty ? [FoundValue(kind: .array, text: nil)] : [] }
            return items.flatMap { walk($0, path) }
        }
        guard let key = path.first else { return [found(value)] }
        guard case .object(let object) = value else { return [] }
        return object.entries.filter { $0.key.lowercased() == key }.flatMap { walk($0.value, path.dropFirst()) }
    }

    static func walk(_ value: Any, _ path: ArraySlice<String>) -> [Any] {
        if let items = value as? [Any] {
            if items.isEmpty { return path.isEmpty ? [items] : [] }
            return items.flatMap { walk($0, path) }
        }
        guard let key = path.first else { return [value] }
        guard let object = value as? [String: Any] else { return [] }
        return object.filter { $0.key.lowercased() == key }.flatMap { walk($0.value, path.dropFirst()) }
    }

    static func sameValue(_ scanned: FoundValue, _ other: Any) -> Bool {
        switch scanned.kind {
        case .string: return scanned.text == other as? String
        case .null: return other is NSNull
        case .object: return other is [String: Any]
        case .array: return other is [Any]
        case .bool: return (other as? NSNumber)?.doubleValue == (scanned.text == "true" ? 1 : 0)
        case .number: return (other as? NSNumber)?.doubleValue == scanned.text.flatMap(Double.init)
        }
    }

    private static func found(_ value: JSONValue) -> FoundValue {
        switch value {
        case .null: FoundValue(kind: .null, text: nil)
        case .bool: FoundValue(kind: .bool, text: value.scalarText)
        case .number: FoundValue(kind: .number, text: value.scalarText)
        case .string: FoundValue(kind: .string, text: value.scalarText)
        case .array: FoundValue(kind: .array, text: nil)
        case .object: FoundValue(kind: .object, text: nil)
        }
    }
}
