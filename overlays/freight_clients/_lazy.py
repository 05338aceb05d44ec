"""Generated packages loaded on first use, so importing one client costs little until it calls.

`lazy("spotgo_client.models")` stands for the module: the first attribute read imports it, and
each attribute is then kept on the stand-in (later reads cost a dict lookup). Client modules bind
these names at run time and import the real ones under TYPE_CHECKING, so type checkers see the
generated modules themselves.

Layer: a leaf; it imports the standard library only (the generated packages on first use).
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """A module imported on the first attribute read."""

    def __init__(self, name: str) -> None:
        self.__dict__["_lazy_name"] = name

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(importlib.import_module(self.__dict__["_lazy_name"]), attribute)
        self.__dict__[attribute] = value
        return value

    def __repr__(self) -> str:
        return f"<lazy module {self.__dict__['_lazy_name']!r}>"


def lazy(name: str) -> Any:
    """A stand-in for module `name`, imported when first used."""
    return LazyModule(name)
