"""One typed settings object, read from OOGST_* environment variables."""

from __future__ import annotations

import os
import socket
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_PORT = 8501


class Settings(BaseSettings):
    """Installation settings; every field is an OOGST_<NAME> environment variable."""

    model_config = SettingsConfigDict(env_prefix="OOGST_", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Where the SQLite file lives.")
    database_url: str = Field(default="", description="SQLAlchemy URL; empty = SQLite in data_dir.")
    public_url: str = Field(default="", description="Base of every join URL and QR code.")
    facilitator_passphrase: SecretStr | None = None
    facilitator_emails: str = Field(
        default="", description="OIDC e-mails allowed in, comma-separated."
    )
    # How many reverse proxies stand in front (0 = none): the client address is that many
    # entries from the right of X-Forwarded-For, and only for requests from trusted_proxies.
    trust_proxy: int = Field(default=0, ge=0, le=10, description="Proxies in front (hops).")
    trusted_proxies: str = Field(
        default="127.0.0.1,::1", description="Addresses of those proxies, comma-separated; * = any."
    )
    language: str = Field(default="nl", description="Default UI and report language.")
    max_contribution_chars: int = Field(default=2000, ge=10, le=100_000)
    submits_per_minute: int = Field(default=20, ge=1)
    # One client address (a venue's NAT: a whole room) in any 60 s; docs/security.md measures
    # what 200 phones behind one address need (400 in their busiest minute).
    sends_per_address_per_minute: int = Field(default=600, ge=1)
    proposals_per_address_per_minute: int = Field(default=60, ge=1)
    backup_interval_minutes: int = Field(default=10, ge=0)
    backups_kept: int = Field(default=24, ge=1)
    retention_days: int = Field(default=0, ge=0, description="0 = keep events forever.")
    wall_tick_seconds: float = Field(default=1.0, ge=0.25, le=30)
    # Every phone at a table polls /api/feed on this timer (its live state: can it send now, and
    # its table's feed when shown): a JSON read served from the shared wall cache (~0.3 ms), not
    # a Streamlit rerun (docs/benchmarks.md). Under 5 s, so a phone learns within 5 s that its
    # table, round or meeting closed or opened.
    phone_feed_seconds: float = Field(default=4.0, ge=1, le=300)
    # A scan's segment (a table) or the whole room with fewer respondents shows "te weinig
    # antwoorden" instead of figures, so nobody's answers can be recognised.
    scan_min_answers: int = Field(default=3, ge=1, le=100)

    @field_validator("trust_proxy", mode="before")
    @classmethod
    def _hops(cls, value: object) -> object:
        """Accept the older yes/no form: true = one proxy, false = none."""
        words = {"true": 1, "yes": 1, "on": 1, "false": 0, "no": 0, "off": 0, "": 0}
        return words.get(value.strip().lower(), value) if isinstance(value, str) else value

    @property
    def trusted_proxy_addresses(self) -> frozenset[str]:
        """Return the proxy addresses whose X-Forwarded-For is believed."""
        return frozenset(a.strip() for a in self.trusted_proxies.split(",") if a.strip())

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in ("nl", "en"):
            raise ValueError("OOGST_LANGUAGE must be 'nl' or 'en'")
        return value

    @property
    def resolved_database_url(self) -> str:
        """Return the database URL, defaulting to the embedded SQLite file."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'oogst.db').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.resolved_database_url.startswith("sqlite")

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def base_url(self) -> str:
        """Return the base URL phones use: OOGST_PUBLIC_URL, else this laptop's LAN address."""
        if self.public_url:
            return self.public_url.rstrip("/")
        port = os.environ.get("STREAMLIT_SERVER_PORT", str(DEFAULT_PORT))
        return f"http://{lan_address()}:{port}"


def lan_address() -> str:
    """Return this machine's address on the local network (never loopback when one exists)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        # A UDP "connect" sends nothing; it only asks the kernel which interface would route out.
        probe.connect(("10.254.254.254", 1))
        address = str(probe.getsockname()[0])
    except OSError:
        address = ""
    finally:
        probe.close()
    if address and not address.startswith("127."):
        return address
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            candidate = str(info[4][0])
            if not candidate.startswith("127."):
                return candidate
    except OSError:
        pass
    return socket.gethostname()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings (read once from the environment)."""
    return Settings()
