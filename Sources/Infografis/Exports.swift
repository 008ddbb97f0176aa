@_exported import InfografisCore
@_exported import InfografisLayout
@_exported import InfografisRender
