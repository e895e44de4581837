import io
import re
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import modelform_factory
from PIL import Image

from articles.images import DECODERS, IMAGE_NOT_AN_IMAGE, thumbnail_source_image, validate_image_upload
from articles.models import Article
from articles.renditions import lead_image_rendition, lead_image_renditions_generate
from tests.factories import ArticleFactory, image_file

STORED_NAME = re.compile(r"^lead/[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\.(jpg|png|webp|gif)$")
# Formats Pillow can both write (so the test can make one) and read.
OTHER_FORMATS = ["BMP", "TIFF", "ICO", "PCX", "PPM", "TGA", "SGI", "DDS", "QOI"]


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


def _encoded(fmt, size=(10, 10), **options):
    buffer = io.BytesIO()
    Image.new("RGB", size, (10, 120, 200)).save(buffer, fmt, **options)
    return buffer.getvalue()


@pytest.fixture
def decoders_run(monkeypatch):
    """The formats whose Pillow reader looked at any bytes (its signature check or its
    decoder) while the test ran."""
    Image.init()
    seen = set()

    def watched(fmt, function):
        if function is None:
            return None

        def call(*args, **kwargs):
            seen.add(fmt)
            return function(*args, **kwargs)

        return call

    for fmt, (factory, accept) in list(Image.OPEN.items()):
        monkeypatch.setitem(Image.OPEN, fmt, (watched(fmt, factory), watched(fmt, accept)))
    return seen


@pytest.mark.parametrize("fmt", OTHER_FORMATS)
def test_other_formats_pillow_can_read_are_refused_without_running_their_readers(fmt, decoders_run):
    upload = SimpleUploadedFile("photo.jpg", _encoded(fmt), content_type="image/jpeg")

    with pytest.raises(ValidationError) as error:
        validate_image_upload(upload)

    assert error.value.code == "image_invalid"
    assert decoders_run <= set(DECODERS)


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["BMP", "TIFF"])
def test_the_story_forms_image_field_runs_only_the_four_readers(fmt, decoders_run):
    form_class = modelform_factory(Article, fields=["lead_image"])
    form = form_class(data={}, files={"lead_image": SimpleUploadedFile("photo.jpg", _encoded(fmt))})

    assert not form.is_valid()
    assert form.errors["lead_image"] == [IMAGE_NOT_AN_IMAGE]
    assert decoders_run <= set(DECODERS)


@pytest.mark.django_db
def test_the_story_forms_image_field_takes_an_image_by_its_content_not_its_name(decoders_run):
    form_class = modelform_factory(Article, fields=["lead_image", "lead_image_alt"])
    upload = image_file(name="photo", fmt="PNG")
    form = form_class(data={"lead_image_alt": "A pier"}, files={"lead_image": upload})

    form.is_valid()

    assert "lead_image" not in form.errors
    assert decoders_run <= set(DECODERS)


@pytest.mark.django_db
def test_a_png_called_jpg_is_stored_as_png_under_a_name_nobody_can_guess():
    first = ArticleFactory(slug="council-vote", lead_image=image_file(name="council-vote.jpg", fmt="PNG"))
    second = ArticleFactory(slug="council-vote-2", lead_image=image_file(name="council-vote.jpg", fmt="PNG"))

    assert STORED_NAME.match(first.lead_image.name)
    assert first.lead_image.name.endswith(".png")
    assert "council" not in first.lead_image.name
    assert first.lead_image.name != second.lead_image.name


@pytest.mark.django_db
def test_a_file_saved_from_code_is_named_by_its_decoded_format_too():
    article = ArticleFactory()

    article.lead_image.save("drawing.jpg", ContentFile(_encoded("WEBP")), save=False)

    assert STORED_NAME.match(article.lead_image.name)
    assert article.lead_image.name.endswith(".webp")


@pytest.mark.django_db
def test_a_multi_picture_jpeg_from_a_camera_is_accepted_and_stored_as_jpg():
    second = Image.new("RGB", (10, 10))
    mpo = _encoded("MPO", save_all=True, append_images=[second])
    upload = SimpleUploadedFile("IMG_0001.JPG", mpo)
    validate_image_upload(upload)

    article = ArticleFactory(lead_image=upload)

    assert article.lead_image.name.endswith(".jpg")


@pytest.mark.django_db
def test_nothing_that_is_not_an_accepted_image_is_ever_stored():
    article = ArticleFactory()

    with pytest.raises(ValidationError):
        article.lead_image.save("notes.jpg", ContentFile(_encoded("BMP")), save=False)

    assert not article.lead_image


@pytest.mark.django_db
def test_a_stored_images_size_and_renditions_are_read_with_the_four_readers_only(decoders_run):
    article = ArticleFactory(lead_image=image_file(size=(900, 600), fmt="PNG"), lead_image_alt="A pier")
    article = Article.objects.get(pk=article.pk)

    assert (article.lead_image.width, article.lead_image.height) == (900, 600)
    assert lead_image_renditions_generate(article) > 0
    assert decoders_run <= set(DECODERS)


@pytest.mark.django_db
def test_renditions_are_turned_upright_by_the_cameras_orientation():
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was turned a quarter to the right
    upload = SimpleUploadedFile("phone.jpg", _encoded("JPEG", size=(1200, 800), exif=exif))
    article = ArticleFactory(lead_image=upload, lead_image_alt="A pier")

    rendition = lead_image_rendition(article, "w480", generate=True)

    assert (rendition.width, rendition.height) == (480, 720)


def test_renditions_of_an_animation_are_made_from_its_first_frame_only():
    frames = [Image.new("RGB", (40, 30), (index * 10, 0, 0)) for index in range(20)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])

    image = thumbnail_source_image(ContentFile(buffer.getvalue()))

    assert getattr(image, "n_frames", 1) == 1
    assert image.size == (40, 30)


def test_a_camera_multi_picture_jpeg_is_turned_upright_for_its_renditions():
    exif = Image.Exif()
    exif[0x0112] = 6
    first = Image.new("RGB", (60, 40))
    buffer = io.BytesIO()
    first.save(buffer, "MPO", save_all=True, append_images=[Image.new("RGB", (60, 40))], exif=exif)

    image = thumbnail_source_image(ContentFile(buffer.getvalue()))

    assert image.size == (40, 60)
    assert getattr(image, "n_frames", 1) == 1
