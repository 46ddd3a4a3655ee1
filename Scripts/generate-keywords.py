#!/usr/bin/env python3
"""Writes the parser's keyword enum, keyword switch and statement dispatch from the language table.

The table (Sources/SparkSyntax/Language/*.swift) is self-contained Swift: this script compiles it
with Scripts/generate-keywords/main.swift and writes the files the program prints
(Sources/SparkSyntax/Keyword.swift, Keyword+Classify.swift, Parser+Dispatch.swift, and
Editors/spark-words.json, the word lists the editor grammars are generated from). Run it after
changing the table: `python3 Scripts/generate-keywords.py`. A test (GeneratedSourceTests) fails
when the files and the table disagree.
"""
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
TABLE = ROOT / "Sources" / "SparkSyntax" / "Language"
MAIN = ROOT / "Scripts" / "generate-keywords" / "main.swift"
MARK = "//// FILE "


def main() -> int:
    sources = sorted(str(path) for path in TABLE.glob("*.swift"))
    with tempfile.TemporaryDirectory() as scratch:
        program = pathlib.Path(scratch) / "generate-keywords"
        subprocess.run(
            ["swiftc", "-module-name", "GenerateKeywords", *sources, str(MAIN), "-o", str(program)],
            check=True,
        )
        output = subprocess.run([str(program)], check=True, capture_output=True, text=True).stdout
    written = 0
    for part in output.split(MARK)[1:]:
        path, _, text = part.partition("\n")
        target = (ROOT / path).resolve()
        if ROOT not in target.parents:
            print("refusing to write outside the repository:", path, file=sys.stderr)
            return 1
        target.write_text(text, encoding="utf-8")
        print("wrote", path)
        written += 1
    if written == 0:
        print("the generator printed no files", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
