import InfografisRender

/// SVG font glyph path data with its y axis flipped (y' = `ascent` - y, x unchanged), written as
/// absolute M, L, C and Z commands; nil when the path data is malformed.
///
/// Uses the renderer's path-data parser, so every SVG path command is understood.
func flipGlyphPath(_ data: String, ascent: Double) -> String? {
    guard let segments = try? PathData.parse(data), !segments.isEmpty else { return nil }
    return PathData.serialize(segments.map { $0.mapPoints { Point(x: $0.x, y: ascent - $0.y) } })
}
