"""SQLite's file format read by hand, for salvaging rows out of a file SQLite refuses.

Only what salvage needs (https://www.sqlite.org/fileformat2.html): the pages of the main file
as the newest committed frames of the write-ahead log have them, the free pages the header
names, and the cells of table-leaf pages decoded into records. Every offset and length is
checked before use, since the bytes may be anything; a page or cell that makes no sense is
skipped, never trusted.

An encrypted replica (SQLCipher 4 with a raw key, `sync.protocol.db.make_engine(key=...)`)
is read through its key: every page is AES-256-CBC over all but its last 80 bytes (the
page's IV, then its HMAC), page 1 after the file's 16-byte salt, which stands where the
header's magic string would; the log's frames hold such pages too. The HMAC is not checked:
a damaged page decrypts to garbage that the checks below pass over. Decrypting needs the
`cryptography` package (keyring's SecretStorage brings it on Linux); without it an encrypted
file's pages are not read.
"""

import logging
import struct
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

log = logging.getLogger(__name__)

MAGIC = b"SQLite format 3\x00"
CIPHER_PAGE_SIZE = 4096  # SQLCipher 4's default, which the replica keeps
CIPHER_RESERVE = 80  # per page: a 16-byte IV and a 64-byte HMAC-SHA512
_SALT = 16
_WAL_ORDER = {0x377F0682: "<", 0x377F0683: ">"}  # the byte order of the log's checksums
_TABLE_LEAF = 0x0D
_MAX_RECORD = 64 << 20  # larger payloads are garbage sizes, not outbox rows
DEFAULT_PAGE_SIZE = 4096


class _Bad(Exception):
    """The bytes under a cell or record make no sense."""


@dataclass
class Pages:
    """Page `n` of a database as SQLite would read it: the newest committed log frame of it,
    else the main file's copy."""

    db: BinaryIO | None
    wal: BinaryIO | None
    page_size: int
    usable: int  # page size less the bytes reserved at the end of each page
    frames: dict[int, int]  # page number -> offset of its newest committed frame's data
    count: int
    decrypt: Callable[[int, bytes], bytes] | None = None  # (page number, raw page) -> page

    @classmethod
    @contextmanager
    def open(cls, path: Path, key: bytes | None = None) -> Iterator["Pages"]:
        """The pages of the database at `path`; `key` reads an encrypted one (a file that
        starts with SQLite's magic string is plaintext, and read as such)."""
        with ExitStack() as stack:
            db = stack.enter_context(path.open("rb")) if path.is_file() else None
            wal_path = Path(f"{path}-wal")
            wal = stack.enter_context(wal_path.open("rb")) if wal_path.is_file() else None
            head = db.read(100) if db is not None else b""
            decrypt = None
            if key is not None and head[:16] != MAGIC:
                decrypt = decryptor(key)
                if decrypt is not None and db is not None:
                    db.seek(0)
                    head = decrypt(1, db.read(CIPHER_PAGE_SIZE))[:100]
            header_ok = head[:16] == MAGIC and _page_size(head[16:18]) is not None
            wal_size, frames, wal_pages = _frames(wal) if wal is not None else (None, {}, 0)
            size = (_page_size(head[16:18]) if header_ok else wal_size) or DEFAULT_PAGE_SIZE
            if decrypt is not None and not header_ok:
                size = wal_size or CIPHER_PAGE_SIZE
            reserved = head[20] if header_ok else CIPHER_RESERVE if decrypt is not None else 0
            file_pages = path.stat().st_size // size if db is not None else 0
            count = wal_pages or file_pages
            yield cls(db, wal, size, size - reserved, frames, count, decrypt)

    def read(self, number: int) -> bytes:
        offset = self.frames.get(number)
        if offset is not None and self.wal is not None:
            self.wal.seek(offset)
            page = self.wal.read(self.page_size)
        elif self.db is None:
            return b""
        else:
            self.db.seek((number - 1) * self.page_size)
            page = self.db.read(self.page_size)
        if self.decrypt is not None and len(page) == self.page_size:
            return self.decrypt(number, page)
        return page

    def free(self) -> set[int]:
        """The pages on the free list, if page 1 still names it (free pages keep the cells
        of deleted rows, which must not come back)."""
        first = self.read(1)
        if first[:16] != MAGIC:
            return set()
        free: set[int] = set()
        trunk = _u32(first, 32)
        while 0 < trunk <= self.count and trunk not in free:
            free.add(trunk)
            page = self.read(trunk)
            leaves = _u32(page, 4)
            if leaves > self.usable // 4 - 2:
                break
            free.update(n for i in range(leaves) if 0 < (n := _u32(page, 8 + 4 * i)) <= self.count)
            trunk = _u32(page, 0)
        return free


