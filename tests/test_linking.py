"""Quote signatures and the LSH are datasketch's MinHash (scheme "affine32") and MinHashLSH,
written out in numpy: the same values and the same candidates, without importing datasketch."""

from __future__ import annotations

import random
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.corpus import linking

datasketch = pytest.importorskip("datasketch")  # a dev dependency only: the check, not the run


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_a_signature_is_datasketchs_minhash(text: str) -> None:
    found = linking.features(text)
    theirs = datasketch.MinHash(num_perm=linking.NUM_PERM, seed=linking.SEED, scheme="affine32")
    theirs.update_batch(found)
    assert np.array_equal(linking.minhash(found), theirs.hashvalues)


def test_the_bands_are_the_ones_datasketch_chooses_for_the_threshold() -> None:
    lsh = datasketch.MinHashLSH(threshold=linking.CANDIDATES, num_perm=linking.NUM_PERM)
    assert (lsh.b, lsh.r) == (linking.BANDS, linking.ROWS)


def test_the_lsh_proposes_what_datasketch_proposes() -> None:
    """Quotes with a few words changed, and unrelated ones: each query's candidates are
    the records sharing a band with it, as datasketch's index returns them."""
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(60)]
    bases = [[rng.choice(vocab) for _ in range(12)] for _ in range(20)]
    texts = []
    for _ in range(300):
        words = list(rng.choice(bases))
        for _ in range(rng.randrange(4)):
            words[rng.randrange(len(words))] = rng.choice(vocab)
        texts.append(" ".join(words))
    lsh = datasketch.MinHashLSH(threshold=linking.CANDIDATES, num_perm=linking.NUM_PERM)
    tables: list[dict[bytes, list[int]]] = [{} for _ in range(linking.BANDS)]
    proposed = 0
    for n, text in enumerate(texts):
        found = linking.features(text)
        theirs = datasketch.MinHash(num_perm=linking.NUM_PERM, seed=linking.SEED, scheme="affine32")
        theirs.update_batch(found)
        signed = linking._Signed(len(found), 12, linking.minhash(found).astype(linking._SIZE))
        bands = signed.bands()
        mine = {k for band, table in zip(bands, tables) for k in table.get(band, ())}
        assert mine == set(lsh.query(theirs))
        proposed += len(mine)
        lsh.insert(n, theirs)
        for band, table in zip(bands, tables):
            table.setdefault(band, []).append(n)
    assert proposed > 300  # the check saw candidates, not only empty sets


def test_a_run_imports_neither_datasketch_nor_scipy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text('"We will deliver on every promise we made to the voters," said Jane Smith.\n', encoding="utf-8")
    code = ("import sys; from quotex.cli import main; sys.argv = ['quotex', 'extract', '--model', 'blank', "
            f"'-f', 'jsonl', {str(path)!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('datasketch', 'scipy')), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert '"quote_key"' in proc.stdout, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "[]", proc.stderr
