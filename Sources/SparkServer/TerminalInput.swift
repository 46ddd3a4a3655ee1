import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-D stops a server running in the foreground of a terminal, as it leaves the REPL. Standard
/// input is read only when it is a terminal and this process is its foreground job; a server in
/// the background, or started by a program (standard input a pipe or /dev/null), never reads it.
enum TerminalInput {
    static func watchForEnd(_ onEnd: @escaping @Sendable () -> Void) {
        guard isatty(0) == 1, tcgetpgrp(0) == getpgrp() else { return }
        // Moved to the background later, a read gets EIO instead of stopping the whole server.
        signal(SIGTTIN, SIG_IGN)
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while true {
                let count = read(0, &byte, 1)
                if count == 0 {
                    onEnd()
                    return
                }
                if count < 0 && errno != EINTR { return }
            }
        }
    }
}
