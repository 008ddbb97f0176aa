import Foundation
import Infografis

/// Where files referenced by a layout (images, icons, themes, includes) may come from.
///
/// A reference resolves against the layout file's folder and, after `..` and symbolic links are
/// resolved, must stay inside the project root: by default the current directory when the layout
/// is inside it, else the layout's own folder; `--root DIR` widens it. So a layout received from
/// someone else cannot read `../../.ssh/id_rsa` or `/etc/passwd` into a rendered card.
public struct ProjectRoot: Sendable, Hashable {
    /// Canonical absolute path of the root (symlinks resolved).
    public let path: String

    /// The root for the layout file at `layoutPath`: `explicit` when given, else the current
    /// directory if the layout lies inside it, else the layout's folder.
    public init(layoutPath: String, explicit: String? = nil) {
        let current = FileManager.default.currentDirectoryPath
        if let explicit {
            path = SafeFile.realPath(explicit) ?? URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: current)).standardizedFileURL.path
            return
        }
        let layoutDirectory = URL(fileURLWithPath: layoutPath, relativeTo: URL(fileURLWithPath: current))
            .standardizedFileURL.deletingLastPathComponent().path
        let realDirectory = SafeFile.realPath(layoutDirectory) ?? layoutDirectory
        let realCurrent = SafeFile.realPath(current) ?? current
        path = ProjectRoot.contains(realCurrent, realDirectory) ? realCurrent : realDirectory
    }

    /// True when `candidate` is `root` or lies below it (both canonical).
    static func contains(_ root: String, _ candidate: String) -> Bool {
        root == "/" || candidate == root || candidate.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// Why a reference cannot be used.
    public enum Refusal: Error, Hashable, Sendable {
        /// It names a URL: nothing is downloaded.
        case url
        /// Nothing exists at `resolved`.
        case missing(resolved: String)
        /// It resolves to `resolved`, outside the root.
        case outside(resolved: String)
    }

    /// The canonical path of `reference` written in a layout whose folder is `directory`.
    public func resolve(_ reference: String, from directory: URL) -> Result<String, Refusal> {
        let lower = reference.lowercased()
        if ["http://", "https://", "ftp://", "file://", "data:"].contains(where: lower.hasPrefix) { return .failure(.url) }
        let joined = URL(fileURLWithPath: reference, relativeTo: directory).standardizedFileURL.path
        guard let real = SafeFile.realPath(joined) else {
            // A dangling symlink or missing file; still refuse if the written path leaves the root.
            if !ProjectRoot.contains(path, SafeFile.realPath(URL(fileURLWithPath: joined).deletingLastPathComponent().path) ?? joined) {
                return .failure(.outside(resolved: joined))
            }
            return .failure(.missing(resolved: joined))
        }
        guard ProjectRoot.contains(path, real) else { return .failure(.outside(resolved: real)) }
        return .success(real)
    }
}
