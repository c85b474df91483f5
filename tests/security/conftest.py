"""The browser of the end-to-end tests (Chromium through Playwright), for the markdown checks."""

from tests.e2e.conftest import browser  # noqa: F401 - a fixture
