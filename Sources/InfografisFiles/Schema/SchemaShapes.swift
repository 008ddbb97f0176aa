import Infografis

/// The JSON Schema shape of each property and own key's value. Enumerations come from the same
/// Swift enums the loader reads, so they cannot drift. A name missing here accepts anything.
enum SchemaShapes {
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/$defs/\(name)")] }

    /// One of `names`, or a `{{placeholder}}` that a batch row fills in.
    static func oneOfNames(_ names: [String]) -> JSONValue { ["anyOf": [["enum": .strings(names)], ref("template")]] }

    static func names<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> [String] where T.RawValue == String {
        type.allCases.map(\.rawValue)
    }

    /// `flex-start` also as `start`, as the loader accepts.
    static func withStartEnd(_ names: [String]) -> [String] {
        names + names.filter { $0.hasPrefix("flex-") }.map { String($0.dropFirst(5)) }
    }

    /// Shared value shapes, under `$defs`.
    static var definitions: [(String, JSONValue)] { [
        ("template", ["type": "string", "pattern": "\\{\\{",
                      "description": "A text with {{column}} placeholders, filled from a data row by `infografis batch`."]),
        ("number", ["description": "A number (quoted digits are accepted too); NaN and infinity are rejected.",
                    "anyOf": [["type": "number"], ["type": "string", "pattern": "^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$"],
                              ref("template")]]),
        ("length", ["description": "Pixels (120), \"120px\" or a percentage (\"50%\").",
                    "anyOf": [["type": "number"], ["type": "string", "pattern": "^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)\\s*(px|%)?\\s*$"],
                              ref("template")]]),
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
        ("boolean", ["anyOf": [["type": "boolean"], ["enum": ["true", "false"]], ref("template")]]),
        ("text", ["type": ["string", "number", "boolean"]]),
        ("theme-color", ["description": "A palette role of the theme or a color.",
                         "anyOf": [["enum": .strings(names(Theme.ColorRole.self))], ref("color")]]),
        ("icon", ["description": "A Material Design Icons name (`infografis icons` lists them), an SVG file, or {src: file.svg}.",
                  "anyOf": [["type": "string"], ["type": "object", "required": ["src"], "additionalProperties": false,
                                                 "properties": ["src": ["type": "string"]]]]]),
        ("list-items", ["type": "array",
                        "items": ["anyOf": [ref("text"),
                                            ["type": "object", "additionalProperties": false,
                                             "properties": ["text": ref("text"), "title": ref("text"), "date": ref("text"),
                                                            "icon": ref("icon")]]]]]),
        ("chart-data", ["description": "{labels, values}, {labels, series: [{name, values}]}, a list of {label, value}, or {csv, label, value | values}.",
                        "anyOf": [
                            ["type": "array", "items": ["type": "object", "required": ["label", "value"], "additionalProperties": false,
                                                        "properties": ["label": ref("text"), "value": ref("number"), "color": ref("color")]]],
                            ["type": "object", "required": ["labels"], "additionalProperties": false,
                             "properties": ["labels": ["type": "array", "items": ref("text")],
                                            "values": ["type": "array", "items": ref("number")],
                                            "series": ["type": "array", "minItems": 1,
                                                       "items": ["type": "object", "required": ["values"], "additionalProperties": false,
                                                                 "properties": ["name": ref("text"), "color": ref("color"),
                                                                                "values": ["type": "array", "items": ref("number")]]]]]],
                            ["type": "object", "required": ["csv", "label"], "additionalProperties": false,
                             "properties": ["csv": ["type": "string", "description": "A CSV file, relative to the layout file."],
                                            "label": ["type": "string"], "value": ["type": "string"],
                                            "values": ["type": "array", "items": ["type": "string"]]]],
                        ]]),
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
        case "alt": return ["type": "string", "description": "Alternative text for screen readers (SVG and PDF)."]
        case "visible":
            return ["description": "true, false, or a condition on a data row such as \"{{status}} == aktif\".",
                    "anyOf": [ref("boolean"), ["type": "string"]]]
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
        default: return componentKey(name, kind: kind) ?? chartKey(name, kind: kind) ?? ["description": "See docs/format.md."]
        }
    }

