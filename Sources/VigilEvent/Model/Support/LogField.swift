/// One modeled key of a `LogObject`: its JSON name, the property that holds it, and how its value converts.
public struct LogField<Root>: Sendable {
    let key: String
    let read: @Sendable (inout Root, inout FieldReader) -> Void
    let write: @Sendable (Root, inout FieldWriter) -> Void

    init<Value>(_ key: String, _ path: WritableKeyPath<Root, Value?> & Sendable, _ coercion: Coercion<Value>) {
        self.key = key
        read = { root, reader in root[keyPath: path] = reader.read(key, coercion) }
        write = { root, writer in writer.write(key, root[keyPath: path], coercion) }
    }
}
