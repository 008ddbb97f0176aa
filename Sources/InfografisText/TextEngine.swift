internal import CInfografis
import InfografisCore

/// Placeholder: the Pango-backed text core.
public final class TextEngine {
    public init() {}
    /// Pango's version string, proving the C module links.
    public var pangoVersion: String { String(cString: pango_version_string()) }
}
