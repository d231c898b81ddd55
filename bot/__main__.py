"""`python -m bot`: the same as the `headache-bot` command.

Run from a checkout with a Python that lacks the project's packages (say the
system `python3`), it hands over to the checkout's own virtual environment,
`.venv`, made by the README's set-up, instead of failing on an import.
"""
import importlib.util
import os
import sys
from pathlib import Path

# What every command needs (serve's web packages are checked when it starts).
_REQUIRED = ("rapidfuzz", "numpy", "prompt_toolkit", "yaml", "snowballstemmer", "platformdirs", "tokenizers")
_HANDED_OVER = "HEADACHE_BOT_HANDED_OVER"

missing = [name for name in _REQUIRED if importlib.util.find_spec(name) is None]
if missing:
    project_python = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "python"
    if project_python.exists() and not os.environ.get(_HANDED_OVER):
        os.environ[_HANDED_OVER] = "1"
        os.execv(str(project_python), [str(project_python), "-m", "bot", *sys.argv[1:]])
    sys.exit(f"headache-bot: {', '.join(missing)} not installed for {sys.executable}.\n"
             "Set up the project as the README says (python3 -m venv .venv && .venv/bin/pip install -e .), "
             "then run .venv/bin/headache-bot.")

from .cli import main  # noqa: E402

sys.exit(main())
