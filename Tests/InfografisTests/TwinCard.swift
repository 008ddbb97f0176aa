import Infografis

/// The Swift twin of `layouts/dsl-twin.yaml`: a 1080 × 1080 card with a title, a row of three
/// stat tiles, a quote with an accent bar and a footer. `TwinTests` asserts both give the same Document.
enum TwinCard {
    static let stats: [(value: String, label: String)] = [
        ("196,7 jt", "pengguna internet"),
        ("73,7%", "penduduk terhubung internet"),
        ("160 jt", "pengguna aktif medsos"),
    ]

    static var infographic: Infographic {
        Infographic(canvas: .instagramSquare,
                    background: .linearGradient(angle: 135, colors: ["#0B3C5D", "#1B998B"]),
                    locale: "id-ID", title: "ASN Harus Terampil Kelola Medsos",
                    textStyle: TextStyle(family: "Inter", size: 24, color: "#1F2D3A")) {
            VStack {
                VStack(spacing: 32) {
                    Text("LITERASI DIGITAL")
                        .font(size: 22, weight: .semibold).foregroundColor("#137A6F").letterSpacing(2)
                    Text("ASN Harus Terampil Kelola Medsos")
                        .font(size: 60, weight: .bold).foregroundColor("#0B3C5D")
                        .lineHeight(1.1).lineLimit(2).autoFit(min: 40, max: 60)
                    HStack(spacing: 24) {
                        for stat in stats {
                            StatTile(value: stat.value, label: stat.label)
                        }
                    }
                    .id("stats")
                    QuoteBlock(text: "“Kita punya fungsi pelayanan publik kepada masyarakat. Tentu harus bisa komunikatif dan menyajikan berbagai informasi di medsos.”",
                               author: "Widodo Muktiyo, Dirjen IKP Kominfo")
                    Spacer()
                    HStack(alignment: .center, justify: .spaceBetween) {
                        Text("Sumber: InfoPublik; APJII 2020; We Are Social 2020").font(size: 18).foregroundColor("#5B6B7A")
                        Path(data: "M12 2L2 7l10 5 10-5-10-5z",
                             viewBox: Rect(origin: .zero, size: Size(24, 24)), fill: "#1B998B")
                            .frame(width: 32, height: 32)
                    }
                }
                .id("card")
                .flexGrow(1)
                .padding(vertical: 48, horizontal: 56)
                .background("#FFFFFF")
                .cornerRadius(32)
                .shadow(color: "#00000033", radius: 40, y: 12)
            }
            .padding(64)
        }
    }
}

/// A value over its label on a tinted tile; tiles share the row equally.
struct StatTile: Component {
    var value: String
    var label: String

    var body: any Element {
        VStack(spacing: 8) {
            Text(value).font(size: 44, weight: .bold).foregroundColor("#0B3C5D")
            Text(label).font(size: 20)
        }
        .flexGrow(1)
        .flexBasis(0)
        .padding(24)
        .cornerRadius(20)
        .background("#EEF6F5")
    }
}

/// A quote beside an accent bar, with its author below.
struct QuoteBlock: Component {
    var text: String
    var author: String

    var body: any Element {
        HStack(spacing: 20) {
            Box().frame(width: 8).cornerRadius(4).background("#1B998B")
            VStack(spacing: 8) {
                Text(text).font(size: 30).italic().lineHeight(1.35)
                Text(author).font(size: 20, weight: .medium).foregroundColor("#5B6B7A")
            }
            .flexGrow(1)
        }
    }
}
