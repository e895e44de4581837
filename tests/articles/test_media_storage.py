"""Shared media: with a bucket configured, lead images and their renditions live in
S3-compatible object storage, and pages link them there. Tested against a local
S3-compatible server (moto's server mode) that the test starts and stops itself."""

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import boto3
import pytest
from django.core.files.storage import default_storage
from django.test import override_settings

from articles.renditions import lead_image_renditions_generate
from tests.factories import PublishedArticleFactory, image_file
from tests.network import free_port

pytestmark = pytest.mark.django_db

BUCKET = "newsroom-media"


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    port = free_port()
    log = (tmp_path_factory.mktemp("s3") / "server.log").open("w")
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(endpoint, timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("the local S3-compatible server did not start")
                time.sleep(0.2)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture
def bucket(s3_endpoint, monkeypatch, settings):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    # As an operator sets it up: readers fetch media straight from the bucket (or its CDN).
    client.put_bucket_policy(
        Bucket=BUCKET,
        Policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": "*",
                        "Action": "s3:GetObject",
                        "Resource": f"arn:aws:s3:::{BUCKET}/*",
                    }
                ],
            }
        ),
    )
    storages = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": s3_endpoint,
                "region_name": "us-east-1",
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }
    with override_settings(STORAGES=storages):
        yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client):
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_a_lead_image_and_its_renditions_are_stored_in_the_bucket_not_on_disk(
    bucket, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = PublishedArticleFactory(lead_image=image_file(size=(1400, 900)), lead_image_alt="A pier")

    stored = keys(bucket)
    assert story.lead_image.name in stored
    renditions = [key for key in stored if key.endswith(".webp")]
    assert len(renditions) == len(settings.THUMBNAIL_ALIASES["articles.Article.lead_image"])
    assert not Path(settings.MEDIA_ROOT).exists() or not any(Path(settings.MEDIA_ROOT).rglob("*.*"))
    assert lead_image_renditions_generate(story) == 0  # all made already, found in the bucket


def test_the_story_page_links_the_images_in_object_storage(
    bucket, client, s3_endpoint, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story = PublishedArticleFactory(lead_image=image_file(size=(1400, 900)), lead_image_alt="A pier")

    page = client.get(story.get_absolute_url()).content.decode()
    linked = [
        key for key in keys(bucket) if key.endswith(".webp") and f"{s3_endpoint}/{BUCKET}/{key}" in page
    ]
    assert linked, "the story page links no rendition in the bucket"
    for key in linked:
        with urllib.request.urlopen(f"{s3_endpoint}/{BUCKET}/{key}", timeout=5) as response:
            assert response.headers["Content-Type"] == "image/webp"


def test_the_default_storage_is_local_disk_without_a_bucket():
    assert default_storage.__class__.__name__ == "FileSystemStorage"
