"""Print the `common_words` list of a language's language.toml, from wordfreq's frequency list.

Usage: python tools/common_words.py CODE   (e.g. `es`); paste the output into
publish/languages/CODE/language.toml.  Detection (publish.languages.detect) counts the share of
a text these words make up.
"""
from __future__ import annotations

import sys

import wordfreq

COUNT = 60


def main(code: str) -> None:
    words = wordfreq.top_n_list(code, COUNT)
    if not words:
        sys.exit(f"wordfreq has no word list for {code!r}")
    print("common_words = [")
    for start in range(0, len(words), 10):
        print("    " + ", ".join(f'"{word}"' for word in words[start:start + 10]) + ",")
    print("]")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
