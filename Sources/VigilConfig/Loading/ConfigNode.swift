import Yams

/// A configuration value as written, before it is read into the model: YAML, environment overrides and `vigil
/// serve` flags all become this tree, so one reader checks them all the same way. `origin` says where a value
/// was written (`vigil.yml:12:5`, `VIGIL_LISTEN`, `--org-url`) for problem reports.
public indirect enum ConfigNode: Sendable, Hashable {
    case scalar(String, origin: String?)
    case list([ConfigNode], origin: String?)
    case map([Entry], origin: String?)

    public struct Entry: Sendable, Hashable {
        public var key: String
        public var value: ConfigNode

        public init(_ key: String, _ value: ConfigNode) {
            self.key = key
            self.value = value
        }
    }

    public var origin: String? {
        switch self {
        case .scalar(_, let origin), .list(_, let origin), .map(_, let origin): origin
        }
    }

    /// Parses YAML text; `file` names it in origins.
    public init(yaml: String, file: String?) throws(ConfigError) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw ConfigError(problems: [ConfigProblem(path: "", message: "not valid YAML: \(error)", origin: file)])
        }
        guard let root else {
            self = .map([], origin: file)
            return
        }
        self = ConfigNode(root, file: file)
    }

    init(_ node: Node, file: String?) {
        let origin = node.mark.map { "\(file ?? "<config>"):\($0.line):\($0.column)" } ?? file
        switch node {
        case .scalar(let scalar):
            // YAML's null (`~`, `null`, empty) reads as no value, as if the key were absent.
            self = .scalar(node.null == nil ? scalar.string : "", origin: origin)
        case .sequence(let sequence):
            self = .list(sequence.map { ConfigNode($0, file: file) }, origin: origin)
        case .mapping(let mapping):
            self = .map(mapping.map { Entry($0.key.string ?? "\($0.key)", ConfigNode($0.value, file: file)) }, origin: origin)
        case .alias:
            self = .scalar("", origin: origin)
        }
    }

    /// The value as YAML, for sections other components decode with `Codable`.
    public var yaml: String {
        (try? Yams.serialize(node: yamsNode)) ?? ""
    }

    private var yamsNode: Node {
        switch self {
        case .scalar(let s, _): Node(s)
        case .list(let items, _): Node(items.map(\.yamsNode))
        case .map(let entries, _): Node(entries.map { (Node($0.key), $0.value.yamsNode) })
        }
    }

    /// Sets the value at `path` (map keys; list positions as integers), creating maps on the way.
    mutating func set(_ path: ArraySlice<PathStep>, to value: ConfigNode) {
        guard let step = path.first else {
            self = value
            return
        }
        switch (self, step) {
        case (.map(var entries, let origin), .key(let key)):
            if let i = entries.firstIndex(where: { $0.key == key }) {
                entries[i].value.set(path.dropFirst(), to: value)
            } else {
                var fresh = ConfigNode.map([], origin: nil)
                fresh.set(path.dropFirst(), to: value)
                entries.append(Entry(key, fresh))
            }
            self = .map(entries, origin: origin)
        case (.list(var items, let origin), .index(let i)) where items.indices.contains(i):
            items[i].set(path.dropFirst(), to: value)
            self = .list(items, origin: origin)
        default:
            var fresh = ConfigNode.map([], origin: nil)
            fresh.set(path, to: value)
            self = fresh
        }
    }

    enum PathStep: Hashable { case key(String), index(Int) }
}
