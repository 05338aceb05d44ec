"""Test tooling for the clients' users and for this project's contract suite, behind the
`[testing]` extra: Hypothesis strategies for what the vendors check beyond JSON Schema
(`freight_testing.strategies`) and Schemathesis hooks that use them
(`SCHEMATHESIS_HOOKS=freight_testing.schemathesis_hooks st run ...`).

Layer: imports `freight_clients`' public API, Hypothesis and Schemathesis; nothing imports it but tests.
"""
