// spark-bench: figures for `make bench`. Each benchmark lives in its own file.
//
//   spark-bench model [SCALE]       builds a large World and times its operations
//   spark-bench parse FILE          parses a script and reports statements per second
//   spark-bench completion [NAMES]  times Tab completion over a world with many names
//   spark-bench lsp [LINES]         times a one-character change to its diagnostics in `spark lsp`
//   spark-bench hostile [N] [SPARK] issue 12's once-quadratic inputs at N and 4N
//   spark-bench append [N]          `repeat N as i { append i to xs }` at N and 10N: linear

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "model": ModelBenchmark.run(Array(arguments.dropFirst()))
case "parse": ParseBenchmark.run(Array(arguments.dropFirst()))
case "completion": CompletionBenchmark.run(Array(arguments.dropFirst()))
case "lsp": LSPBenchmark.run(Array(arguments.dropFirst()))
case "hostile": HostileBenchmark.run(Array(arguments.dropFirst()))
case "append": AppendBenchmark.run(Array(arguments.dropFirst()))
default:
    print(
        "usage: spark-bench model [SCALE] | parse FILE | completion [NAMES] | lsp [LINES] | hostile [N] [SPARK]"
            + " | append [N]"
    )
}
