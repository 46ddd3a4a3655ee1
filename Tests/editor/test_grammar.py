"""The TextMate grammar over every ```spark example of Grammar.md, with textmate-grammar-python;
and both grammars in step with the language's word lists."""
import json
import pathlib
import re
import subprocess
import sys

import pytest
from textmate_grammar.parsers.base import LanguageParser

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from conftest import ROOT  # noqa: E402

GRAMMAR = json.loads((ROOT / "Editors" / "spark.tmLanguage.json").read_text())
PARSER = LanguageParser(GRAMMAR)
EXAMPLES = re.findall(r"```spark\n(.*?)```", (ROOT / "Grammar.md").read_text(), re.S)


def tokens(text):
    """(text, innermost scope) for every token the grammar gives a scope."""
    # The library's parser stumbles on a last line without its line break.
    element = PARSER.parse_string(text if text.endswith("\n") else text + "\n")
    return [(content, scopes[-1]) for (_, content, scopes) in element.flatten() if len(scopes) > 1]


def scope_of(found, text):
    scopes = {scope for content, scope in found if content == text}
    assert scopes, f"{text!r} got no scope"
    assert len(scopes) == 1, f"{text!r} got several scopes: {scopes}"
    return scopes.pop()


def test_grammar_md_has_examples():
    assert len(EXAMPLES) >= 8


# The statement words of the language table, as Scripts/generate-keywords.py writes them.
STATEMENT_WORDS = set(json.loads((ROOT / "Editors" / "spark-words.json").read_text())["statements"])


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.split("\n")[0][:40])
def test_every_example_tokenizes_with_each_kind_in_its_scope(example):
    found = set(tokens(example))
    for line in example.splitlines():
        first = line.split(" ")[0]
        if first in STATEMENT_WORDS:
            assert (first, "keyword.control.statement.spark") in found, line
    for handle in re.findall(r"@[a-z]+", example):
        assert (handle, "variable.other.handle.spark") in found
    for money in re.findall(r"\$[0-9,]+(?:\.[0-9]+)?", example):
        assert (money, "constant.numeric.money.spark") in found
    for duration in re.findall(r"\b[0-9]+[mhdw]\b", example):
        assert (duration, "constant.numeric.duration.spark") in found
    for string in re.findall(r'"[^"\n]*"', example):
        assert (string, "string.quoted.double.spark") in found


def test_every_kind_of_token_gets_its_scope():
    found = tokens("\n".join(EXAMPLES))
    expected = {
        "authorize": "keyword.control.statement.spark",
        "campaign": "keyword.control.statement.spark",
        "expect": "keyword.control.statement.spark",
        "video": "keyword.other.spark",
        "for": "keyword.other.spark",
        "daily": "keyword.other.spark",
        "active": "constant.language.state.spark",
        "ads-enabled": "constant.language.state.spark",
        "likes": "variable.other.property.spark",
        '"Winter haul"': "string.quoted.double.spark",
        "@alice": "variable.other.handle.spark",
        "#s63DdePaj9HjSv2BPcSrDfTxU2X506b2oiwchQ9PIspTLgroZKtjN7PPiFnF+qA=": "constant.other.code.spark",
        "$50": "constant.numeric.money.spark",
        "$1,000": "constant.numeric.money.spark",
        "60d": "constant.numeric.duration.spark",
        "2026-12-01": "constant.numeric.date.spark",
        "2027-01-15T09:30Z": "constant.numeric.date.spark",
        "42": "constant.numeric.integer.spark",
        "==": "keyword.operator.comparison.spark",
    }
    for text, scope in expected.items():
        # A statement word is also a plain keyword where it does not begin a statement
        # (`show campaign "w"`): every word must at least have its own scope somewhere.
        assert scope in {sc for content, sc in found if content == text}, text


def test_a_statement_word_is_a_statement_only_where_a_statement_begins():
    found = tokens('authorize video 42 for 60d\nfor c in codes { show c }\nlet c = authorize video 42\n')
    assert ("for", "keyword.other.spark") in found
    assert ("for", "keyword.control.statement.spark") in found
    assert ("show", "keyword.control.statement.spark") in found
    assert ("authorize", "keyword.control.statement.spark") in found
    assert ("authorize", "keyword.other.spark") not in found


def test_comments_and_escapes():
    found = tokens('// a comment "with quotes"\npost video 1 by @a "say \\"hi\\"" // after\n')
    assert ("// a comment \"with quotes\"", "comment.line.double-slash.spark") in found
    assert ("// after", "comment.line.double-slash.spark") in found
    assert ('\\"', "constant.character.escape.spark") in found


def test_a_hash_is_a_code_not_a_comment():
    found = tokens("redeem #s63Dde...qA= as acme")
    assert ("#s63Dde...qA=", "constant.other.code.spark") in found


def test_keywords_inside_names_are_not_highlighted():
    found = tokens("let videos2 = 1\nlet my-video = 2\n")
    assert not any(content in ("video", "videos") for content, _ in found)


def test_the_grammars_are_in_step_with_the_language():
    result = subprocess.run(
        [sys.executable, str(ROOT / "Scripts" / "generate-grammars.py"), "--check"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr


def test_every_keyword_of_the_lexer_is_in_the_textmate_grammar():
    # The table's words, as written; a Swift test keeps the lexer's Keyword enum equal to them.
    keywords = set(json.loads((ROOT / "Editors" / "spark-words.json").read_text())["keywords"])
    # The grammar's patterns with their regex escapes undone (`in\\-feed` is `in-feed`).
    patterns = re.sub(r"\\(.)", r"\1", json.dumps(GRAMMAR["repository"]["word"]).replace("\\\\", "\\"))
    alternatives = set(re.split(r"[|(:)?!<\[\]]+", patterns))
    missing = [k for k in keywords if k not in alternatives]
    assert not missing
