"""Reading one wire file into a ``WireItem``.

The format is told by the file's name: ``.json`` is IPTC NINJS, ``.xml`` NewsML-G2,
``.txt`` plain text, ``.html``/``.htm`` HTML. Anything else, an empty file, a file larger
than ``WIRE_IMPORT_MAX_BYTES``, text that is not UTF-8, and content that is not what its
name says are refused with ``WireRefused`` before any of it is stored.
"""

from pathlib import PurePath

from django.conf import settings

from articles.wire.formats import newsml, ninjs, text
from articles.wire.item import WireItem, WireRefused

UNKNOWN_FORMAT = (
    "“{suffix}” files are not a wire format the newsroom reads; "
    "send .json (NINJS), .xml (NewsML-G2), .txt or .html"
)
NO_SUFFIX = "the file name has no extension; name it .json (NINJS), .xml (NewsML-G2), .txt or .html"
EMPTY = "the file is empty"
TOO_LARGE = "the file is {size:,} bytes; wire files may be at most {limit:,} bytes"
NOT_UTF8 = "the file is not UTF-8 text (byte {position:,} cannot be read)"
BINARY = "the file is not text (it holds NUL bytes)"
TOO_DEEP = "its content is nested too deeply to read"

READERS = {
    ".json": ninjs.read,
    ".xml": newsml.read,
    ".txt": text.read_text,
    ".html": text.read_html,
    ".htm": text.read_html,
}


def max_bytes() -> int:
    return settings.WIRE_IMPORT_MAX_BYTES


def check_size(filename: str, size: int) -> None:
    """Refuse a file by its size alone, before it is read."""
    if size > max_bytes():
        raise WireRefused(filename, TOO_LARGE.format(size=size, limit=max_bytes()))
    if size == 0:
        raise WireRefused(filename, EMPTY)


def decode(filename: str, data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped), or a refusal."""
    if b"\x00" in data:
        raise WireRefused(filename, BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WireRefused(filename, NOT_UTF8.format(position=exc.start)) from None


def read(filename: str, data: bytes) -> WireItem:
    """The item in ``data``, a file named ``filename`` (only its last part is used), checked
    whole (``WireItem.check``); ``WireRefused`` otherwise."""
    filename = PurePath(filename.replace("\\", "/")).name or "(unnamed file)"
    suffix = PurePath(filename).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise WireRefused(filename, UNKNOWN_FORMAT.format(suffix=suffix) if suffix else NO_SUFFIX)
    check_size(filename, len(data))
    try:
        if reader is newsml.read:
            # The XML parser reads the encoding the file declares.
            return reader(filename, data).check()
        return reader(filename, decode(filename, data)).check()
    except RecursionError:
        raise WireRefused(filename, TOO_DEEP) from None
