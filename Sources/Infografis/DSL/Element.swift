// The element model: what both front ends (the Swift DSL and the layout file loader) build.
// An element expands into primitive nodes; the environment carries inherited values down the tree.

/// Something that expands into primitive nodes (`InfografisCore.Node`) for a given environment.
///
/// Primitives (`Text`, `VStack`, `Image`, ...) implement `expand(in:)` directly. Elements built
/// from other elements conform to `Component` instead and only describe a `body`.
public protocol Element {
    /// The primitive nodes this element stands for: usually one, none for an empty element,
    /// several for a `Group`, a `for` loop or an `if` without `else`.
    func expand(in environment: Environment) -> [Node]
}

/// An element made of other elements, as in Plot and SwiftUI: `body` says what it is made of.
///
/// To read inherited values (text style, locale, a future theme) inside `body`, wrap it in an
/// `EnvironmentReader`.
public protocol Component: Element {
    /// The elements this component is made of.
    @ElementBuilder var body: any Element { get }
}

extension Component {
    /// Expands `body` in the same environment.
    public func expand(in environment: Environment) -> [Node] {
        body.expand(in: environment)
    }
}

// MARK: - Structural elements

/// Nothing: expands to no node.
public struct EmptyElement: Element {
    public init() {}

    public func expand(in environment: Environment) -> [Node] { [] }
}

/// Several elements side by side in their parent; modifiers on a group apply to each member.
public struct Group: Element {
    /// The members, in order.
    public var elements: [any Element]
}

extension Group {
    /// A group of the elements the builder produces.
    public init(@ElementBuilder _ content: () -> any Element) {
        self.init(elements: [content()])
    }

    /// A group of `elements`, in order.
    public init(_ elements: [any Element]) {
        self.init(elements: elements)
    }

    public func expand(in environment: Environment) -> [Node] {
        elements.flatMap { $0.expand(in: environment) }
    }
}

/// Builds its content from the environment it is expanded in (for components that need the
/// inherited text style, locale or theme).
public struct EnvironmentReader: Element {
    /// Makes the content from the environment.
    public var content: (Environment) -> any Element
}

extension EnvironmentReader {
    /// Reads the environment with `content`.
    public init(@ElementBuilder _ content: @escaping (Environment) -> any Element) {
        self.content = content
    }

    public func expand(in environment: Environment) -> [Node] {
        content(environment).expand(in: environment)
    }
}

// MARK: - Modifiers

/// An element whose expanded nodes are edited: the mechanism behind every layout and
/// decoration modifier (`.padding`, `.frame`, `.background`, ...).
///
/// Modifiers set properties on the element's own node, as CSS declarations do; they never wrap
/// it in a new box. When two modifiers set the same property, the outer (later) one wins.
public struct ModifiedElement: Element {
    /// The element being modified.
    public var content: any Element
    /// The edit applied to each node `content` expands to.
    public var edit: (inout Node) -> Void
}

extension ModifiedElement {
    public func expand(in environment: Environment) -> [Node] {
        content.expand(in: environment).map { node in
            var node = node
            edit(&node)
            return node
        }
    }
}

/// An element expanded in a changed environment: the mechanism behind the text modifiers
/// (`.font`, `.foregroundColor`, ...), which therefore apply to every descendant text.
///
/// As in SwiftUI, the innermost value wins: `VStack { Text("a").font(size: 20) }.font(size: 30)`
/// draws "a" at 20 px.
public struct EnvironmentModifier: Element {
    /// The element expanded in the changed environment.
    public var content: any Element
    /// The change.
    public var transform: (inout Environment) -> Void
}

extension EnvironmentModifier {
    public func expand(in environment: Environment) -> [Node] {
        var environment = environment
        transform(&environment)
        return content.expand(in: environment)
    }
}

extension Element {
    /// Edits every node this element expands to; the general form of the layout modifiers.
    public func modifyNode(_ edit: @escaping (inout Node) -> Void) -> ModifiedElement {
        ModifiedElement(content: self, edit: edit)
    }

    /// Edits the layout style (`InfografisCore.Style`) of this element's nodes.
    public func style(_ edit: @escaping (inout Style) -> Void) -> ModifiedElement {
        modifyNode { edit(&$0.style) }
    }

    /// Edits the decoration (background, border color, radius, shadows...) of this element's nodes.
    public func decoration(_ edit: @escaping (inout Decoration) -> Void) -> ModifiedElement {
        modifyNode { edit(&$0.decoration) }
    }

    /// Expands this element in an environment changed by `transform`.
    public func transformEnvironment(_ transform: @escaping (inout Environment) -> Void) -> EnvironmentModifier {
        EnvironmentModifier(content: self, transform: transform)
    }

    /// Sets one environment value for this element and its descendants.
    public func environment<Value>(_ keyPath: WritableKeyPath<Environment, Value>, _ value: Value) -> EnvironmentModifier {
        transformEnvironment { $0[keyPath: keyPath] = value }
    }

    /// Edits the inherited text style for this element and its descendants.
    public func textStyle(_ edit: @escaping (inout TextStyle) -> Void) -> EnvironmentModifier {
        transformEnvironment { edit(&$0.textStyle) }
    }
}
