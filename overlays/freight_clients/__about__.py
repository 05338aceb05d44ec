"""The package's version, read by hatchling at build time ([tool.hatch.version]) and re-exported as
`freight_clients.__version__`: the one place it is written."""

__version__ = "0.1.0"
