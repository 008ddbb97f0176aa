internal import CInfografis
import Foundation

/// The process-wide fontconfig set-up: system fonts plus the bundled `fonts/` directory,
/// built once (on first use of `FontLibrary.shared`) and then only read.
///
/// Bundled families win over system copies of the same family: a system `Inter` (perhaps
/// another version with other metrics) is rejected so that renders do not depend on the host.
/// Every other system font stays available for fallback (emoji, other scripts, DejaVu Sans).
public final class FontLibrary: @unchecked Sendable {
    // @unchecked: every stored property is immutable after `init`; the FcConfig is fully
    // built there and fontconfig is safe for concurrent read-only queries.

    /// The shared library; the first access registers the bundled fonts.
    public static let shared = FontLibrary()

    /// Starts making `shared` on a thread of its own: fontconfig's set-up (reading its
    /// configuration, scanning the bundled fonts) takes several milliseconds that can overlap
    /// the caller's own start-up (reading a layout and its data). The first use of `shared`
    /// then waits only for what is left of it.
    public static func prepareInBackground() {
        let thread = Thread { _ = FontLibrary.shared }
        thread.name = "infografis-fonts"
        thread.start()
    }

    /// The bundled fonts directory in use; nil when none was found (system fonts only).
    public let fontsDirectory: String?
    /// How `fontsDirectory` was found (`INFOGRAFIS_FONTS_DIR`, `executable`, `source`) or why not.
    public let fontsDirectorySource: String
    /// Absolute paths of the bundled font files, sorted.
    public let bundledFiles: [String]
    /// Families the bundled files provide; system fonts of these families are ignored.
    public let bundledFamilies: [String]
    /// The fallback family appended to every request (the first bundled family, normally `Inter`).
    public let defaultFamily: String
    /// Problems met while setting up (unreadable directory, rejected XML...); empty when all is well.
    public let warnings: [String]

    /// The FcConfig every engine's font map uses; also made fontconfig's current config.
    let config: OpaquePointer?

    private init() {
        var warnings: [String] = []
        let found = FontLibrary.locateFontsDirectory(warnings: &warnings)
        fontsDirectory = found?.path
        fontsDirectorySource = found?.source ?? "not found"
        if found == nil {
            warnings.append("No bundled fonts directory found (set INFOGRAFIS_FONTS_DIR); using system fonts only.")
        }
        let files = found.map { FontLibrary.fontFiles(in: $0.path) } ?? []
        bundledFiles = files
        let families = FontLibrary.families(of: files)
        bundledFamilies = families
        defaultFamily = families.contains("Inter") ? "Inter" : (families.first ?? "sans-serif")
        config = FontLibrary.makeConfig(directory: found?.path, files: files, families: families,
                                        warnings: &warnings)
        self.warnings = warnings
    }
}

// MARK: - fontconfig

extension FontLibrary {
    /// Loads the system configuration, ignores system copies of bundled families, reads the
    /// system font caches and adds the bundled directory as application fonts.
    fileprivate static func makeConfig(directory: String?, files: [String], families: [String],
                                       warnings: inout [String]) -> OpaquePointer? {
        guard let config = FcInitLoadConfig() else {
            warnings.append("fontconfig could not load its configuration; Pango uses its defaults.")
            return nil
        }
        if !files.isEmpty {
            let xml = selectFontXML(acceptingFiles: files, rejectingFamilies: families)
            if FcConfigParseAndLoadFromMemory(config, xml, 1) == 0 {
                warnings.append("fontconfig rejected the bundled-font rules; system copies may shadow bundled fonts.")
            }
        }
        // Reads fontconfig's caches of the system directories; nothing is rescanned later.
        if FcConfigBuildFonts(config) == 0 {
            warnings.append("fontconfig could not build its font list.")
        }
        if let directory, FcConfigAppFontAddDir(config, directory) == 0 {
            warnings.append("fontconfig could not add the fonts directory \(directory).")
        }
        FcConfigSetRescanInterval(config, 0)
        // Current config too, so Pango's default font map and librsvg see the same fonts.
        FcConfigSetCurrent(config)
        return config
    }

    /// `<selectfont>` rules: accept each bundled file (by exact path), reject every other font
    /// whose family is a bundled family. Accept rules are checked first by fontconfig.
    static func selectFontXML(acceptingFiles files: [String], rejectingFamilies families: [String]) -> String {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig><selectfont>"
        for file in files {
            xml += "<acceptfont><pattern><patelt name=\"file\"><string>\(escapeXML(file))</string></patelt></pattern></acceptfont>"
        }
        for family in families {
            xml += "<rejectfont><pattern><patelt name=\"family\"><string>\(escapeXML(family))</string></patelt></pattern></rejectfont>"
        }
        return xml + "</selectfont></fontconfig>"
    }

    static func escapeXML(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The primary (typographic) family name of each file, deduplicated, in file order.
    fileprivate static func families(of files: [String]) -> [String] {
        var families: [String] = []
        for file in files {
            var count: Int32 = 0
            guard let pattern = FcFreeTypeQuery(file, 0, nil, &count) else { continue }
            defer { FcPatternDestroy(pattern) }
            var value: UnsafeMutablePointer<FcChar8>?
            if FcPatternGetString(pattern, FC_FAMILY, 0, &value) == FcResultMatch, let value {
                let family = String(cString: value)
                if !families.contains(family) { families.append(family) }
            }
        }
        return families
    }
}

// MARK: - Finding the fonts directory

extension FontLibrary {
    /// Font files (`.otf`, `.ttf`, `.otc`, `.ttc`) under `directory`, sorted by path.
    static func fontFiles(in directory: String) -> [String] {
        let extensions: Set<String> = ["otf", "ttf", "otc", "ttc"]
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        for case let relative as String in enumerator
        where extensions.contains((relative as NSString).pathExtension.lowercased()) {
            files.append((directory as NSString).appendingPathComponent(relative))
        }
        return files.sorted()
    }

    /// `INFOGRAFIS_FONTS_DIR`; else `<executable dir>/../../fonts`; else a `fonts/` beside a
    /// `Package.swift` in a directory above the executable; else the repository this file is in.
    fileprivate static func locateFontsDirectory(warnings: inout [String]) -> (path: String, source: String)? {
        if let env = ProcessInfo.processInfo.environment["INFOGRAFIS_FONTS_DIR"], !env.isEmpty {
            let path = URL(fileURLWithPath: env).standardizedFileURL.path
            if containsFonts(path) { return (path, "INFOGRAFIS_FONTS_DIR") }
            warnings.append("INFOGRAFIS_FONTS_DIR=\(env) holds no font files; looking elsewhere.")
        }
        if let executable = executableDirectory() {
            let beside = executable.appendingPathComponent("../../fonts").standardizedFileURL.path
            if containsFonts(beside) { return (beside, "executable") }
            var directory = executable
            while directory.path != "/" {
                let fonts = directory.appendingPathComponent("fonts").path
                if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path),
                   containsFonts(fonts) {
                    return (fonts, "executable")
                }
                directory = directory.deletingLastPathComponent()
            }
        }
        // Sources/InfografisText/FontLibrary.swift -> repository root.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../fonts").standardizedFileURL.path
        if containsFonts(source) { return (source, "source") }
        return nil
    }

    fileprivate static func executableDirectory() -> URL? {
        let link = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if link.path != "/proc/self/exe" { return link.deletingLastPathComponent() }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return URL(fileURLWithPath: first).standardizedFileURL.deletingLastPathComponent()
    }

    fileprivate static func containsFonts(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return false
        }
        return !fontFiles(in: path).isEmpty
    }
}
