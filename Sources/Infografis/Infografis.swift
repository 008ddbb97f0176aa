@_exported import InfografisCore
@_exported import InfografisLayout
import InfografisText
import InfografisRender
