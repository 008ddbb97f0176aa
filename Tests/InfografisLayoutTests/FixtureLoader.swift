import Foundation
import InfografisCore
@testable import InfografisLayout

/// One Chromium-generated case: the input tree, the canvas, and every node's expected border box.
struct LayoutFixture {
    var name: String
    var description: String
    var canvas: Size
    var root: Node
    /// Expected frames in preorder (root first), parallel to `paths`.
    var expected: [Rect]
    /// A readable path per node, e.g. `root.children[1]`.
    var paths: [String]
}

/// Errors in a fixture file: they fail the test that reads it.
struct FixtureError: Error, CustomStringConvertible {
    var description: String
}

enum FixtureLoader {
    /// The fixtures directory inside the test bundle.
    static var directory: URL? {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)
    }

    /// Names of all fixtures (file names without `.json`), sorted.
    static func allNames() -> [String] {
        guard let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func load(_ name: String) throws -> LayoutFixture {
        guard let url = directory?.appendingPathComponent(name + ".json") else { throw FixtureError(description: "no Fixtures directory") }
        let data = try Data(contentsOf: url)
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let canvas = json["canvas"] as? [String: Any], let rootJSON = json["root"] as? [String: Any] else {
            throw FixtureError(description: "\(name): malformed fixture")
        }
        var expected: [Rect] = []
        var paths: [String] = []
        let root = try node(rootJSON, path: "root", expected: &expected, paths: &paths)
        return LayoutFixture(name: name, description: json["description"] as? String ?? "",
                             canvas: Size(try number(canvas["width"]), try number(canvas["height"])),
                             root: root, expected: expected, paths: paths)
    }

    // MARK: - JSON → Node

    private static func node(_ json: [String: Any], path: String, expected: inout [Rect], paths: inout [String]) throws -> Node {
        let kind: Node.Kind
        switch json["kind"] as? String {
        case "box": kind = .box
        case "zstack":
            let alignment = json["alignment"] as? [String: Any] ?? [:]
            guard let h = (alignment["horizontal"] as? String).flatMap(Alignment.Horizontal.init(rawValue:)),
                  let v = (alignment["vertical"] as? String).flatMap(Alignment.Vertical.init(rawValue:)) else {
                throw FixtureError(description: "\(path): bad alignment")
            }
            kind = .zStack(Alignment(horizontal: h, vertical: v))
        case "image":
            var size: Size?
            if let s = json["intrinsicSize"] as? [String: Any] { size = Size(try number(s["width"]), try number(s["height"])) }
            kind = .image(ImageContent(path: "fixture.png", intrinsicSize: size))
        case "path":
            guard let b = json["viewBox"] as? [String: Any] else { throw FixtureError(description: "\(path): no viewBox") }
            let viewBox = Rect(origin: Point(try number(b["x"]), try number(b["y"])),
                               size: Size(try number(b["width"]), try number(b["height"])))
            kind = .path(PathContent(data: "M0 0", viewBox: viewBox))
        default:
            throw FixtureError(description: "\(path): unknown kind \(json["kind"] ?? "nil")")
        }
        guard let frame = json["expected"] as? [String: Any] else { throw FixtureError(description: "\(path): no expected frame") }
        expected.append(Rect(origin: Point(try number(frame["x"]), try number(frame["y"])),
                             size: Size(try number(frame["width"]), try number(frame["height"]))))
        paths.append(path)
        var decoration = Decoration()
        decoration.clipsContent = json["clipsContent"] as? Bool ?? false
        let style = try self.style(json["style"] as? [String: Any] ?? [:], path: path)
        var children: [Node] = []
        for (index, child) in (json["children"] as? [[String: Any]] ?? []).enumerated() {
            children.append(try node(child, path: "\(path).children[\(index)]", expected: &expected, paths: &paths))
        }
        return Node(kind, style: style, decoration: decoration, children: children)
    }

    /// Maps the fixture's style object 1:1 onto `Style`; an unknown key is an error.
    private static func style(_ json: [String: Any], path: String) throws -> Style {
        var style = Style()
        func enumValue<T: RawRepresentable>(_ value: Any, _: T.Type) throws -> T where T.RawValue == String {
            guard let raw = value as? String, let result = T(rawValue: raw) else {
                throw FixtureError(description: "\(path): bad value \(value) for \(T.self)")
            }
            return result
        }
        for (key, value) in json {
            switch key {
            case "flexDirection": style.flexDirection = try enumValue(value, FlexDirection.self)
            case "flexWrap": style.flexWrap = try enumValue(value, FlexWrap.self)
            case "justifyContent": style.justifyContent = try enumValue(value, JustifyContent.self)
            case "alignItems": style.alignItems = try enumValue(value, AlignItems.self)
            case "alignSelf": style.alignSelf = try enumValue(value, AlignItems.self)
            case "alignContent": style.alignContent = try enumValue(value, AlignContent.self)
            case "flexGrow": style.flexGrow = try number(value)
            case "flexShrink": style.flexShrink = try number(value)
            case "flexBasis": style.flexBasis = try dimension(value)
            case "width": style.width = try dimension(value)
            case "height": style.height = try dimension(value)
            case "minWidth": style.minWidth = try dimension(value)
            case "minHeight": style.minHeight = try dimension(value)
            case "maxWidth": style.maxWidth = try dimension(value)
            case "maxHeight": style.maxHeight = try dimension(value)
            case "aspectRatio": style.aspectRatio = try number(value)
            case "padding": style.padding = try edges(value, dimension)
            case "margin": style.margin = try edges(value, dimension)
            case "border": style.border = try edges(value, number)
            case "inset": style.inset = try edges(value, dimension)
            case "position": style.position = try enumValue(value, PositionType.self)
            case "rowGap": style.rowGap = try dimension(value)
            case "columnGap": style.columnGap = try dimension(value)
            default: throw FixtureError(description: "\(path): unknown style key \(key)")
            }
        }
        return style
    }

    private static func number(_ value: Any?) throws -> Double {
        guard let number = value as? NSNumber else { throw FixtureError(description: "not a number: \(value ?? "nil")") }
        return number.doubleValue
    }

    /// `"auto"`, `"12px"` or `"50%"`.
    static func dimension(_ value: Any) throws -> InfografisCore.Dimension {
        guard let text = value as? String else { throw FixtureError(description: "not a dimension: \(value)") }
        if text == "auto" { return .auto }
        if text.hasSuffix("px"), let v = Double(text.dropLast(2)) { return .px(v) }
        if text.hasSuffix("%"), let v = Double(text.dropLast()) { return .percent(v) }
        throw FixtureError(description: "not a dimension: \(text)")
    }

    private static func edges<T>(_ value: Any, _ parse: (Any) throws -> T) throws -> Edges<T> {
        guard let list = value as? [Any], list.count == 4 else { throw FixtureError(description: "edges need four values: \(value)") }
        var result = Edges(all: try parse(list[0]))
        result.right = try parse(list[1])
        result.bottom = try parse(list[2])
        result.left = try parse(list[3])
        return result
    }
}

extension LayoutTree {
    /// Frames in preorder (root first).
    var preorderFrames: [Rect] {
        [frame] + children.flatMap(\.preorderFrames)
    }
}
