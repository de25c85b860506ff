"""End-to-end tests: the panels in Chromium against Home Assistant with the simulated building."""
