#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The listening socket FlyingFox made, found by its port (FlyingFox does not hand it out).
enum ListeningSocket {
    /// Turns Nagle's algorithm off for the connections to come. FlyingFox writes a response's head
    /// and its body in two writes; with Nagle on, the body waits for the client's delayed ACK, some
    /// 40 ms, which caps a keep-alive client at 25 requests a second. Accepted sockets inherit
    /// TCP_NODELAY from the listening one.
    static func disableNagle(port: UInt16) {
        guard let descriptor = find(port: port) else { return }
        var on: Int32 = 1
        _ = setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
    }

    /// The descriptor of the listening TCP socket bound to `port`, if any.
    static func find(port: UInt16) -> Int32? {
        for descriptor in Int32(3)..<Int32(1024)
        where isListening(descriptor) && boundPort(descriptor) == port {
            return descriptor
        }
        return nil
    }

    private static func isListening(_ descriptor: Int32) -> Bool {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &value, &length) == 0 && value == 1
    }

    private static func boundPort(_ descriptor: Int32) -> UInt16? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let found = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard found == 0 else { return nil }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    UInt16(bigEndian: $0.pointee.sin_port)
                }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    UInt16(bigEndian: $0.pointee.sin6_port)
                }
            }
        default:
            return nil
        }
    }
}
