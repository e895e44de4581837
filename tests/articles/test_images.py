import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from articles.images import validate_image_upload
from tests.factories import image_file


def _png_header_only(width, height):
    """A PNG that claims huge dimensions in its header: a decompression bomb's shape."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_accepts_the_four_web_formats(fmt):
    validate_image_upload(image_file(name=f"x.{fmt.lower()}", fmt=fmt))


def test_refuses_svg():
    svg = SimpleUploadedFile(
        "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    with pytest.raises(ValidationError) as error:
        validate_image_upload(svg)
    assert error.value.code == "image_invalid"


def test_refuses_html_renamed_jpg():
    fake = SimpleUploadedFile("photo.jpg", b"<html><body>hi</body></html>", content_type="image/jpeg")
    with pytest.raises(ValidationError) as error:
        validate_image_upload(fake)
    assert error.value.code == "image_invalid"


def test_refuses_a_decompression_bomb(settings):
    bomb = SimpleUploadedFile("bomb.png", _png_header_only(60_000, 60_000))
    with pytest.raises(ValidationError) as error:
        validate_image_upload(bomb)
    assert error.value.code == "image_too_many_pixels"


def test_refuses_too_many_pixels_below_pillows_own_limit(settings):
    settings.IMAGE_MAX_PIXELS = 1000
    with pytest.raises(ValidationError) as error:
        validate_image_upload(image_file(size=(100, 100)))
    assert "100×100" in error.value.messages[0]


def test_refuses_too_many_bytes(settings):
    settings.IMAGE_MAX_BYTES = 100
    with pytest.raises(ValidationError) as error:
        validate_image_upload(image_file(size=(200, 200)))
    assert error.value.code == "image_too_large"


def test_refuses_other_formats_pillow_can_read():
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "BMP")
    with pytest.raises(ValidationError) as error:
        validate_image_upload(SimpleUploadedFile("x.bmp", buffer.getvalue()))
    assert error.value.code == "image_bad_format"
