"""The one table of the APIs this package supports: every list of them (the exports, the nox
sessions, the scripts, the sandboxes, the contract suite's parametrisation, Prism, the demo) reads it.

Layer: a leaf. It imports only the standard library, so the noxfile and the generator scripts load it
by path without installing the package. Adding an API adds a row here (see the README, "Adding an API").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ApiInfo:
    """One supported API: its names, its spec, its generated package and its client classes."""

    #: Short name: the CLI's, the fixtures' and the environment's (`spotgo`).
    name: str
    #: What errors, logs and reports call it (`SpotGo`); also a word of the spec's `info.title`.
    title: str
    #: The product's full name (`SpotGo Carrier Portal`).
    full_title: str
    #: The spec's file name under `specs/`.
    spec_file: str
    #: The blocking and the asyncio client class, in `freight_clients.<name>`.
    clients: tuple[str, str]
    #: Other public names of `freight_clients.<name>` re-exported at the top level.
    exports: tuple[str, ...] = ()

    @property
    def package(self) -> str:
        """The generated package (`spotgo_client`)."""
        return f"{self.name}_client"

    @property
    def module(self) -> str:
        """The hand-written client module (`freight_clients.spotgo`)."""
        return f"freight_clients.{self.name}"

    @property
    def env_prefix(self) -> str:
        """Prefix of the client's environment variables (`SPOTGO_` as in `SPOTGO_API_KEY`)."""
        return f"{self.name.upper()}_"


APIS: tuple[ApiInfo, ...] = (
    ApiInfo(
        "spotgo",
        "SpotGo",
        "SpotGo Carrier Portal",
        "spotgo-carrier-portal.yaml",
        ("SpotGo", "AsyncSpotGo"),
        ("SyncOutcome", "UpsertResult"),
    ),
    ApiInfo("smouv", "S'mouv", "SOGET S'mouv customer orders", "smouv-customer-orders.yaml", ("Smouv", "AsyncSmouv")),
    ApiInfo("transeu", "Trans.eu", "Trans.eu Orders", "transeu-orders.yaml", ("TransEu", "AsyncTransEu")),
    ApiInfo(
        "transeu_platform",
        "TransEuPlatform",
        "Trans.eu platform Orders",
        "transeu-platform-orders.yaml",
        ("TransEuPlatform", "AsyncTransEuPlatform"),
        ("FailedDependencyError",),
    ),
    ApiInfo("quivo", "Quivo", "Quivo orders", "quivo-orders.yaml", ("Quivo", "AsyncQuivo"), ("SubmitResult",)),
)

#: The short names, in the table's order.
NAMES: tuple[str, ...] = tuple(api.name for api in APIS)

_BY_NAME = {api.name: api for api in APIS}


def get(name: str) -> ApiInfo:
    """The row of `name`; a ValueError naming the known APIs otherwise."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown API {name!r}; expected one of {sorted(_BY_NAME)}") from None


def api_of_title(title: str) -> str | None:
    """The API whose title is a word of `title` (a spec's `info.title`), or None."""
    return next((api.name for api in APIS if api.title in title), None)
