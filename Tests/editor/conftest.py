"""Shared set-up of the editor tests: where the repository and the built `spark` binary are."""
import logging
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
SPARK = os.environ.get("SPARK_BIN", str(ROOT / ".build" / "debug" / "spark"))

# textmate-grammar-python logs every stretch of plain text it skips: names, spaces.
logging.getLogger("textmate_grammar").setLevel(logging.ERROR)
