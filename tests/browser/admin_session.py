"""Signing in to the admin as a person would, for the browser tests."""

from tests.factories import TEST_PASSWORD


def log_in(page, username, password=TEST_PASSWORD):
    """Sign ``username`` in through the admin's login form and wait for the admin home."""
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
