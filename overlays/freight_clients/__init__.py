"""Typed clients for four freight-order APIs: SpotGo Carrier Portal, SOGET S'mouv, Trans.eu, Quivo.

The raw clients generated from `specs/` are the packages `spotgo_client`, `smouv_client`,
`transeu_client` and `quivo_client`; this package holds what is written by hand on top of them.
"""

from ._specs import spec_path

__all__ = ["spec_path"]
