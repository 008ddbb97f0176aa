// A deterministic mutation fuzzer for the layout loader (with prepare and layout) and the
// template engine, run in-process for a bounded time: `make fuzz` (not part of `make test`).
//
// libFuzzer also works with this toolchain on Linux, but needs every target rebuilt with
// `-sanitize=fuzzer` and a target without `main`; this harness needs neither and runs in the
// normal build. Before each input it writes the input to CRASHES/last-input.*, so when a crash
// kills the process the input that did it is on disk: copy it into
// Tests/InfografisFilesTests/BadInputs/ and record its expectation (see BadInputTests).
//
// Usage: infografis-fuzz [--seconds N] [--seed N] [--corpus DIR]... [--crashes DIR]
import Foundation
import Infografis
import InfografisFiles

struct Options: Sendable {
    var seconds = 60.0
    var seed: UInt64 = 0x1F0_6AF1
    var corpora: [String] = []
    var crashes = ".build/fuzz-crashes"

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let value = index + 1 < arguments.count ? arguments[index + 1] : ""
            switch arguments[index] {
            case "--seconds": seconds = Double(value) ?? seconds
            case "--seed": seed = UInt64(value) ?? seed
            case "--corpus": corpora.append(value)
            case "--crashes": crashes = value
            default: FileHandle.standardError.write(Data("unknown argument \(arguments[index])\n".utf8)); exit(2)
            }
            index += 2
        }
    }
}

/// SplitMix64: small, fast, reproducible from the seed.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    mutating func chance(_ n: Int) -> Bool { below(n) == 0 }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
var random = Random(state: options.seed)
try? FileManager.default.createDirectory(atPath: options.crashes, withIntermediateDirectories: true)

// MARK: - Seeds

var layoutSeeds: [[UInt8]] = [Array("body: {column: {padding: 8, children: [{text: {content: \"Halo\", size: 20}}, spacer]}}\n".utf8)]
var templateSeeds: [[UInt8]] = ["{{penduduk | compact}} jiwa", "{{x | default: \"-\"}}", "{{anggaran | currency: IDR}}",
                                 "{{tanggal | date: long}}", "{{persen | percent: 1}}", "\\{{literal}}", "{{nama | upper | lower}}",
                                 "x > 1 and nama == \"Aceh\"", "not (persen >= 0,5) or nama != ''"].map { Array($0.utf8) }
for corpus in options.corpora {
    guard let walker = FileManager.default.enumerator(atPath: corpus) else { continue }
    while let relative = walker.nextObject() as? String {
        let path = corpus + "/" + relative
        guard SafeFile.check(path) == nil, case .success(let bytes) = SafeFile.read(path, limit: 65_536) else { continue }
        if relative.hasSuffix(".template") { templateSeeds.append(bytes) }
        else if [".yaml", ".yml", ".json"].contains(where: relative.hasSuffix) { layoutSeeds.append(bytes) }
    }
}

// MARK: - Mutations

let tokens: [String] = ["{", "}", "[", "]", ",", ":", "- ", "\n", "\n  ", "\t", "\"", "'", "&a ", "*a", "<<: ", "!!str ", "? ",
                        "|\n", ">\n", "#", "%YAML 1.2\n", "---\n", "...\n", "\\0", "\\x85", "\\u2028", "\u{0}", "\u{1B}",
                        ".nan", ".inf", "-.inf", "1e309", "-0", "1e-320", "99999999999999999999", "0x10", "16384", "16385",
                        "text: ", "column: ", "children: ", "image: ", "src: ", "size: ", "width: ", "canvas: ", "body: ",
                        "{{", "}}", "|", " | ", "default: ", "number: ", "currency: ", "date: ", "and ", "or ", "not ",
                        "(", ")", "==", ">=", "Å", "👩‍👩‍👧", "\u{FEFF}", "\u{202E}", "\u{FFFD}", "\u{10FFFD}"]

