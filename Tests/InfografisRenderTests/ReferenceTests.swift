import Testing
import InfografisCore
import InfografisLayout
@testable import InfografisRender

@Suite struct ReferenceTests {
    @Test func cardWithBorderAndShadows() throws {
        try ReferenceImage.expectMatch(TestFrames.card, named: "card")
    }

    @Test func cardAtScaleTwo() throws {
        try ReferenceImage.expectMatch(TestFrames.card, named: "card@2x", scale: 2)
    }

    @Test func linearGradients() throws {
        try ReferenceImage.expectMatch(TestFrames.gradients, named: "gradients")
    }

    @Test func pathIcons() throws {
        try ReferenceImage.expectMatch(TestFrames.icons, named: "icons")
    }

    @Test func clipAndOpacityGroup() throws {
        try ReferenceImage.expectMatch(TestFrames.clipAndOpacity, named: "clip-opacity")
    }

    @Test func imageFitModes() throws {
        try ReferenceImage.expectMatch(TestFrames.imageFits, named: "image-fits")
    }
}
