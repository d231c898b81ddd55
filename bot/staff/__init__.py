"""Staff tooling: check, test, eval and review the intent files."""