def plaintext(path: Path) -> bool:
    """Whether the file at `path` starts as an unencrypted SQLite database does."""
    try:
        with path.open("rb") as file:
            return file.read(16) == MAGIC
    except OSError:
        return False


def key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key to open the database at `path` with: none for a plaintext file (one made
    before the replica was encrypted, not yet converted), `key` otherwise."""
    return None if key is None or plaintext(path) else key


def decryptor(key: bytes) -> Callable[[int, bytes], bytes] | None:
    """A function decrypting one SQLCipher 4 page with the raw `key` (the module docstring
    says how), or None without the `cryptography` package."""
    try:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    except ImportError:
        log.warning("cryptography is not installed: pages of an encrypted file are not read")
        return None
    algorithm = algorithms.AES(key)

    def decrypt(number: int, page: bytes) -> bytes:
        end = len(page) - CIPHER_RESERVE
        start = _SALT if number == 1 else 0
        if end <= start or (end - start) % 16:
            return page
        iv = page[end : end + 16]
        work = Cipher(algorithm, modes.CBC(iv)).decryptor()
        plain = work.update(page[start:end]) + work.finalize()
        return (MAGIC if number == 1 else b"") + plain + page[end:]

    return decrypt


def records(
    pages: Pages, wanted: Callable[[list[int]], bool] = lambda _types: True
) -> Iterator[tuple[int, list[Any]]]:
    """(rowid, values) of every cell of every table-leaf page that is in use whose record's
    serial types are `wanted`. A page's cells are all rows of one table, so a page whose
    first readable cell is not wanted is passed over (a scan of 400 MB: 17 s -> 1.7 s)."""
    free = pages.free()
    for number in range(1, pages.count + 1):
        if number in free:
            continue
        page = pages.read(number)
        start = 100 if number == 1 else 0
        if len(page) < start + 8 or page[start] != _TABLE_LEAF:
            continue
        cells = _u16(page, start + 3)
        for i in range(cells):
            pointer = start + 8 + 2 * i
            if pointer + 2 > len(page):
                break
            try:
                found = _cell(pages, page, _u16(page, pointer), wanted)
            except _Bad:
                continue
            if found is None:
                break  # the cells of a leaf page belong to one table: not a wanted one
            try:
                yield found[0], decode(found[1])
            except _Bad:
                continue


def _cell(
    pages: Pages, page: bytes, at: int, wanted: Callable[[list[int]], bool] = lambda _t: True
) -> tuple[int, bytes] | None:
    size, at = _varint(page, at)
    rowid, at = _varint(page, at)
    if size > _MAX_RECORD:
        raise _Bad
    usable = pages.usable
    most = usable - 35
    local = size
    if size > most:  # the rest lies on overflow pages (fileformat2 section 1.6)
        least = (usable - 12) * 32 // 255 - 23
        local = least + (size - least) % (usable - 4)
        local = local if local <= most else least
    if at + local > len(page):
        raise _Bad
    payload = bytearray(page[at : at + local])
    if not wanted(_types(payload)):
        return None
    if local < size:
        overflow, seen = _u32(page, at + local), set()
        while len(payload) < size:
            if not 0 < overflow <= pages.count or overflow in seen:
                raise _Bad
            seen.add(overflow)
            more = pages.read(overflow)
            payload += more[4:usable]
            overflow = _u32(more, 0)
        del payload[size:]
    return rowid - (1 << 64) if rowid >= 1 << 63 else rowid, bytes(payload)


def _types(payload: bytes | bytearray) -> list[int]:
    """The serial types of a record's header (fileformat2 section 2.1); _Bad if none."""
    header_size, at = _varint(payload, 0)
    if not 0 < header_size <= len(payload):
        raise _Bad
    types = []
    while at < header_size:
        kind, at = _varint(payload, at)
        types.append(kind)
    if at != header_size:
        raise _Bad
    return types


