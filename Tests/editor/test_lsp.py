"""`spark lsp` end to end, driven by pytest-lsp as an editor would drive it."""
import pathlib
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from conftest import SPARK  # noqa: E402

URI = "file:///tmp/spark-editor-test/scenario.spark"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[SPARK, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities())
    )
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, text: str, version: int = 1):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="spark", version=version, text=text)
        )
    )


def change_document(client: LanguageClient, text: str, version: int):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def at(line: int, character: int) -> types.TextDocumentPositionParams:
    return dict(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line, character))


async def test_a_misspelled_statement_gets_one_diagnostic_and_the_fix_clears_it(client: LanguageClient):
    open_document(client, "creator @alice\nautorize video 42\n")
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    diagnostics = client.diagnostics[URI]
    assert len(diagnostics) == 1
    assert diagnostics[0].range.start == types.Position(line=1, character=0)
    assert diagnostics[0].range.end == types.Position(line=1, character=8)
    assert diagnostics[0].severity == types.DiagnosticSeverity.Error
    assert "did you mean `authorize`?" in diagnostics[0].message

    change_document(client, "creator @alice\nauthorize video 42\n", version=2)
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert len(client.diagnostics[URI]) == 0


async def test_completion_after_let_offers_authorize(client: LanguageClient):
    open_document(client, "creator @alice\nlet c = auth")
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    result = await client.text_document_completion_async(types.CompletionParams(**at(1, 12)))
    items = result.items if isinstance(result, types.CompletionList) else result
    assert [item.label for item in items] == ["authorize"]


async def test_hover_on_redeem_shows_its_help(client: LanguageClient):
    open_document(client, "let c = authorize video 42\nbrand acme\nredeem c as acme\n")
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    hover = await client.text_document_hover_async(types.HoverParams(**at(2, 3)))
    assert hover is not None
    assert "redeem CODE as BRAND" in hover.contents.value
    assert "the code binds to this brand" in hover.contents.value


async def test_definition_of_a_bound_name_is_its_let(client: LanguageClient):
    open_document(client, "post video 42 by @alice\nlet c = authorize video 42\nshow c\n")
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    location = await client.text_document_definition_async(types.DefinitionParams(**at(2, 5)))
    if isinstance(location, list):
        location = location[0]
    assert location.uri == URI
    assert location.range.start == types.Position(line=1, character=4)
    assert location.range.end == types.Position(line=1, character=5)


async def test_formatting_a_document(client: LanguageClient):
    open_document(client, 'let x=42\ncampaign "w" by acme {\nvideo 1\n}')
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert len(edits) == 1
    assert edits[0].new_text == 'let x = 42\ncampaign "w" by acme {\n  video 1\n}\n'


async def test_document_symbols(client: LanguageClient):
    open_document(client, 'creator @alice\nbrand acme\nlet c = authorize video 42\n')
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert [symbol.name for symbol in symbols] == ["@alice", "acme", "c"]
