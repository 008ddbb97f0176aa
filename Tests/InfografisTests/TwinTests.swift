import Foundation
import Infografis
import InfografisFiles
import Testing

/// The two front ends must build the same tree for the same card.
struct TwinTests {
    static let yamlPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("layouts/dsl-twin.yaml").path

    @Test func yamlAndSwiftTwinsExpandToEqualDocuments() throws {
        let fromFile = try LayoutFile.load(path: Self.yamlPath).document()
        let fromSwift = TwinCard.infographic.document()
        #expect(fromFile.canvasSize == Size(1080, 1080))
        #expect(fromFile.root.children.first?.children.count == 6)
        #expect(fromFile.canvasSize == fromSwift.canvasSize)
        #expect(fromFile.background == fromSwift.background)
        #expect(fromFile.locale == fromSwift.locale)
        #expect(fromFile.title == fromSwift.title)
        // Compare child by child first, so a difference is reported close to where it is.
        let fileCard = try #require(fromFile.root.children.first)
        let swiftCard = try #require(fromSwift.root.children.first)
        for (fileChild, swiftChild) in zip(fileCard.children, swiftCard.children) {
            #expect(fileChild == swiftChild)
        }
        #expect(fromFile == fromSwift)
    }

    @Test func twinsStillDifferWhenOneSideChanges() throws {
        // Guards the equality test itself: a one-property change must be detected.
        let fromFile = try LayoutFile.load(path: Self.yamlPath).document()
        var changed = TwinCard.infographic
        changed.textStyle.color = .black  // inherited by the stat labels and the quote
        #expect(fromFile != changed.document())
    }
}
