// Compiled with Sources/SparkSyntax/Language/*.swift by Scripts/generate-keywords.py: prints each
// generated file after a line `//// FILE path`.
for (path, text) in Language.generatedFiles {
    print("//// FILE \(path)")
    print(text, terminator: "")
}
