/// The JSON type of a value found by the scanner.
public enum JSONValueKind: UInt8, Sendable {
    case string, number, bool, null, object, array
}
