"""The read API's docs page in a real browser: Swagger UI from our own static files, run
under the site's Content-Security-Policy without a single violation, and usable."""

import pytest

from tests.factories import PublishedArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db(transaction=True)

LISTEN_FOR_VIOLATIONS = """
window.violations = [];
document.addEventListener("securitypolicyviolation",
    (event) => window.violations.push(event.violatedDirective + " " + event.blockedURI));
"""


def test_the_docs_page_runs_under_the_policy_and_tries_a_request(new_page, live_server, shoot):
    PublishedArticleFactory(headline="Ferry fares rise", section=SectionFactory(slug="transit"))
    page = new_page()
    errors, elsewhere = [], []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on(
        "request", lambda request: request.url.startswith(live_server.url) or elsewhere.append(request.url)
    )
    page.add_init_script(LISTEN_FOR_VIOLATIONS)

    page.goto("/api/v1/docs")
    page.get_by_text("/api/v1/stories/{story_id}.ninjs").wait_for()
    page.locator(".opblock-summary-control").first.click()
    page.get_by_role("button", name="Try it out").click()
    page.locator("input[placeholder='section']").fill("transit")
    page.get_by_role("button", name="Execute").click()
    page.locator(".live-responses-table").get_by_text("Ferry fares rise").wait_for()
    shoot(page, "docs-tried")

    assert page.evaluate("window.violations") == []
    assert errors == []
    assert elsewhere == []
