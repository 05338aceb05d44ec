"""Plain http to a host other than loopback (a sandbox in docker-compose or a CI service container):
refused unless FREIGHT_ALLOW_INSECURE_HTTP names the host, and then it warns at the user's line."""

from __future__ import annotations

import warnings

import pytest

from freight_clients import ConfigurationError, SpotGo
from freight_clients._config import INSECURE_HTTP_VARIABLE, InsecureHttpWarning, check_secret_url


def test_plain_http_to_another_host_is_refused_and_the_error_names_the_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(INSECURE_HTTP_VARIABLE, raising=False)
    with pytest.raises(ConfigurationError, match=f"{INSECURE_HTTP_VARIABLE}=spotgo-sandbox"):
        SpotGo(api_key="k", base_url="http://spotgo-sandbox:8000")


def test_the_opt_in_allows_the_named_host_and_warns_at_the_callers_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(INSECURE_HTTP_VARIABLE, "smouv-sandbox, SpotGo-Sandbox")
    with pytest.warns(InsecureHttpWarning, match="plain http:// to spotgo-sandbox") as caught:
        client = SpotGo(api_key="k", base_url="http://spotgo-sandbox:8000")
    assert client.base_url == "http://spotgo-sandbox:8000"
    assert caught[0].filename == __file__  # the user's line, not the library's
    client.close()


def test_the_opt_in_names_hosts_so_any_other_stays_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(INSECURE_HTTP_VARIABLE, "spotgo-sandbox")
    with pytest.raises(ConfigurationError, match=r"refusing plain http:// to api\.spotgo\.example"):
        check_secret_url("http://api.spotgo.example", "base URL", "SpotGo")
    with pytest.raises(ConfigurationError):  # a name that merely contains the allowed one
        check_secret_url("http://spotgo-sandbox.evil.example", "base URL", "SpotGo")


def test_a_star_allows_every_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(INSECURE_HTTP_VARIABLE, "*")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert check_secret_url("http://10.0.0.7:8080/", "token URL", "S'mouv") == "http://10.0.0.7:8080"
    assert [w.category for w in caught] == [InsecureHttpWarning]


def test_loopback_needs_no_opt_in_and_does_not_warn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(INSECURE_HTTP_VARIABLE, raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert check_secret_url("http://127.0.0.1:8000", "base URL", "SpotGo") == "http://127.0.0.1:8000"
