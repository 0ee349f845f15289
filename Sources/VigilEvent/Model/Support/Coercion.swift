/// How a JSON value becomes a field's Swift value and back.
///
/// `decode` returns `nil` when the value cannot be used at all, and says whether the conversion was exact:
/// an inexact one (a number for a string field, `"true"` for a bool) makes the reader keep the value as sent,
/// so that encoding reproduces it.
struct Coercion<Value: Equatable & Sendable>: Sendable {
    let decode: @Sendable (JSONValue) -> (value: Value, exact: Bool)?
    let encode: @Sendable (Value) -> JSONValue

    /// A scalar conversion: exact when encoding the result gives back the very same JSON.
    static func scalar(_ convert: @escaping @Sendable (JSONValue) -> Value?,
                       _ encode: @escaping @Sendable (Value) -> JSONValue) -> Coercion {
        Coercion(decode: { json in convert(json).map { ($0, encode($0) == json) } }, encode: encode)
    }

    /// This coercion's values mapped one-to-one onto another type (open enumerations over strings).
    func map<T: Equatable & Sendable>(_ to: @escaping @Sendable (Value) -> T, _ from: @escaping @Sendable (T) -> Value) -> Coercion<T> {
        Coercion<T>(decode: { json in decode(json).map { (to($0.value), $0.exact) } }, encode: { encode(from($0)) })
    }
}

extension Coercion where Value == String {
    /// Strings; numbers and booleans as their text (Okta sends `postalCode` and `version` as numbers too).
    static let string = scalar({ $0.scalarText }, { .string($0) })
}

extension Coercion where Value == Bool {
    /// Booleans; the strings `"true"`/`"false"` in any case (Okta sends `isProxy` both ways).
    static let bool = scalar({ json in
        switch json.scalarText?.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }, { .bool($0) })
}

extension Coercion where Value == Int {
    /// Integers; integral numbers written otherwise (`6167.0`) and numeric strings.
    static let int = scalar({ json in
        guard let text = json.scalarText, json.boolValue == nil else { return nil }
        if let i = Int(text) { return i }
        guard let d = Double(text), d == d.rounded(), abs(d) < 9e15 else { return nil }
        return Int(d)
    }, { .number(JSONNumber($0)) })
}

extension Coercion where Value == Double {
    /// Numbers and numeric strings. A number whose text `Double` does not print back the same way is kept
    /// as written.
    static let double = scalar({ json in
        guard json.boolValue == nil, let text = json.scalarText, let d = Double(text), d.isFinite else { return nil }
        return d
    }, { JSONNumber($0).map(JSONValue.number) ?? .null })
}

extension Coercion where Value == [String] {
    /// Arrays of strings; a lone string as a one-element array; non-text elements are dropped (and kept as sent).
    static let strings = Coercion(decode: { json in
        switch json {
        case .array(let items):
            let texts = items.compactMap(\.scalarText)
            return (texts, texts.count == items.count && items.allSatisfy { $0.stringValue != nil })
        case .string(let s): return ([s], false)
        default: return nil
        }
    }, encode: { .array($0.map(JSONValue.string)) })
}

extension Coercion where Value == JSONObject {
    /// Free-form objects (`detailEntry`, `debugData` ...).
    static let object = Coercion(decode: { $0.objectValue.map { ($0, true) } }, encode: { .object($0) })
}

extension Coercion where Value: LogObject {
    /// A nested model object.
    static var model: Coercion {
        Coercion(decode: { $0.objectValue.map { (Value(object: $0), true) } }, encode: { .object($0.jsonObject) })
    }
}

extension Coercion where Value: OktaEnumeration {
    /// An open enumeration, from its string.
    static var enumeration: Coercion {
        Coercion<String>.string.map({ Value(rawValue: $0) }, { $0.rawValue })
    }
}

extension Coercion {
    /// Arrays of model objects; a lone object as a one-element array; elements that are not objects are
    /// dropped (and the array kept as sent).
    static func models<Element: LogObject>(_: Element.Type) -> Coercion<[Element]> where Value == [Element] {
        Coercion(decode: { json in
            switch json {
            case .array(let items):
                let objects = items.compactMap(\.objectValue)
                return (objects.map(Element.init(object:)), objects.count == items.count)
            case .object(let o): return ([Element(object: o)], false)
            default: return nil
            }
        }, encode: { .array($0.map { .object($0.jsonObject) }) })
    }
}
