"""Request and response bodies of the HTTP API, shared by the server and the client."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from .enums import Role


class WireModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class LoginRequest(WireModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(min_length=1, max_length=200)
    device_id: str | None = Field(
        default=None, max_length=36, description="Reuse the device of an earlier login"
    )


class RefreshRequest(WireModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class UserInfo(BaseModel):
    id: str
    username: str
    display_name: str
    role: Role
    branch_id: str | None
    branch_name: str | None


class TokenPair(BaseModel):
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime
    token_type: str = "bearer"
    device_id: str
    user: UserInfo


class Health(BaseModel):
    status: str
    version: str
    protocol: int
    database: str


class ErrorBody(BaseModel):
    code: str
    message: str
