"""Server settings: one typed object read from `OUTPOST_*` environment variables or the CLI."""

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from sync.protocol.enums import Role

from .schema_check import default_database_url  # there, so init-db finds it without pydantic


class DirectoryGrant(BaseModel):
    """What membership of one directory group gives: a role and, if named, a branch."""

    role: Role
    branch: str | None = None


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
    # Directory sign-in (issue 26, item 6; docs/DEPLOYMENT.md, "Directory sign-in"): off
    # unless a URL is set. The defaults fit Active Directory; OpenLDAP needs the filters.
    directory_url: str | None = None  # ldap://dc1.example.com or ldaps://...
    directory_bind_dn: str = ""  # a service account that may search people and groups
    directory_bind_password: str = ""
    directory_user_base: str = ""
    directory_user_filter: str = "(sAMAccountName={username})"
    directory_username_attribute: str = "sAMAccountName"
    directory_name_attribute: str = "displayName"
    # An entry that matches is disabled (AD: userAccountControl's ACCOUNTDISABLE bit).
    directory_disabled_filter: str = "(userAccountControl:1.2.840.113556.1.4.803:=2)"
    directory_group_base: str = ""  # empty: only the person's memberOf is read
    # Group DN -> grant, as JSON: {"cn=sales-sh,ou=groups,dc=example,dc=com":
    # {"role": "rep", "branch": "上海"}}. A person in no mapped group cannot sign in.
    directory_groups: dict[str, DirectoryGrant] = Field(default_factory=dict)
    # `outpost-server directory-sync`: offboard people the directory disabled (customers spread
    # over their branch's reps), not only close their accounts.
    directory_offboard: bool = False
    directory_timeout_s: int = 5  # whole seconds: ldap3 sets the socket's timeout with them
