import CEditLine
import SparkInteractive

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The REPL's line editor, over libedit: emacs keys, Ctrl-R reverse search through `History`,
/// Tab completion through `completion`, and Ctrl-C that abandons the line instead of the program.
///
/// libedit calls back into C function pointers that carry only the `EditLine *`; the editor
/// finds itself again through libedit's client data (an unretained pointer to `self`, valid
/// because `self` owns the `EditLine` and ends it in `deinit`). Nothing global is mutated.
final class LineEditor: LineReading {
    var completion: ((_ lineBeforeCursor: String) -> [String])?

    private let editLine: OpaquePointer
    /// Kept alive as long as libedit browses it.
    private let history: History?
    /// The prompt as a C string that stays valid until the next `readLine`: libedit asks for it
    /// on every redraw.
    private var prompt: UnsafeMutablePointer<CChar>?
    /// The SIGINT handler ours replaced, put back when the editor goes; nil if ours failed.
    private let previousInterruptHandler: sigaction?

    /// The byte that brackets prompt text taking no columns (libedit's EL_PROMPT_ESC).
    private static let invisibleMarker = "\u{1}"

    /// Wraps text that takes no room on screen, such as a colour escape, for use in a prompt.
    static func invisible(_ text: String) -> String { invisibleMarker + text + invisibleMarker }

    /// Why libedit cannot be used (its library missing), or nil when it can. It is loaded here, on
    /// first use: a script run never needs it.
    static var unavailability: String? {
        spark_editline_load() == 0 ? nil : String(cString: spark_editline_error())
    }

    /// Nil when libedit cannot start (not loadable, no terminal description, for example).
    init?(programName: String = "spark", history: History? = nil) {
        LineEditor.useUTF8Locale()
        guard spark_editline_load() == 0, let editLine = spark_el_init(programName) else { return nil }
        self.editLine = editLine
        self.history = history
        previousInterruptHandler = InterruptSignal.install()

        spark_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = spark_el_set_prompt_esc(editLine, { LineEditor.promptText($0) }, 1)
        _ = spark_el_set_editor(editLine, "emacs")
        // libedit's own signal handling would re-raise SIGINT at us; ours only raises a flag.
        _ = spark_el_set_signal(editLine, 0)
        if let history { _ = spark_el_set_history(editLine, history.handle) }
        // The user's ~/.editrc first, so it may change keys; ours below stay bound.
        _ = spark_el_source(editLine)
        _ = InterruptSignal.useInterruptibleReader(editLine)
        _ = spark_el_add_function(
            editLine, "spark-complete", "Complete the word under the cursor",
            { editLine, _ in LineEditor.completeCommand(editLine) })
        _ = spark_el_bind(editLine, "^I", "spark-complete")
        _ = spark_el_bind(editLine, "^R", "em-inc-search-prev")
    }

    deinit {
        spark_el_end(editLine)
        if let previousInterruptHandler { InterruptSignal.uninstall(restoring: previousInterruptHandler) }
        free(prompt)
    }

    func readLine(prompt text: String) -> LineResult {
        free(prompt)
        prompt = strdup(text)
        // A Ctrl-C that came while a statement ran is spent: it must not abandon the next line.
        _ = InterruptSignal.take()
        var count: Int32 = 0
        let raw = spark_el_gets(editLine, &count)
        let interrupted = InterruptSignal.take()
        if let raw, count > 0 {
            var line = String(cString: raw)
            if line.hasSuffix("\n") { line.removeLast() }
            return .line(line)
        }
        // After an interrupted read libedit still holds the abandoned text, until the next read.
        return interrupted ? .interrupted(discarded: lineText(toCursor: false)) : .endOfInput
    }

    /// libedit keys multibyte input by character only when LC_CTYPE is a UTF-8 locale; a bare
    /// `C`/`POSIX` environment gets C.UTF-8 so that `é` is one character, not two.
    private static func useUTF8Locale() {
        setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    private func lineText(toCursor: Bool) -> String {
        guard let info = spark_el_line(editLine)?.pointee, let start = info.buffer else { return "" }
        guard let end = toCursor ? info.cursor : info.lastchar, end >= start else { return "" }
        let bytes = UnsafeRawBufferPointer(start: start, count: end - start)
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: libedit callbacks

    private static func editor(of editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = spark_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    private static func promptText(_ editLine: OpaquePointer?) -> UnsafePointer<CChar>? {
        if let prompt = editor(of: editLine)?.prompt { return UnsafePointer(prompt) }
        return UnsafeRawPointer(StaticString("").utf8Start).assumingMemoryBound(to: CChar.self)
    }

    private static func completeCommand(_ editLine: OpaquePointer?) -> UInt8 {
        guard let editor = editor(of: editLine) else { return UInt8(CC_ERROR) }
        return editor.completeAtCursor()
    }

    /// Tab: one candidate is inserted with a space after it; several insert what they share and
    /// are listed under the line, which libedit then draws again; none beeps.
    private func completeAtCursor() -> UInt8 {
        guard let completion else { return UInt8(CC_REFRESH_BEEP) }
        let before = lineText(toCursor: true)
        let candidates = completion(before)
        if candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
        let edit = CompletionEdit(lineBeforeCursor: before, candidates: candidates)
        if !edit.insertion.isEmpty && spark_el_insertstr(editLine, edit.insertion) != 0 {
            return UInt8(CC_REFRESH_BEEP)
        }
        if edit.alternatives.isEmpty { return UInt8(CC_REFRESH) }
        let listing = CandidateColumns.render(edit.alternatives, width: Int(spark_terminal_columns(1)))
        spark_el_write(editLine, "\n" + listing)
        return UInt8(CC_REDISPLAY)
    }
}
