import Infografis

/// The JSON Schema shape of each property and own key's value. Enumerations come from the same
/// Swift enums the loader reads, so they cannot drift. A name missing here accepts anything.
enum SchemaShapes {
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/$defs/\(name)")] }

    static func oneOfNames(_ names: [String]) -> JSONValue { ["enum": .strings(names)] }

    static func names<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> [String] where T.RawValue == String {
        type.allCases.map(\.rawValue)
    }

    /// `flex-start` also as `start`, as the loader accepts.
    static func withStartEnd(_ names: [String]) -> [String] {
        names + names.filter { $0.hasPrefix("flex-") }.map { String($0.dropFirst(5)) }
    }

    /// Shared value shapes, under `$defs`.
    static var definitions: [(String, JSONValue)] { [
        ("number", ["description": "A number (quoted digits are accepted too); NaN and infinity are rejected.",
                    "anyOf": [["type": "number"], ["type": "string", "pattern": "^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$"]]]),
        ("length", ["description": "Pixels (120), \"120px\" or a percentage (\"50%\").",
                    "anyOf": [["type": "number"], ["type": "string", "pattern": "^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)\\s*(px|%)?\\s*$"]]]),
        ("length-or-auto", ["anyOf": [ref("length"), ["enum": ["auto", "none"]]]]),
        ("color", ["type": "string", "description": "\"#RGB\", \"#RGBA\", \"#RRGGBB\", \"#RRGGBBAA\" or a CSS name such as white. Quote hex colors: an unquoted # starts a comment."]),
        ("paint", ["anyOf": [ref("color"), ["type": "object", "required": ["gradient"], "additionalProperties": false,
                                            "properties": ["gradient": ref("gradient")]]]]),
        ("gradient", ["type": "object", "additionalProperties": false,
                      "properties": ["angle": ref("number"),
                                     "colors": ["type": "array", "minItems": 2, "items": ref("color")],
                                     "stops": ["type": "array", "minItems": 2,
                                               "items": ["type": "object", "required": ["color", "at"], "additionalProperties": false,
                                                         "properties": ["color": ref("color"), "at": ref("number")]]]]]),
        ("edges", ["anyOf": [ref("length"), ["type": "array", "minItems": 1, "maxItems": 4, "items": ref("length")],
                             ["type": "object", "additionalProperties": false,
                              "properties": ["top": ref("length"), "right": ref("length"), "bottom": ref("length"), "left": ref("length")]]]]),
        ("edges-or-auto", ["anyOf": [ref("length-or-auto"), ["type": "array", "minItems": 1, "maxItems": 4, "items": ref("length-or-auto")],
                                     ["type": "object", "additionalProperties": false,
                                      "properties": ["top": ref("length-or-auto"), "right": ref("length-or-auto"),
                                                     "bottom": ref("length-or-auto"), "left": ref("length-or-auto")]]]]),
        ("shadow", ["type": "object", "additionalProperties": false,
                    "properties": ["x": ref("number"), "y": ref("number"), "blur": ref("number"), "spread": ref("number"),
                                   "color": ref("color")]]),
        ("children", ["type": "array", "items": ref("node")]),
        ("boolean", ["anyOf": [["type": "boolean"], ["enum": ["true", "false"]]]]),
    ] }

