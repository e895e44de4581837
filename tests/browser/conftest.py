"""End-to-end tests in headless Chromium, driven by Playwright for Python.

They use the system's Chromium (Debian's ``chromium`` package): Playwright's own browser
download is never needed. Without a Chromium on the machine, or without Playwright, every
test here is skipped with the reason shown in pytest's summary.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None


def pytest_collection_modifyitems(config, items):
    reason = None
    if sync_playwright is None:
        reason = "Playwright for Python is not installed (pip install -e '.[dev]')"
    elif not CHROMIUM:
        reason = "No Chromium found: install Debian's chromium package or set CHROMIUM_PATH"
    elif not os.access(CHROMIUM, os.X_OK):
        reason = f"CHROMIUM_PATH={CHROMIUM} is not an executable file"
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; the Django ORM calls the
    # tests make between browser steps are ordinary synchronous code.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def _fresh_screenshots(request):
    """A test's folder holds only the screenshots of its latest run."""
    for old in (SCREENSHOTS / request.node.name).glob("*.png"):
        old.unlink()


@pytest.fixture
def shoot(request):
    """``shoot(page, "step-name")`` saves a full-page screenshot under screenshots/<test>/."""
    folder = SCREENSHOTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    counter = iter(range(1, 1000))

    def take(page, name):
        path = folder / f"{next(counter):02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        # One file per open page (one page per actor), so the reader's page does not
        # overwrite the journalist's.
        for number, page in enumerate(getattr(item, "_open_pages", []), 1):
            folder = SCREENSHOTS / item.name
            folder.mkdir(parents=True, exist_ok=True)
            try:
                page.screenshot(path=str(folder / f"failure-page{number}.png"), full_page=True)
            except Exception:  # noqa: BLE001 - the page may already be closed
                pass


@pytest.fixture
def new_page(browser, live_server, request):
    """A fresh browser context and page per actor (journalist, editor, reader)."""
    contexts = []
    request.node._open_pages = []

    def make():
        context = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900})
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        request.node._open_pages.append(page)
        return page

    yield make
    for context in contexts:
        context.close()
