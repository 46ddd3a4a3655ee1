#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// `read(2)` and `write(2)` under names of their own: inside types that have `read` or `write`
// methods, the bare C names would resolve to those methods.

func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Writes all of `bytes` to `descriptor`, again after a signal. A failed write (a full disk,
/// `> /dev/full`) is recorded in `OutputFailure`, so the run exits 74 however it ends, and the
/// rest of the text is dropped.
@discardableResult
func writeFully(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, base + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 {
            OutputFailure.record(descriptor: descriptor, code: written < 0 ? errno : EIO)
            return false
        }
        offset += written
    }
    return true
}

/// `writeFully` for text.
@discardableResult
func writeFully(_ descriptor: Int32, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { writeFully(descriptor, UnsafeRawBufferPointer($0)) }
}
