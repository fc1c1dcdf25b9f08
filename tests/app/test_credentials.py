"""Tokens go to the keyring; with no keyring the app keeps working and says why."""

from app.credentials import NO_KEYRING, CredentialStore
from tests.support.keyrings import NoKeyring, install


def test_tokens_round_trip_through_the_keyring(memory_keyring):
    store = CredentialStore()
    store.save("alice@http://srv", {"access_token": "a", "refresh_token": "r"})
    assert CredentialStore().load("alice@http://srv") == {"access_token": "a", "refresh_token": "r"}
    assert ("Outpost CRM", "alice@http://srv") in memory_keyring.items
    store.delete("alice@http://srv")
    assert CredentialStore().load("alice@http://srv") is None
    store.delete("alice@http://srv")  # deleting twice is fine
    assert store.warning is None


def test_without_a_keyring_the_session_lives_in_memory_only():
    install(NoKeyring())
    store = CredentialStore()
    store.save("bob@http://srv", {"access_token": "a"})
    assert store.load("bob@http://srv") == {"access_token": "a"}
    assert store.warning == NO_KEYRING
    assert CredentialStore().load("bob@http://srv") is None  # a new run must sign in again
    store.delete("bob@http://srv")
    assert store.load("bob@http://srv") is None


def test_a_garbled_keyring_entry_is_ignored(memory_keyring):
    memory_keyring.items[("Outpost CRM", "eve@http://srv")] = "{not json"
    assert CredentialStore().load("eve@http://srv") is None


def test_a_keyring_entry_that_is_not_an_object_of_strings_is_ignored(memory_keyring):
    memory_keyring.items[("Outpost CRM", "eve@http://srv")] = '["a", "b"]'
    assert CredentialStore().load("eve@http://srv") is None
    memory_keyring.items[("Outpost CRM", "eve@http://srv")] = '{"access_token": 7}'
    assert CredentialStore().load("eve@http://srv") is None
