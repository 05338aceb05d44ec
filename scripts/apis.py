"""The four APIs: short name, spec file, generator config and generated package, in one table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
GENERATOR = ROOT / "generator"


@dataclass(frozen=True)
class Api:
    """One supported API and where its artefacts live."""

    name: str
    title: str
    spec_file: str

    @property
    def spec(self) -> Path:
        return SPECS / self.spec_file

    @property
    def config(self) -> Path:
        return GENERATOR / f"{self.name}.yaml"

    @property
    def package(self) -> str:
        return f"{self.name}_client"


APIS: tuple[Api, ...] = (
    Api("spotgo", "SpotGo Carrier Portal", "spotgo-carrier-portal.yaml"),
    Api("smouv", "SOGET S'mouv customer orders", "smouv-customer-orders.yaml"),
    Api("transeu", "Trans.eu Orders", "transeu-orders.yaml"),
    Api("quivo", "Quivo orders", "quivo-orders.yaml"),
)


def by_name(names: list[str] | None) -> list[Api]:
    """The APIs named (all when none are), failing on an unknown name."""
    if not names:
        return list(APIS)
    known = {api.name: api for api in APIS}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown API {unknown}; known: {sorted(known)}")
    return [known[n] for n in names]
