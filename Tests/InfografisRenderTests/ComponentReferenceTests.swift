import Testing
import Foundation
import Infografis
@testable import InfografisRender

// Reference images of the components, each in a different built-in theme, on small canvases.
// Record with INFOGRAFIS_RECORD=1 (the run then fails), look at each image, run again.

@Suite struct ComponentReferenceTests {
    /// Lays `body` out in `theme` on a `width` × `height` canvas with 20 px padding and compares.
    func expect(_ name: String, theme: Theme, width: Double = 400, height: Double = 300, locale: String = "id-ID",
                sourceLocation: Testing.SourceLocation = #_sourceLocation, @ElementBuilder _ body: () -> any Element) throws {
        let content = body()
        let infographic = Infographic(canvas: Canvas(width: width, height: height), theme: theme, locale: locale) {
            VStack(spacing: 16) { content }.padding(20)
        }
        let engine = Engine()
        let laidOut = engine.layout(try engine.prepare(infographic.document()))
        #expect(laidOut.warnings.isEmpty, "\(laidOut.warnings)", sourceLocation: sourceLocation)
        try ReferenceImage.expectMatch(laidOut.frame, named: "component-" + name, sourceLocation: sourceLocation)
    }

    static let portrait: String = {
        let url = temporaryURL("portrait.svg")
        try? """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">
            <rect width="100" height="100" fill="#9DB4D0"/><circle cx="50" cy="38" r="20" fill="#5A4636"/>
            <ellipse cx="50" cy="95" rx="36" ry="30" fill="#1F3A5F"/></svg>
            """.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }()

    @Test func stats() throws {
        try expect("stat", theme: .pemerintah) {
            HStack(alignment: .flexStart, spacing: 12) {
                Stat(value: .number(196_700_000, format: .compact, decimals: nil), label: "pengguna internet",
                     icon: .named("account-multiple"), change: 12.5)
                    .flexGrow(1).flexBasis(0)
                Stat(value: "3", label: "per hari", unit: "jam", change: -3, good: .down, alignment: .center)
                    .flexGrow(1).flexBasis(0)
            }
        }
    }

    @Test func quoteWithMarkAndPortrait() throws {
        try expect("quote", theme: .segar) {
            Quote("Kita punya fungsi pelayanan publik kepada masyarakat. Tentu harus bisa komunikatif dan menyajikan berbagai informasi di medsos.", author: "Widodo Muktiyo",
                  role: "Dirjen IKP Kominfo", portrait: Self.portrait, style: Theme.ComponentStyle(size: 22))
        }
    }

    @Test func titleBadgesAndIconsInDarkMode() throws {
        try expect("title", theme: .malam, height: 340) {
            Title("Cek Fakta Sebelum Berbagi", kicker: "LITERASI DIGITAL", subtitle: "Panduan singkat untuk warga",
                  style: Theme.ComponentStyle(size: 34))
            HStack(alignment: .center, spacing: 10) {
                Badge("FAKTA", icon: "check-circle", background: "positive")
                Badge("Penting", icon: nil, style: Theme.ComponentStyle(background: "accent", variant: "outline"))
                Icon("eye", size: 24, background: "primary")
                Icon("phone", size: 28)
            }
            Divider()
        }
    }

    @Test func bulletsAndSteps() throws {
        try expect("lists", theme: .hangat, height: 340) {
            BulletList(["Gunakan akun resmi", ListItem("Periksa sumber", icon: .named("magnify")), "Balas dengan sopan"],
                       style: Theme.ComponentStyle(size: 18))
            Steps([ListItem("Isi formulir", title: "Daftar"), ListItem("Unggah KTP", title: "Verifikasi"),
                   ListItem("Kartu dikirim", title: "Selesai")], direction: .horizontal, style: Theme.ComponentStyle(size: 18))
        }
    }

    @Test func timelines() throws {
        try expect("timeline", theme: .netral, height: 340) {
            Timeline([ListItem("Kampanye di 34 provinsi", title: "Sosialisasi", date: "Januari 2024"),
                      ListItem("", title: "Peluncuran", date: "Juni 2024")], style: Theme.ComponentStyle(size: 18))
            Timeline([ListItem("", title: "Rencana", date: "2022"), ListItem("", title: "Uji coba", date: "2023"),
                      ListItem("", title: "Peluncuran", date: "2024")], direction: .horizontal,
                     style: Theme.ComponentStyle(size: 18))
        }
    }

    @Test func hoaxAndFactCallouts() throws {
        try expect("callout", theme: .pemerintah, height: 220) {
            HStack(spacing: 12) {
                Callout(tone: .negative, text: "Vaksin mengandung chip pelacak.", style: Theme.ComponentStyle(size: 17))
                    .flexGrow(1).flexBasis(0)
                Callout(tone: .positive, text: "Vaksin tidak mengandung chip; isinya diuji BPOM.",
                        style: Theme.ComponentStyle(size: 17))
                    .flexGrow(1).flexBasis(0)
            }
        }
    }

    @Test func tableInHighContrast() throws {
        try expect("table", theme: .kontrasTinggi, height: 240) {
            Table(columns: ["Provinsi", "Penduduk", "Internet"],
                  rows: [["Jawa Barat", 49_935_858, "78,3%"], ["Jawa Timur", 41_144_067, "74,0%"],
                         ["Bali", 4_362_000, "81,2%"]],
                  widths: [1.4, 1.2, 1], style: Theme.ComponentStyle(size: 16))
        }
    }

    @Test func qrCodeLogosAndFooter() throws {
        try expect("qr-footer", theme: .netral, locale: "en-US") {
            HStack(alignment: .center, spacing: 20) {
                QRCodeView("https://infopublik.id", size: 120, caption: "Pindai untuk info")
                Logo(Self.portrait, fit: .cover, mask: .circle, size: 72)
                Logo(Self.portrait, fit: .cover, mask: .rounded, size: 72)
            }
            Spacer()
            Footer(source: "InfoPublik", date: .day(year: 2020, month: 10, day: 13), logos: [Self.portrait],
                   logoHeight: 32)
        }
    }
}
