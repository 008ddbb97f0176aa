import Foundation

/// One node of `infografis layout --json`: its type, optional id, frame in canvas pixels and children.
public struct LayoutDump: Codable, Equatable, Sendable {
    /// `row`, `column`, `stack`, `text`, `image` or `path`.
    public var type: String
    /// The node's id, when it has one.
    public var id: String?
    /// Border box in canvas pixels.
    public var frame: Rect
    /// Children in document order.
    public var children: [LayoutDump]
}

extension LayoutDump {
    /// The dump of a laid-out tree.
    public init(_ tree: LayoutTree) {
        let type: String = switch tree.node.kind {
        case .box:
            switch tree.node.style.flexDirection {
            case .row, .rowReverse: "row"
            case .column, .columnReverse: "column"
            }
        case .zStack: "stack"
        case .text: "text"
        case .image: "image"
        case .path: "path"
        }
        self.init(type: type, id: tree.node.id, frame: tree.frame, children: tree.children.map(LayoutDump.init))
    }

    /// Pretty-printed JSON with sorted keys (stable across runs).
    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
