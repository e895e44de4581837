"""Uploaded images: decoded with Pillow, limited in format, bytes and pixels, stored under names
nobody can guess.

Rules:

* Pillow only ever runs its JPEG, PNG, WebP and GIF decoders on uploaded bytes: in the
  validator, in the form field, when the file is stored, when its size is read and when
  renditions are made (``image_open`` is the only way in). Pillow reads some forty formats,
  and each reader is code an attacker's file could reach; the others never run.
* A stored image is named by a random token and the extension of the format it decoded as
  (a PNG called ``photo.jpg`` is stored as ``<token>.png``), so a draft's picture cannot be
  found by guessing its slug or the name it was uploaded under.
"""

import secrets
import warnings
from io import BytesIO

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.template.defaultfilters import filesizeformat
from easy_thumbnails.utils import exif_orientation as exif_upright
from PIL import Image, UnidentifiedImageError

# The decoders Pillow may run, in the order it tries them (the most common first).
DECODERS = ("JPEG", "PNG", "WEBP", "GIF")
# A JPEG carrying more pictures (as many cameras write them) is read by the JPEG decoder
# and reported as MPO; browsers show it as the JPEG it is.
EXTENSIONS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}

IMAGE_NOT_AN_IMAGE = "Upload a valid image: this file is not a JPEG, PNG, WebP or GIF that we can read."
IMAGE_BAD_FORMAT = "{format} images are not accepted. Upload a JPEG, PNG, WebP or GIF."
IMAGE_TOO_LARGE = "This file is {size}; the limit is {limit}."
IMAGE_TOO_MANY_PIXELS = "This image is {width}×{height} pixels; images may have at most {limit:,} pixels."
IMAGE_BOMB = "This image would decode to far more pixels than allowed ({limit:,} at most)."


def image_open(handle) -> Image.Image:
    """``PIL.Image.open`` with only the JPEG, PNG, WebP and GIF decoders.
    Raises ``PIL.UnidentifiedImageError`` for anything else."""
    return Image.open(handle, formats=DECODERS)


def _rewound(handle):
    handle = getattr(handle, "file", handle)
    if hasattr(handle, "seek"):
        handle.seek(0)
    return handle


def validate_image_upload(field_file) -> None:
    """Refuse anything that is not a JPEG, PNG, WebP or GIF within the byte and pixel limits.

    The file is decoded, not trusted by its name or declared type: an SVG, an HTML page
    renamed .jpg, a BMP and a decompression bomb are all refused before anything is stored.
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
                with image_open(handle) as image:
                    image_format = image.format
                    width, height = image.size
                    if width * height > settings.IMAGE_MAX_PIXELS:
                        raise ValidationError(
                            IMAGE_TOO_MANY_PIXELS.format(
                                width=width, height=height, limit=settings.IMAGE_MAX_PIXELS
                            ),
                            code="image_too_many_pixels",
                        )
                    if image_format not in EXTENSIONS:
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


def stored_image_name(content) -> str:
    """A fresh random name for ``content``, with the extension of the format it decodes as.
    Raises ``ValidationError`` when it is not an image we accept."""
    handle = _rewound(content)
    try:
        with image_open(handle) as image:
            extension = EXTENSIONS.get(image.format)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        extension = None
    finally:
        handle.seek(0)
    if extension is None:
        raise ValidationError(IMAGE_NOT_AN_IMAGE, code="image_invalid")
    return f"{secrets.token_hex(16)}.{extension}"


class WebImageFormField(forms.ImageField):
    """The upload field of a ``WebImageField``: the file goes through ``validate_image_upload``
    instead of Django's check, which lets Pillow try every format it knows."""

    # The name a file was uploaded under decides nothing (the stored one is made from its
    # content), so an image called "photo" or "photo.jpeg.png" is as good as any.
    default_validators = []

    def to_python(self, data):
        upload = forms.FileField.to_python(self, data)
        if upload is None:
            return None
        validate_image_upload(upload)
        return upload


class WebImageFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        """Store ``content`` under a random name with its decoded format's extension (the
        directory still comes from ``upload_to``); ``name`` is not used."""
        super().save(stored_image_name(content), content, save)

    save.alters_data = True

    def _get_image_dimensions(self):
        if not hasattr(self, "_dimensions_cache"):
            close = self.closed
            self.open()
            try:
                with image_open(_rewound(self)) as image:
                    self._dimensions_cache = image.size
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
                self._dimensions_cache = (None, None)
            finally:
                if close:
                    self.close()
        return self._dimensions_cache


class WebImageField(models.ImageField):
    """An ``ImageField`` for JPEG, PNG, WebP and GIF only, decoded by those four readers on
    every path, stored under random names (see the module's rules)."""

    attr_class = WebImageFieldFile

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": WebImageFormField, **kwargs})


def thumbnail_source_image(source, exif_orientation=True, **options):
    """easy-thumbnails' source generator (``THUMBNAIL_SOURCE_GENERATORS``): the stored image's
    first frame, opened with the four decoders, turned upright by its EXIF orientation."""
    if not source:
        return None
    image = image_open(BytesIO(source.read()))
    image.load()
    if exif_orientation:
        image = exif_upright(image)
    if getattr(image, "n_frames", 1) > 1:
        # Renditions are stills, and easy-thumbnails would resize every frame of an
        # animation to keep only the first: the pixel limit holds for one frame, not 500.
        image = image.copy()
    return image
