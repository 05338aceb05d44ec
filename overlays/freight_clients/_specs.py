"""Where the OpenAPI specs are: inside the installed wheel, or in the source checkout."""

from __future__ import annotations

from pathlib import Path

_FILES = {
    "spotgo": "spotgo-carrier-portal.yaml",
    "smouv": "smouv-customer-orders.yaml",
    "transeu": "transeu-orders.yaml",
    "quivo": "quivo-orders.yaml",
}


def spec_path(api: str) -> Path:
    """Path of an API's OpenAPI document (`api` is spotgo, smouv, transeu or quivo)."""
    try:
        name = _FILES[api]
    except KeyError:
        raise ValueError(f"unknown API {api!r}; expected one of {sorted(_FILES)}") from None
    here = Path(__file__).resolve().parent
    for folder in (here / "_specs", here.parent.parent / "specs"):  # wheel, then source checkout
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{name} is neither in the installed package nor in a source checkout")
