"""Server settings: one typed object read from `OUTPOST_*` environment variables or the CLI."""

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from .schema_check import default_database_url  # there, so init-db finds it without pydantic


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OUTPOST_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    access_token_ttl_s: int = 3600
    refresh_token_ttl_s: int = 30 * 24 * 3600
    lockout_threshold: int = 5
    lockout_minutes: int = 15
    # Failed sign-ins from one address (any usernames) before it must wait `address_window_s`:
    # enough for an office behind one NAT on a bad morning, far too few to guess passwords.
    address_failure_limit: int = 30
    address_window_s: int = 300
    max_body_bytes: int = 8 * 1024 * 1024
    migrate_on_start: bool = True