    /// The shape of a group property's value; `kind` is nil at document level (`font`).
    static func property(_ name: String, kind: String?) -> JSONValue {
        let alignItems = withStartEnd(names(AlignItems.self))
        switch name {
        case "width", "height", "min-width", "max-width", "min-height", "max-height", "basis",
             "top", "right", "bottom", "left":
            return ref("length-or-auto")
        case "gap", "row-gap", "column-gap": return ref("length")
        case "grow", "shrink", "opacity", "size", "letter-spacing": return ref("number")
        case "align-self": return oneOfNames(["auto"] + alignItems)
        case "aspect-ratio": return ["anyOf": [ref("number"), ["type": "string", "pattern": "^\\s*[0-9.]+\\s*/\\s*[0-9.]+\\s*$"]]]
        case "padding": return ref("edges")
        case "margin": return ref("edges-or-auto")
        case "border":
            return ["anyOf": [ref("number"), ["type": "object", "required": ["width"], "additionalProperties": false,
                                              "properties": ["width": ref("number"), "color": ref("color")]]]]
        case "position": return oneOfNames(names(PositionType.self))
        case "background": return ref("paint")
        case "radius": return ["anyOf": [ref("number"), ["type": "array", "minItems": 4, "maxItems": 4, "items": ref("number")]]]
        case "shadow": return ["anyOf": [ref("shadow"), ["type": "array", "items": ref("shadow")]]]
        case "clip", "italic", "single-line": return ref("boolean")
        case "id": return ["type": ["string", "number"]]
        case "justify": return oneOfNames(withStartEnd(names(JustifyContent.self)))
        case "align": return oneOfNames(alignItems)
        case "align-content": return oneOfNames(withStartEnd(names(AlignContent.self)))
        case "wrap": return ["anyOf": [ref("boolean"), oneOfNames(["reverse"] + names(FlexWrap.self))]]
        case "font":
            var keys: [(String, JSONValue)] = [("family", ["type": "string"])]
            keys += Properties.inheritedText.filter { $0.name != "font" }.map { ($0.name, property($0.name, kind: kind)) }
            return ["anyOf": [["type": "string"], ["type": "object", "additionalProperties": false, "properties": .object(keys)]]]
        case "weight":
            return ["anyOf": [ref("number"), oneOfNames(FontWeight.names.map(\.name))]]
        case "color": return ref("color")
        case "text-align": return oneOfNames(names(TextAlignment.self))
        case "line-height": return ["anyOf": [ref("number"), ["const": "normal"]]]
        case "max-lines": return ["anyOf": [ref("number"), ["const": "none"]]]
        case "fit":
            return ["type": "object", "required": ["min", "max"], "additionalProperties": false,
                    "properties": ["min": ref("number"), "max": ref("number")]]
        default:
            return ["description": "See docs/format.md."]
        }
    }

    /// The shape of a kind's own key.
    static func ownKey(_ name: String, kind: String) -> JSONValue {
        switch (kind, name) {
        case (_, "children"): return ref("children")
        case ("box", "direction"): return oneOfNames(names(FlexDirection.self))
        case ("stack", "alignment"): return oneOfNames(NodeKinds.stackAlignments.map(\.0))
        case ("text", "content"): return ["type": ["string", "number", "boolean"]]
        case ("image", "src"): return ["type": "string", "description": "A PNG, JPEG or SVG file, relative to the layout file."]
        case ("image", "fit"): return oneOfNames(names(ImageFit.self))
        case ("path", "d"): return ["type": "string", "description": "SVG path data."]
        case ("path", "view-box"):
            return ["anyOf": [["type": "array", "minItems": 4, "maxItems": 4, "items": ref("number")], ["type": "string"]]]
        case ("path", "fill"): return ["anyOf": [ref("paint"), ["const": "none"]]]
        case ("path", "stroke"): return ref("color")
        case ("path", "stroke-width"), ("spacer", "min-length"): return ref("number")
        case ("path", "line-cap"): return oneOfNames(names(LineCap.self))
        case ("path", "fill-rule"): return oneOfNames(["nonzero", "evenodd"])
        default: return ["description": "See docs/format.md."]
        }
    }

    /// True when `property`'s shape is more than the any-value fallback (for `LayoutSchemaTests`).
    static func hasShape(property name: String, kind: String) -> Bool {
        !isFallback(property(name, kind: kind))
    }

    /// True when own key `name` of `kind` has a shape.
    static func hasShape(ownKey name: String, kind: String) -> Bool {
        !isFallback(ownKey(name, kind: kind))
    }

    private static func isFallback(_ value: JSONValue) -> Bool {
        guard let keys = value.objectKeys, keys.count == 1 else { return false }
        return keys[0] == "description"
    }
}
