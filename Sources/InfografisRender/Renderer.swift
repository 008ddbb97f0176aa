internal import CInfografis
import InfografisCore
import InfografisLayout
import InfografisText

/// Placeholder: Frame to Cairo backends.
public enum Renderer {
    /// Cairo's version string, proving the C module links.
    public static var cairoVersion: String { String(cString: cairo_version_string()) }
}
