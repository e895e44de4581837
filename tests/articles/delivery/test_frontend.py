"""Purge backends for the HTTP caches in front, against a fake cache on loopback."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from articles.delivery import frontend
from articles.delivery.frontend import FrontendPurgeError, purge_tags, tag_headers


class FakeCache:
    """An HTTP server on a free loopback port that records requests and answers ``status``."""

    def __init__(self, status=200, body=b"ok"):
        self.requests, self.status, self.body = [], status, body
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                fake.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": self.headers,
                        "body": self.rfile.read(length),
                    }
                )
                self.send_response(fake.status)
                self.send_header("Content-Length", str(len(fake.body)))
                self.end_headers()
                self.wfile.write(fake.body)

            do_PURGE = do_POST = _answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_cache():
    caches = []

    def make(**kwargs):
        caches.append(FakeCache(**kwargs))
        return caches[-1]

    yield make
    for cache in caches:
        cache.close()


def test_varnish_gets_one_purge_request_per_server_with_the_tags(settings, fake_cache):
    first, second = fake_cache(), fake_cache()
    settings.FRONTEND_CACHE = {
        "varnish": {
            "BACKEND": "articles.delivery.frontend.VarnishBackend",
            "LOCATIONS": [first.url, second.url],
        }
    }

    purge_tags(["story-3", "home", "story-3"])

    for cache in (first, second):
        [request] = cache.requests
        assert request["method"] == "PURGE"
        assert request["headers"]["xkey-purge"] == "home story-3"


def test_a_cache_that_is_down_or_refuses_raises_so_the_task_retries(settings, fake_cache):
    refusing, answering = fake_cache(status=403), fake_cache()
    down = fake_cache()
    down.close()
    settings.FRONTEND_CACHE = {
        "varnish": {
            "BACKEND": "articles.delivery.frontend.VarnishBackend",
            "LOCATIONS": [down.url, refusing.url, answering.url],
            "TIMEOUT": 2,
        }
    }

    with pytest.raises(FrontendPurgeError) as error:
        purge_tags(["story-3"])

    assert down.url in str(error.value) and refusing.url in str(error.value)
    assert len(answering.requests) == 1, "a cache that answers is purged even when another is down"


def test_fastly_purges_surrogate_keys_in_batches_with_its_token(settings, fake_cache):
    api = fake_cache(body=b"{}")
    settings.FRONTEND_CACHE = {
        "fastly": {
            "BACKEND": "articles.delivery.frontend.FastlyBackend",
            "SERVICE_ID": "svc1",
            "API_TOKEN": "secret-token",
            "API_URL": api.url,
        }
    }
    tags = [f"story-{n}" for n in range(300)]

    purge_tags(tags)

    assert [r["path"] for r in api.requests] == ["/service/svc1/purge"] * 2
    assert all(r["headers"]["Fastly-Key"] == "secret-token" for r in api.requests)
    sent = [key for r in api.requests for key in json.loads(r["body"])["surrogate_keys"]]
    assert sorted(sent) == sorted(tags)


def test_cloudflare_purges_cache_tags_and_an_unconfirmed_purge_is_an_error(settings, fake_cache):
    api = fake_cache(body=b'{"success": true}')
    settings.FRONTEND_CACHE = {
        "cloudflare": {
            "BACKEND": "articles.delivery.frontend.CloudflareBackend",
            "ZONE_ID": "zone9",
            "API_TOKEN": "cf-token",
            "API_URL": api.url,
        }
    }

    purge_tags(["home", "story-1"])
    [request] = api.requests
    assert request["path"] == "/zones/zone9/purge_cache"
    assert request["headers"]["Authorization"] == "Bearer cf-token"
    assert json.loads(request["body"]) == {"tags": ["home", "story-1"]}

    api.body = b'{"success": false, "errors": [{"message": "rate limited"}]}'
    with pytest.raises(FrontendPurgeError, match="rate limited"):
        purge_tags(["home"])


def test_pages_carry_each_configured_caches_tag_header(settings):
    settings.FRONTEND_CACHE = {}
    assert tag_headers(["home", "story-1"]) == {"Surrogate-Key": "home story-1"}

    settings.FRONTEND_CACHE = {
        "cloudflare": {
            "BACKEND": "articles.delivery.frontend.CloudflareBackend",
            "ZONE_ID": "z",
            "API_TOKEN": "t",
        }
    }
    assert tag_headers(["home", "story-1"]) == {"Surrogate-Key": "home story-1", "Cache-Tag": "home,story-1"}


def test_the_purge_task_calls_the_configured_backends(settings, fake_cache):
    from articles.tasks import purge_frontend_tags

    varnish = fake_cache()
    settings.FRONTEND_CACHE = {
        "varnish": {"BACKEND": "articles.delivery.frontend.VarnishBackend", "LOCATIONS": [varnish.url]}
    }

    purge_frontend_tags.enqueue(tags=["story-8"])

    assert varnish.requests[0]["headers"]["xkey-purge"] == "story-8"
    assert frontend.frontend_backends()[0].locations == [varnish.url]
