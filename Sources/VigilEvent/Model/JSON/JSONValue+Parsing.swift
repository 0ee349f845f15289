extension JSONValue {
    /// A plan with no paths: scanning with it only validates, with the same grammar and error offsets as the
    /// hot path.
    private static let validationPlan = FieldPlan(paths: [])

    /// Parses one JSON document (surrounding whitespace allowed), keeping number text and key order.
    public init(json bytes: [UInt8]) throws(JSONSyntaxError) {
        try Self.validate(bytes)
        self.init(validatedJSON: bytes)
    }

    /// Parses bytes known to be valid JSON, such as an `OktaEvent`'s `raw` (its scan validated it).
    init(validatedJSON bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { b in
            var builder = JSONTreeBuilder(bytes: b, pos: 0)
            return builder.value()
        }
    }

    private static func validate(_ bytes: [UInt8]) throws(JSONSyntaxError) {
        // The scanner treats a number that touches the end of its buffer as possibly incomplete (it serves
        // streaming input), so a document that ends in a digit is checked with one space appended.
        let padded = bytes.last.map(isDigit) == true ? bytes + [0x20] : bytes
        let result: Result<Void, JSONSyntaxError> = padded.withUnsafeBufferPointer { b in
            do throws(JSONSyntaxError) {
                let end = try validationPlan.scan(b).end
                let trailing = skipWhitespace(b, end)
                guard trailing == b.count else {
                    throw JSONSyntaxError(offset: trailing, reason: "unexpected data after the JSON value")
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }
}
