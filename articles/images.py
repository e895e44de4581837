"""Checks on uploaded images: decoded with Pillow, limited in format, bytes and pixels."""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}

IMAGE_NOT_AN_IMAGE = "This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF."
IMAGE_BAD_FORMAT = "{format} images are not accepted. Upload a JPEG, PNG, WebP or GIF."
IMAGE_TOO_LARGE = "This file is {size}; the limit is {limit}."
IMAGE_TOO_MANY_PIXELS = "This image is {width}×{height} pixels; images may have at most {limit:,} pixels."
IMAGE_BOMB = "This image would decode to far more pixels than allowed ({limit:,} at most)."


def validate_image_upload(field_file) -> None:
    """Refuse anything that is not a JPEG, PNG, WebP or GIF within the byte and pixel limits.

    The file is decoded, not trusted by its name or declared type: an SVG, an HTML page
    renamed .jpg and a decompression bomb are all refused before anything is stored.
    """
    size = getattr(field_file, "size", None)
    if size is not None and size > settings.IMAGE_MAX_BYTES:
        raise ValidationError(
            IMAGE_TOO_LARGE.format(size=filesizeformat(size), limit=filesizeformat(settings.IMAGE_MAX_BYTES)),
            code="image_too_large",
        )
    handle = getattr(field_file, "file", field_file)
    position = handle.tell() if hasattr(handle, "tell") else None
    try:
        handle.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            try:
                with Image.open(handle) as image:
                    image_format = image.format
                    width, height = image.size
                    if width * height > settings.IMAGE_MAX_PIXELS:
                        raise ValidationError(
                            IMAGE_TOO_MANY_PIXELS.format(
                                width=width, height=height, limit=settings.IMAGE_MAX_PIXELS
                            ),
                            code="image_too_many_pixels",
                        )
                    if image_format not in ALLOWED_FORMATS:
                        raise ValidationError(
                            IMAGE_BAD_FORMAT.format(format=image_format or "These"),
                            code="image_bad_format",
                        )
                    image.verify()
            except (Image.DecompressionBombError, Image.DecompressionBombWarning):
                raise ValidationError(
                    IMAGE_BOMB.format(limit=settings.IMAGE_MAX_PIXELS), code="image_too_many_pixels"
                ) from None
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
                raise ValidationError(IMAGE_NOT_AN_IMAGE, code="image_invalid") from None
    finally:
        if position is not None:
            handle.seek(position)
