internal import CInfografis

/// A C pointer to a GObject instance, whatever Swift imported it as.
protocol GObjectPointer {
    /// The instance as the `gpointer` GLib functions take.
    var gObject: UnsafeMutableRawPointer { get }
}

extension OpaquePointer: GObjectPointer {
    var gObject: UnsafeMutableRawPointer { UnsafeMutableRawPointer(self) }
}

extension UnsafeMutablePointer: GObjectPointer {
    var gObject: UnsafeMutableRawPointer { UnsafeMutableRawPointer(self) }
}

/// Owns one reference to a GObject (PangoContext, PangoLayout, PangoFontMap, ...):
/// released in `deinit`. The one reference box for every Pango type.
final class GObjectRef<Pointer: GObjectPointer> {
    /// The instance; valid as long as this box lives.
    let pointer: Pointer

    /// Takes over the reference a `*_new` function returned; nil when the C call returned NULL.
    init?(adopting pointer: Pointer?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    /// Adds a reference of its own to an instance someone else owns.
    init(retaining pointer: Pointer) {
        g_object_ref(pointer.gObject)
        self.pointer = pointer
    }

    deinit {
        g_object_unref(pointer.gObject)
    }
}
