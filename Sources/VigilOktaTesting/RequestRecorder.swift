/// Keeps what a scripted server received, in order, so a test can check what the client sent.
public actor RequestRecorder {
    public private(set) var requests: [ScriptedRequest] = []

    public init() {}

    /// Records `request` and returns how many requests to the same method and path came before it.
    @discardableResult
    public func record(_ request: ScriptedRequest) -> Int {
        let earlier = requests.filter { $0.method == request.method && $0.path == request.path }.count
        requests.append(request)
        return earlier
    }

    public func requests(to path: String) -> [ScriptedRequest] { requests.filter { $0.path == path } }
}
