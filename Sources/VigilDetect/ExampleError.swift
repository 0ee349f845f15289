/// An examples file that is not in the documented layout.
struct ExampleError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