@MainActor func mutate(_ input: [UInt8], seeds: [[UInt8]]) -> [UInt8] {
    var bytes = input
    for _ in 0..<(1 + random.below(4)) {
        let position = random.below(bytes.count + 1)
        switch random.below(8) {
        case 0 where !bytes.isEmpty:
            bytes[random.below(bytes.count)] ^= UInt8(1 << random.below(8))
        case 1, 2:
            bytes.insert(contentsOf: Array(tokens[random.below(tokens.count)].utf8), at: position)
        case 3 where !bytes.isEmpty:
            let end = min(bytes.count, position + 1 + random.below(16))
            if position < end { bytes.removeSubrange(position..<end) }
        case 4 where !bytes.isEmpty:
            let start = random.below(bytes.count)
            let end = min(bytes.count, start + 1 + random.below(64))
            let chunk = Array(bytes[start..<end])
            for _ in 0..<(1 + random.below(random.chance(20) ? 2000 : 4)) { bytes.insert(contentsOf: chunk, at: min(position, bytes.count)) }
        case 5:
            let other = seeds[random.below(seeds.count)]
            let start = random.below(other.count + 1)
            bytes.insert(contentsOf: other[start..<min(other.count, start + random.below(128))], at: position)
        case 6:
            bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        default:
            bytes.insert(contentsOf: Array(String(repeating: "[", count: 1 + random.below(400)).utf8), at: position)
        }
        if bytes.count > 200_000 { bytes.removeLast(bytes.count - 200_000) }
    }
    return bytes
}

// MARK: - Targets

let engine = Engine()
let formatter = LocaleFormatter("id-ID")
let row = ["penduduk": "1.234.567", "x": "2", "nama": "Aceh", "anggaran": "15000", "tanggal": "2020-10-13", "persen": "0,737"]
let scratch = options.crashes + "/scratch.yaml"

@MainActor func runLayout(_ bytes: [UInt8]) {
    do {
        let loaded: LoadedLayout
        if random.chance(4) {
            try? Data(bytes).write(to: URL(fileURLWithPath: scratch))
            loaded = try LayoutFile.loadWithSourceMap(path: scratch)
        } else {
            loaded = try LayoutFile.loadWithSourceMap(yaml: String(decoding: bytes, as: UTF8.self), path: "fuzz.yaml")
        }
        let document = try engine.prepare(loaded.infographic.document())
        let laidOut = engine.layout(document)
        _ = loaded.sourceMap.locate(laidOut.warnings)
        if random.chance(100) { _ = try? engine.render(laidOut, as: .png, scale: 0.25) }
    } catch {
        _ = DiagnosticPrinter.text(error.items, sources: ["fuzz.yaml": String(decoding: bytes, as: UTF8.self)])
    }
}

@MainActor func runTemplate(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    if let template = try? Template(text, location: .file(path: "fuzz.yaml", line: 3, column: 9)) {
        _ = try? template.render(row, formatter: formatter)
        _ = template.columns
    }
    if let condition = try? TemplateCondition(text) { _ = try? condition.evaluate(row, formatter: formatter) }
}

// MARK: - Loop

final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var started = Date()
    private var label = ""
    func begin(_ label: String) { lock.withLock { started = Date(); self.label = label } }
    func check(limit: TimeInterval) -> String? {
        lock.withLock { Date().timeIntervalSince(started) > limit ? label : nil }
    }
}
let watchdog = Watchdog()
let crashFolder = options.crashes
Thread { [watchdog, crashFolder] in
    while true {
        sleep(1)
        if let label = watchdog.check(limit: 20) {
            FileHandle.standardError.write(Data("infografis-fuzz: \(label) input ran for more than 20 s; it is in \(crashFolder)/last-input.*\n".utf8))
            exit(3)
        }
    }
}.start()

let deadline = Date().addingTimeInterval(options.seconds)
var runs = (layout: 0, template: 0)
var slowest = (seconds: 0.0, kind: "")
print("infografis-fuzz: \(layoutSeeds.count) layout seeds, \(templateSeeds.count) template seeds, seed \(options.seed), \(Int(options.seconds)) s")
while Date() < deadline {
    let isLayout = random.below(3) != 0
    let seeds = isLayout ? layoutSeeds : templateSeeds
    let input = mutate(seeds[random.below(seeds.count)], seeds: seeds)
    let name = options.crashes + "/last-input." + (isLayout ? "yaml" : "template")
    _ = FileManager.default.createFile(atPath: name, contents: Data(input))
    watchdog.begin(isLayout ? "layout" : "template")
    let start = Date()
    if isLayout { runLayout(input); runs.layout += 1 } else { runTemplate(input); runs.template += 1 }
    let elapsed = Date().timeIntervalSince(start)
    if elapsed > slowest.seconds {
        slowest = (elapsed, isLayout ? "layout" : "template")
        if elapsed > 1 { try? Data(input).write(to: URL(fileURLWithPath: options.crashes + "/slow-\(Int(elapsed * 1000))ms." + (isLayout ? "yaml" : "template"))) }
    }
}
print("infografis-fuzz: no crash in \(runs.layout) layout and \(runs.template) template runs; slowest input \(String(format: "%.3f", slowest.seconds)) s (\(slowest.kind))")
