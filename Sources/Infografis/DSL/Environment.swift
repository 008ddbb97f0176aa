/// Values inherited down the element tree, like SwiftUI's environment: the text style every
/// `Text` starts from, the locale, and any value registered with an `EnvironmentKey` (the
/// theme will be one).
public struct Environment: Sendable {
    /// The style a `Text` uses unless a modifier changes it. Default: `TextStyle()` (Inter 16 px, black).
    public var textStyle: TextStyle
    /// BCP 47 locale for formatting, e.g. `id-ID`. Default `id-ID`.
    public var locale: String
    /// Values stored under `EnvironmentKey` types.
    var values: [ObjectIdentifier: any Sendable]
}

/// A key for a custom environment value: declare a type with a default, then add a computed
/// property on `Environment` that reads and writes `self[MyKey.self]`.
public protocol EnvironmentKey {
    /// The type of the value.
    associatedtype Value: Sendable
    /// The value when no ancestor set one.
    static var defaultValue: Value { get }
}

extension Environment {
    /// The root environment: document-wide text defaults and locale.
    public init(textStyle: TextStyle = TextStyle(), locale: String = "id-ID") {
        self.init(textStyle: textStyle, locale: locale, values: [:])
    }

    /// The value stored under `key`, or its default.
    public subscript<Key: EnvironmentKey>(key: Key.Type) -> Key.Value {
        get { values[ObjectIdentifier(key)] as? Key.Value ?? Key.defaultValue }
        set { values[ObjectIdentifier(key)] = newValue }
    }
}
