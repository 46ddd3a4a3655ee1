import CFuzzDriver

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// SwiftPM gives an executable its own `main`, so libFuzzer's is never linked: run its driver here
// with the command line as given (`-max_len=4096 -timeout=5 ... CORPUS`).
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, sparkFuzzTestOneInput))
