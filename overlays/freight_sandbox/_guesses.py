"""Sandbox refusals that rest on a guess say so: the marker on a message, and the ordering of a
body's validation errors (documented rules first, each inferred one marked with why)."""

from __future__ import annotations

from freight_clients.support import inferred_code, lookup, request_roots

__all__ = ["annotate", "inferred", "inferred_code"]


def inferred(message: str, why: str) -> str:
    """A sandbox refusal's message, saying the rule it rests on is our inference."""
    return f"{message} [inferred rule, not stated by the vendor: {why}]"


def annotate(api: str, operation_id: str, errors: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A sandbox's request-body validation errors (field, keyword, message), documented ones first,
    each one resting on a guess saying so in its message."""
    root = request_roots(api).get(operation_id)
    if root is None:
        return errors
    marked = []
    for field, keyword, message in errors:
        guess = lookup(api, root, "" if field == "body" else field, keyword)  # "body": the body itself
        marked.append((guess is not None, (field, keyword, inferred(message, guess.why) if guess else message)))
    return [error for _, error in sorted(marked, key=lambda m: m[0])]
