import Foundation
import InfografisFiles
import Testing

/// The batch example `make demo` renders: layouts/batch/provinsi.{yaml,csv}. The CSV's figures are
/// copied from a public source (its header comment cites it); these tests check that the copy is
/// whole and that the derived columns agree with the population column, so editing one number
/// without the others fails.
@Suite("Example batch data")
struct ExampleBatchDataTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("layouts/batch")

    static func rows() throws -> [DataRow] {
        var rows: [DataRow] = []
        try CSVTable(path: folder.appendingPathComponent("provinsi.csv").path).forEachRow { rows.append($0) }
        return rows
    }

    static func int(_ row: DataRow, _ column: String) throws -> Int {
        let value = row[column].flatMap { Int($0) }
        return try #require(value, "row \(row.number), \(column)")
    }

    static func number(_ row: DataRow, _ column: String) throws -> Double {
        let value = row[column].flatMap { Double($0) }
        return try #require(value, "row \(row.number), \(column)")
    }

    @Test func thirtyEightProvincesWithConsistentCounts() throws {
        let rows = try Self.rows()
        #expect(rows.count == 38)
        #expect(Set(rows.compactMap { $0["kode"] }).count == 38)
        #expect(Set(rows.compactMap { $0["provinsi"] }).count == 38)
        for row in rows {
            #expect(try Self.int(row, "laki_laki") + Self.int(row, "perempuan") == Self.int(row, "penduduk"),
                    "row \(row.number)")
        }
        // The national total the source states (Kepmendagri 300.2.2-2138/2025, row INDONESIA).
        #expect(try rows.map { try Self.int($0, "penduduk") }.reduce(0, +) == 284_973_643)
    }

    @Test func derivedColumnsFollowFromPopulation() throws {
        let rows = try Self.rows()
        let population = try rows.map { try Self.int($0, "penduduk") }
        let total = Double(population.reduce(0, +))
        let largest = Double(try #require(population.max()))
        let ranked = population.sorted(by: >)
        for (row, people) in zip(rows, population) {
            let share = try Self.number(row, "persen")
            let bar = try Self.number(row, "batang")
            #expect(abs(share - Double(people) / total) <= 0.00005, "row \(row.number)")
            #expect(abs(bar - Double(people) / largest * 100) <= 0.05, "row \(row.number)")
            #expect(try Self.int(row, "peringkat") == (ranked.firstIndex(of: people) ?? -1) + 1, "row \(row.number)")
        }
        let formed2022 = rows.filter { $0["baru"] == "ya" }.compactMap { $0["provinsi"] }
        #expect(Set(formed2022) == ["Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"])
    }

    /// Every province's card fits: no overflowing name or number, no contrast warning.
    @Test func everyCardRendersWithoutWarnings() async throws {
        let layout = try LayoutTemplate(path: Self.folder.appendingPathComponent("provinsi.yaml").path)
        let rows = try Self.rows()
        var results: [BatchResult] = []
        for try await result in Batch(layout: layout, rows: rows, options: BatchOptions(jobs: 2)) {
            results.append(result)
        }
        #expect(results.count == 38)
        for result in results {
            #expect(result.status == .ok, "row \(result.row): \(result.diagnostics.map(\.diagnostic.message))")
        }
    }
}