    /// The shape of a component kind's own key (`stat`, `quote`, ... `logo`); nil for other kinds.
    static func componentKey(_ name: String, kind: String) -> JSONValue? {
        guard NodeKinds.components.contains(where: { $0.name == kind }) else { return nil }
        switch (kind, name) {
        case (_, "size"), (_, "radius"), (_, "padding"), ("footer", "logo-height"), ("divider", "thickness"),
             ("stat", "change"), ("stat", "decimals"), ("qr-code", "quiet-zone"):
            return ref("number")
        case (_, "color"), (_, "background"), (_, "accent"): return ref("theme-color")
        case ("stat", "value"): return ["type": ["string", "number"], "description": "A number (formatted by `format`) or a text."]
        case ("stat", "format"): return oneOfNames(names(NumberFormat.self))
        case ("stat", "good"): return oneOfNames(names(GoodDirection.self))
        case ("stat", "alignment"), ("title", "alignment"): return oneOfNames(names(ContentAlignment.self))
        case ("stat", "variant"): return oneOfNames(["card", "plain"])
        case ("quote", "variant"): return oneOfNames(names(QuoteVariant.self))
        case ("title", "variant"): return oneOfNames(["plain", "band"])
        case ("badge", "variant"): return oneOfNames(["solid", "outline"])
        case (_, "variant"): return oneOfNames([])
        case (_, "icon"), ("icon", "name"): return ref("icon")
        case ("quote", "portrait"), ("icon", "src"), ("logo", "src"):
            return ["type": "string", "description": "A PNG, JPEG or SVG file, relative to the layout file."]
        case ("logo", "fit"): return oneOfNames(names(ImageFit.self))
        case ("logo", "mask"): return oneOfNames(names(ImageMask.self))
        case ("icon", "shape"): return oneOfNames(names(IconShape.self))
        case ("footer", "date"): return ["type": "string", "description": "YYYY-MM-DD (formatted in the locale) or any text."]
        case ("footer", "logos"): return ["type": "array", "items": ["type": "string"]]
        case ("footer", "rule"): return ref("boolean")
        case ("divider", "orientation"): return oneOfNames(names(DividerOrientation.self))
        case (_, "items"): return ref("list-items")
        case ("bullet-list", "marker"): return ["anyOf": [["const": "dot"], ref("icon")]]
        case (_, "direction"): return oneOfNames(names(ListDirection.self))
        case ("callout", "tone"): return oneOfNames(names(CalloutTone.self))
        case ("table", "columns"): return ["type": "array", "items": ref("text")]
        case ("table", "rows"): return ["type": "array", "items": ["type": "array", "items": ["type": ["string", "number", "boolean", "null"]]]]
        case ("table", "widths"): return ["type": "array", "items": ref("number")]
        case ("qr-code", "correction"): return oneOfNames(names(QRCorrection.self))
        case ("qr-code", "content"): return ["type": ["string", "number"], "description": "The text or URL to encode."]
        case (_, "text"), (_, "label"), (_, "unit"), (_, "prefix"), (_, "suffix"), (_, "change-label"), (_, "author"),
             (_, "role"), (_, "kicker"), (_, "subtitle"), (_, "source"), (_, "title"), (_, "caption"):
            return ref("text")
        default: return nil
        }
    }

    /// The shape of a chart kind's own key (`bar-chart`, ... `pictogram`); nil for other kinds.
    static func chartKey(_ name: String, kind: String) -> JSONValue? {
        guard ChartKinds.all.contains(where: { $0.name == kind }) else { return nil }
        switch (kind, name) {
        case (_, "data"): return ref("chart-data")
        case (_, "width"), (_, "height"), (_, "fraction-digits"), (_, "bar-radius"), (_, "stroke-width"), (_, "start-angle"),
             (_, "hole"), (_, "thickness"), (_, "diameter"), (_, "total"), (_, "columns"), (_, "icon-size"), (_, "gap"),
             ("progress-bar", "value"), ("progress-ring", "value"), ("pictogram", "value"):
            return ref("number")
        case ("progress-bar", "format"), ("progress-ring", "format"):
            return oneOfNames(names(ChartNumberFormat.self) + ["none"])
        case (_, "format"): return oneOfNames(names(ChartNumberFormat.self))
        case (_, "suffix"), (_, "label"), (_, "center"): return ref("text")
        case (_, "colors"): return ["type": "array", "minItems": 1, "items": ref("color")]
        case (_, "fill"), (_, "track"): return ref("color")
        case (_, "legend"), (_, "axis"), (_, "area"), (_, "points"), (_, "include-zero"), ("line-chart", "values"):
            return ref("boolean")
        case (_, "mode"): return oneOfNames(names(SeriesMode.self))
        case (_, "values"): return ["anyOf": [ref("boolean"), oneOfNames(names(ValuePlacement.self))]]
        case (_, "labels"): return oneOfNames(names(SliceLabels.self))
        case ("pictogram", "icon"): return ["type": "string", "description": "A Material Design Icons name."]
        default: return nil
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