def decode(payload: bytes) -> list[Any]:
    """The values of a record; _Bad if it is not one."""
    types = _types(payload)
    at = _varint(payload, 0)[0]
    values: list[Any] = []
    for kind in types:
        value, at = _value(payload, at, kind)
        values.append(value)
    if at != len(payload):
        raise _Bad
    return values


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}  # serial type -> bytes of a big-endian int
_CONSTANTS = {0: None, 8: 0, 9: 1}  # serial types that store their value in the type


def _value(payload: bytes, at: int, kind: int) -> tuple[Any, int]:
    if kind in _CONSTANTS:
        return _CONSTANTS[kind], at
    if kind in _INT_SIZES:
        end = at + _INT_SIZES[kind]
        return int.from_bytes(_slice(payload, at, end), "big", signed=True), end
    if kind == 7:
        return struct.unpack(">d", _slice(payload, at, at + 8))[0], at + 8
    if kind < 12:
        raise _Bad
    end = at + (kind - 12) // 2
    raw = _slice(payload, at, end)
    if kind % 2 == 0:
        return raw, end
    try:
        return raw.decode(), end
    except UnicodeDecodeError as exc:
        raise _Bad from exc


def _frames(wal: BinaryIO) -> tuple[int | None, dict[int, int], int]:
    """The log's page size, where the newest committed frame of each page lies, and the
    database's size in pages after the last commit. Frames are read as SQLite does: while
    their salt and running checksum hold, and only up to the last commit frame."""
    head = wal.read(32)
    if len(head) < 32:
        return None, {}, 0
    magic, _version, size, _checkpoint, salt1, salt2, sum1, sum2 = struct.unpack(">8I", head)
    order = _WAL_ORDER.get(magic)
    if order is None or not _valid_size(size):
        return None, {}, 0
    sums = _checksum(head[:24], (0, 0), order)
    if sums != (sum1, sum2):
        return None, {}, 0
    committed: dict[int, int] = {}
    pending: dict[int, int] = {}
    pages = 0
    offset = 32
    while True:
        frame = wal.read(24)
        data = wal.read(size)
        if len(frame) < 24 or len(data) < size:
            break
        number, commit, frame_salt1, frame_salt2, check1, check2 = struct.unpack(">6I", frame)
        if (frame_salt1, frame_salt2) != (salt1, salt2):
            break
        sums = _checksum(data, _checksum(frame[:8], sums, order), order)
        if sums != (check1, check2):
            break
        pending[number] = offset + 24
        if commit:
            committed.update(pending)
            pending.clear()
            pages = commit
        offset += 24 + size
    return size, committed, pages


def _checksum(data: bytes, sums: tuple[int, int], order: str) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    s0, s1 = sums
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def _page_size(raw: bytes) -> int | None:
    """The page size of a header's two bytes (1 means 65536), if it is a valid one."""
    size = int.from_bytes(raw, "big")
    size = 65536 if size == 1 else size
    return size if _valid_size(size) else None


def _valid_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _varint(data: bytes | bytearray, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        if at + i >= len(data):
            raise _Bad
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    raise _Bad  # not reached


def _slice(data: bytes, start: int, end: int) -> bytes:
    if end > len(data):
        raise _Bad
    return data[start:end]


def _u16(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 2], "big") if at + 2 <= len(data) else 0


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "big") if at + 4 <= len(data) else 0
