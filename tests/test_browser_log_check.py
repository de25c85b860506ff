"""The browser tests' log check (tests/browser/server.py): every traceback fails a test but one
known upstream one."""

from tests.browser.server import problems

NOISE = """\
2026-12-02 06:20:01.169 ERROR (MainThread) [homeassistant] Error doing job: Task exception
Traceback (most recent call last):
  File "/x/aiohttp/_websocket/writer.py", line 247, in _send_compressed_frame_async_locked
    self._write_websocket_frame(
  File "/x/aiohttp/_websocket/writer.py", line 158, in _write_websocket_frame
    raise ClientConnectionResetError("Cannot write to closing transport")
aiohttp.client_exceptions.ClientConnectionResetError: Cannot write to closing transport
2026-12-02 06:20:02.704 DEBUG (MainThread) [custom_components.digitalkey.lock] ok
"""

OURS = """\
2026-12-02 06:20:03.000 ERROR (MainThread) [homeassistant] Error doing job: Task exception
Traceback (most recent call last):
  File "/x/custom_components/digitalkey/door_link.py", line 1, in f
    self._write_websocket_frame(
  File "/x/aiohttp/_websocket/writer.py", line 158, in _write_websocket_frame
aiohttp.client_exceptions.ClientConnectionResetError: Cannot write to closing transport
"""


def test_the_known_upstream_websocket_traceback_is_left_out() -> None:
    assert problems(NOISE) == []


def test_a_traceback_through_our_code_still_counts_even_when_it_looks_alike() -> None:
    found = problems(NOISE + OURS)
    assert len(found) == 1
    assert "custom_components/digitalkey/door_link.py" in found[0]


def test_any_other_traceback_counts() -> None:
    text = NOISE.replace("Cannot write to closing transport", "Something else")
    assert len(problems(text)) == 1


def test_our_own_error_line_counts() -> None:
    line = "2026-12-02 06:20:03.000 ERROR (MainThread) [custom_components.digitalkey.lock] no"
    assert problems(line) == [line]
