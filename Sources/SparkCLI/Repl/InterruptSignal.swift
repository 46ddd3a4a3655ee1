import CEditLine

/// Ctrl-C while the REPL waits for a line: a SIGINT handler that only raises a flag (in C, as a
/// `volatile sig_atomic_t`), and a libedit reader that returns on it.
///
/// Every use of the C side goes through this one file on purpose: the flag is `static` data in
/// `shim.h`, so each Swift file that called into it would get a copy of its own.
enum InterruptSignal {
    /// Installs the handler (without SA_RESTART). Returns the handler it replaced, for
    /// `uninstall`; nil if the system refused.
    static func install() -> sigaction? {
        var previous = sigaction()
        return spark_sigint_install(&previous) == 0 ? previous : nil
    }

    /// Puts back the handler that `install` replaced.
    static func uninstall(restoring previous: sigaction) {
        var previous = previous
        _ = spark_sigint_uninstall(&previous)
    }

    /// Whether a Ctrl-C arrived since the last call; lowers the flag.
    static func take() -> Bool { spark_sigint_take() != 0 }

    /// Makes `el_gets` return (NULL, errno EINTR) on the first Ctrl-C instead of the second.
    static func useInterruptibleReader(_ editLine: OpaquePointer) -> Bool {
        spark_el_use_interruptible_reader(editLine) == 0
    }
}
