"""List what each spec documents and what it guesses, from its `x-provenance` annotations.

    python scripts/provenance.py [--all] [API ...]

Counts operations, component schemas and properties. An element without an annotation inherits its
schema's, else the spec's own `info.x-provenance` (the seed); only elements annotated themselves are
listed (the properties of an inferred schema are listed with it). Annotations elsewhere (responses,
headers, security schemes, media types) are listed by their path. Prints a table per API, then every
`inferred` element with its reason and every `seed` element with an inferred aspect (`partly`);
`--all` also lists the `public-doc` ones. Last, per API, the inferred constraints of the request
schemas (and S'mouv's guessed rules), which clients never enforce, each with its reason, and how
many of them `contract_tests/integration/test_guesses_warn_and_send.py` breaks through a client
(the project must be installed); then every other enforcing keyword of the request schemas, counted
by the seed or public document that states it (`--trace` lists each one). It exits non-zero if an
annotation breaks the vocabulary or an enforcing keyword is neither stated nor marked (unmarked).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from freight_clients._guesses import KEYWORDS as CONSTRAINT_KEYWORDS  # `constraints` names these (or required.<p>)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from apis import by_name  # noqa: E402

KINDS = ("seed", "public-doc", "inferred")
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


Note = dict[str, Any]


def _properties(where: str, schema: Any, inherited: Note) -> Iterator[tuple[str, dict[str, Any], Note]]:
    """Every property of a schema, inline sub-schemas included, as (path, property, provenance)."""
    if not isinstance(schema, dict):
        return
    for name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict):
            own = prop.get("x-provenance") or {}
            note = own if "kind" in own else {**inherited, **own}  # `constraints` alone inherits the kind
            yield f"{where}.{name}", prop, note
            yield from _properties(f"{where}.{name}", prop, note)
            yield from _properties(f"{where}.{name}[]", prop.get("items"), note)


def elements(spec: dict[str, Any]) -> Iterator[tuple[str, str, Note, bool]]:
    """(element kind, path, provenance, whether the element carries it itself) of each operation,
    component schema and property.

    An element without its own annotation inherits its schema's, else the spec's (`info`).
    """
    default = spec["info"].get("x-provenance") or {"kind": "seed"}
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            if method in item:
                own = item[method].get("x-provenance")
                yield "operation", f"{method.upper()} {path}", own or default, bool(own)
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        note = schema.get("x-provenance") or default
        yield "schema", name, note, "x-provenance" in schema
        for where, prop, prop_note in _properties(name, schema, note):
            yield "property", where, prop_note, "kind" in (prop.get("x-provenance") or {})


def all_notes(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every x-provenance annotation anywhere in the document, with its JSON-pointer-like path."""
    if isinstance(node, dict):
        if isinstance(node.get("x-provenance"), dict):
            yield where or "/", node["x-provenance"]
        for key, value in node.items():
            yield from all_notes(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from all_notes(value, f"{where}/{i}")


def _is_operation(where: str) -> bool:
    parts = where.split("/")
    return len(parts) == 4 and parts[1] == "paths" and parts[3] in METHODS


def problems(spec: dict[str, Any]) -> list[str]:
    """Annotations that do not follow the vocabulary of specs/README.md."""
    found = []
    for where, note in all_notes(spec):
        kind = note.get("kind")
        for key in note.get("constraints") or {}:
            if key.split(".", 1)[0] not in CONSTRAINT_KEYWORDS:
                found.append(f"{where}: constraints names {key!r}, not a constraint keyword")
        if note.get("inferred") and note.get("constraints"):
            found.append(f"{where}: both an inferred aspect (which covers every keyword) and constraints")
        for key in note.get("states") or []:
            if key not in CONSTRAINT_KEYWORDS:
                found.append(f"{where}: states names {key!r}, not a constraint keyword")
        if note.get("states") and kind not in ("seed", "public-doc"):
            found.append(f"{where}: states on a {kind!r} element (only a seed or a public document states)")
        if kind is None and note.get("constraints"):
            continue  # only constraints: the element's kind is inherited
        if kind not in KINDS:
            found.append(f"{where}: kind {kind!r} is not one of {KINDS}")
        elif kind == "inferred" and not str(note.get("why", "")).strip():
            found.append(f"{where}: inferred without a 'why'")
        elif kind in ("seed", "public-doc") and not str(note.get("ref", "")).strip():
            found.append(f"{where}: {kind} without a 'ref'")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--all", action="store_true", help="also list public-doc elements")
    parser.add_argument("--trace", action="store_true", help="list every documented enforcing keyword with its source")
    parser.add_argument("apis", nargs="*", help="API short names (default: all)")
    args = parser.parse_args()
    status = 0
    rows = []
    for api in by_name(args.apis):
        spec = yaml.safe_load(api.spec.read_text())
        counts: Counter[tuple[str, str]] = Counter()
        listed = []
        for element, where, note, own in elements(spec):
            kind = note.get("kind", "seed")
            counts[element, kind] += 1
            if not own:
                continue  # listed with the schema it inherits from
            if kind == "inferred" or (args.all and kind == "public-doc"):
                listed.append(f"  {kind:10} {element:9} {where}: {note.get('why') or note.get('ref')}")
            elif note.get("inferred"):
                listed.append(f"  {'partly':10} {element:9} {where}: {note['inferred']}")
            elif note.get("constraints"):
                keys = ", ".join(note["constraints"])
                listed.append(f"  {'partly':10} {element:9} {where}: inferred constraints {keys}")
        others = [(w, n) for w, n in all_notes(spec) if "/schemas/" not in w and not _is_operation(w)]
        for where, note in others:
            if note.get("kind") == "inferred" or (args.all and note.get("kind") == "public-doc"):
                listed.append(f"  {note['kind']:10} {'other':9} {where}: {note.get('why') or note.get('ref')}")
        rows.append((api.name, counts))
        print(f"\n{api.title} ({api.spec_file})")
        print(f"  {'':10} {'seed':>6} {'public-doc':>11} {'inferred':>9}")
        for element in ("operation", "schema", "property"):
            cells = "".join(f"{counts[element, k]:>{w}}" for k, w in zip(KINDS, (7, 12, 10), strict=True))
            print(f"  {element:10}{cells}")
        inferred_others = sum(1 for _, n in others if n.get("kind") == "inferred")
        print(
            f"  other annotations (responses, headers, security, media types, examples): {len(others)}"
            f" ({inferred_others} inferred)"
        )
        if listed:
            print("  guesses:" if not args.all else "  guesses and public-doc elements:")
            print("\n".join(listed))
        bad = problems(spec)
        if bad:
            status = 1
            print("  annotation problems:", *bad, sep="\n    ")
    if _print_guesses([api.name for api in by_name(args.apis)], trace=args.trace):
        status = 1
    total: Counter[str] = Counter()
    for _, counts in rows:
        for (_, kind), n in counts.items():
            total[kind] += n
    print(
        f"\nall APIs: {total['seed']} documented by a seed, {total['public-doc']} from public docs, "
        f"{total['inferred']} inferred"
    )
    return status


def _print_guesses(apis: list[str], *, trace: bool = False) -> bool:
    """Per API, the inferred constraints clients do not enforce (each with its reason) and how many
    the guess test covers, then the documented ones by source; True if any keyword is unmarked."""
    sys.path.insert(0, str(ROOT))
    from contract_tests.support import guess_cases
    from freight_clients import _guesses

    print(
        "\ninferred constraints (clients warn, never refuse; "
        "contract_tests/integration/test_guesses_warn_and_send.py breaks each):"
    )
    unmarked = False
    for api in apis:
        guesses = guess_cases.inferred(api)
        wanted = {(g.root, g.field, g.keyword) for g in guesses}
        covered = {(c.guess.root, c.guess.field, c.guess.keyword) for c in guess_cases.cases(api)} & wanted
        print(f"  {api:8} inferred {len(wanted):3}  covered {len(covered):3}")
        for guess in guesses:
            mark = "" if guess.marked else "UNMARKED "
            print(f"    {mark}{guess.root} {guess.field or '(body)'} {guess.keyword}: {guess.why}")
            unmarked |= not guess.marked
        for root, field, keyword in sorted(wanted - covered):
            print(f"    not covered: {root} {field} {keyword}")
    print("\ndocumented constraints (clients refuse; each traced to the source its annotation names):")
    for api in apis:
        sources: Counter[str] = Counter()
        for root in dict.fromkeys(_guesses.request_roots(api).values()):
            for t in _guesses.traces(api, root):
                if t.source is None:
                    continue
                sources[t.source] += 1
                if trace:
                    print(f"    {api} {root} {t.field or '(body)'} {t.keyword}: {t.source}")
        print(f"  {api:8} documented {sum(sources.values()):3}")
        for source, count in sources.most_common():
            print(f"    {count:4}  {source}")
    return unmarked


if __name__ == "__main__":
    raise SystemExit(main())
