import Infografis

/// Where each node of a loaded document came from, so diagnostics found after loading (image
/// problems, limits, text overflow), which name a node path such as `body.children[2]`, can
/// print as `card.yaml:14:9` like the loader's own.
public struct SourceMap: Sendable, Hashable {
    /// File locations by node path (`body`, `body.children[0]`, ...) and by document key (`canvas`).
    public var locations: [String: SourceLocation]

    public init(locations: [String: SourceLocation] = [:]) {
        self.locations = locations
    }

    /// The file location of a node path; a trailing `#id` (as in overflow warnings) is ignored.
    public func location(ofNodePath path: String) -> SourceLocation? {
        let bare = path.split(separator: "#", maxSplits: 1).first.map(String.init) ?? path
        return locations[bare]
    }

    /// `items` with node paths replaced by file locations where known, in source order.
    public func locate(_ items: [Diagnostic]) -> [Diagnostic] {
        let located = items.map { item in
            guard case .node(let path)? = item.location, let location = location(ofNodePath: path) else { return item }
            var item = item
            item.location = location
            return item
        }
        return LayoutFile.inSourceOrder(located)
    }
}

/// A layout file loaded with the map from its nodes back to the file.
public struct LoadedLayout {
    /// The infographic as loaded.
    public var infographic: Infographic
    /// Where each node and document key is written.
    public var sourceMap: SourceMap
}

extension LayoutFile {
    /// Reads and loads the layout file at `path`, with its source map.
    public static func loadWithSourceMap(path: String, root: String? = nil) throws(Diagnostics) -> LoadedLayout {
        let text = try readText(path: path)
        return try loadWithSourceMap(yaml: text, path: path, root: root)
    }

    /// Loads `text` as the layout file at `path`, with its source map.
    public static func loadWithSourceMap(yaml text: String, path: String, root: String? = nil) throws(Diagnostics) -> LoadedLayout {
        let (infographic, keys) = try LayoutTemplate(yaml: text, path: path, root: root).previewWithKeys()
        var map = SourceMap(locations: keys)
        for (nodePath, location) in SourceMarked.locations(of: infographic) { map.locations[nodePath] = location }
        return LoadedLayout(infographic: infographic, sourceMap: map)
    }
}

// MARK: - Marking

/// An element from a layout file, with where its kind key is written. It expands exactly as its
/// content does; only when the environment asks for source tags (`SourceMarked.locations`) does
/// it tag its nodes' ids, so the tags can be found in the expanded tree and mapped to paths.
struct SourceMarked: Element {
    let content: any Element
    let location: SourceLocation

    func expand(in environment: Environment) -> [Node] {
        let nodes = content.expand(in: environment)
        guard let collector = environment[SourceTagKey.self] else { return nodes }
        let tag = collector.register(location)
        return nodes.map { node in
            var node = node
            node.id = (node.id ?? "") + tag
            return node
        }
    }

    /// Node path → location for every marked element of `infographic`'s body, with the same
    /// paths as `Engine` and `DocumentValidator` use (`body`, `body.children[i]`).
    static func locations(of infographic: Infographic) -> [String: SourceLocation] {
        let collector = SourceTagCollector()
        var environment = infographic.rootEnvironment
        environment[SourceTagKey.self] = collector
        let nodes = infographic.body.expand(in: environment)
        var map: [String: SourceLocation] = [:]
        if nodes.count == 1 {
            collect(nodes[0], path: "body", collector: collector, into: &map)
        } else {
            for (index, node) in nodes.enumerated() {
                collect(node, path: "body.children[\(index)]", collector: collector, into: &map)
            }
        }
        return map
    }

    private static func collect(_ node: Node, path: String, collector: SourceTagCollector, into map: inout [String: SourceLocation]) {
        if let id = node.id, let location = collector.firstLocation(in: id) { map[path] = location }
        for (index, child) in node.children.enumerated() {
            collect(child, path: "\(path).children[\(index)]", collector: collector, into: &map)
        }
    }
}

/// Hands out tags during one expansion; used on one thread only.
final class SourceTagCollector: @unchecked Sendable {
    /// Starts a tag; a private-use character that layout text does not contain.
    static let marker: Character = "\u{10FFFD}"
    private var registered: [SourceLocation] = []

    func register(_ location: SourceLocation) -> String {
        registered.append(location)
        return "\(SourceTagCollector.marker)\(registered.count - 1)"
    }

    /// The location of the first (innermost) tag in `id`.
    func firstLocation(in id: String) -> SourceLocation? {
        guard let start = id.firstIndex(of: SourceTagCollector.marker) else { return nil }
        let digits = id[id.index(after: start)...].prefix(while: \.isNumber)
        guard let index = Int(digits), registered.indices.contains(index) else { return nil }
        return registered[index]
    }
}

private enum SourceTagKey: EnvironmentKey {
    static let defaultValue: SourceTagCollector? = nil
}
