"""Settings: database default, public URL, LAN address for QR codes (never localhost)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from facilitation.core.settings import Settings, lan_address


def test_default_database_is_a_sqlite_file_in_data_dir(tmp_path):
    settings = Settings(data_dir=tmp_path)
    assert settings.resolved_database_url == f"sqlite:///{tmp_path.resolve() / 'oogst.db'}"
    assert settings.is_sqlite


def test_postgres_url_is_used_as_given():
    url = "postgresql+psycopg://oogst@db:5432/oogst"
    assert Settings(database_url=url).resolved_database_url == url


def test_public_url_wins_and_loses_its_trailing_slash():
    assert (
        Settings(public_url="https://oogst.example.org/").base_url() == "https://oogst.example.org"
    )


def test_default_base_url_uses_the_lan_address_and_streamlit_port(monkeypatch):
    monkeypatch.setenv("STREAMLIT_SERVER_PORT", "8612")
    base = Settings().base_url()
    assert base == f"http://{lan_address()}:8612"
    assert "localhost" not in base and "127.0.0.1" not in base


def test_environment_variables_are_read(monkeypatch):
    monkeypatch.setenv("OOGST_LANGUAGE", "en")
    monkeypatch.setenv("OOGST_MAX_CONTRIBUTION_CHARS", "500")
    settings = Settings()
    assert (settings.language, settings.max_contribution_chars) == ("en", 500)


def test_unknown_language_is_refused(monkeypatch):
    monkeypatch.setenv("OOGST_LANGUAGE", "fr")
    with pytest.raises(ValidationError):
        Settings()


def test_phone_feed_refreshes_every_five_seconds_unless_configured(monkeypatch):
    assert Settings().phone_feed_seconds == 4.0
    monkeypatch.setenv("OOGST_PHONE_FEED_SECONDS", "6")
    assert Settings().phone_feed_seconds == 6.0


def test_trust_proxy_counts_proxies_and_still_reads_yes_and_no(monkeypatch):
    for given, hops in (("1", 1), ("2", 2), ("true", 1), ("false", 0), ("", 0)):
        monkeypatch.setenv("OOGST_TRUST_PROXY", given)
        assert Settings().trust_proxy == hops
    monkeypatch.setenv("OOGST_TRUSTED_PROXIES", " 10.0.0.2 , 10.0.0.3,")
    assert Settings().trusted_proxy_addresses == {"10.0.0.2", "10.0.0.3"}
