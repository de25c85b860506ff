"""Home Assistant for the browser tests, started the way `scripts/develop` starts it.

`python -m simulator.devserver DIR --port PORT` prepares a fresh configuration directory
(the `dev`/`dev` owner, onboarding done, the simulated building), then
`python -m homeassistant --config DIR --skip-pip` runs in its own process group with the
checkout on PYTHONPATH. Its console output (the whole log) goes to a file that the tests
read in slices: each test's slice is attached to its failure and scanned for tracebacks,
and so is what is logged while it stops.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import os
from pathlib import Path
import re
import signal
import socket
import subprocess
import sys
import time
from typing import IO, Final

REPO: Final = Path(__file__).resolve().parents[2]
STOP_TIMEOUT_S: Final = 30.0
LOG_TAIL_LINES: Final = 300
"""How much of a failed test's slice of the log its report shows (the file has it all)."""

PROBLEM: Final = re.compile(
    r"Traceback \(most recent call last\)"
    r"|Error doing job"
    r"|^\S+ \S+ ERROR \([^)]*\) \[custom_components\.digitalkey(?:_simulator)?[.\]]",
    re.MULTILINE,
)
"""What must never be in the log: a traceback, an exception HA caught, our own errors."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


UPSTREAM_NOISE: Final = (
    "aiohttp/_websocket/writer.py",
    "ClientConnectionResetError: Cannot write to closing transport",
)
"""A traceback Home Assistant logs, not ours: aiohttp's compressed websocket frame written
after the browser closed the socket (a page left or reloaded), reported upstream as
home-assistant/core#166875. Only a traceback holding all of these and nothing of ours."""

RECORD: Final = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
"""The start of a log record: a traceback's frames run until the next one."""


def _upstream_noise(record: list[str]) -> bool:
    text = "\n".join(record)
    return all(part in text for part in UPSTREAM_NOISE) and "custom_components" not in text


def problems(text: str, context: int = 12) -> list[str]:
    """Each offending line of `text` with the lines that follow it (a traceback's frames).

    The one known upstream traceback (`UPSTREAM_NOISE`) is left out.
    """
    lines = text.splitlines()
    found: list[str] = []
    skip_until = -1
    for index, line in enumerate(lines):
        if index <= skip_until or not PROBLEM.search(line):
            continue
        end = next(
            (at for at in range(index + 1, len(lines)) if RECORD.match(lines[at])), len(lines)
        )
        if _upstream_noise(lines[index:end]):
            skip_until = end - 1
            continue
        skip_until = index + context
        found.append("\n".join(lines[index : skip_until + 1]))
    return found


@dataclass
class HomeAssistantServer:
    """One Home Assistant process on 127.0.0.1:`port` with its config in `config_dir`."""

    config_dir: Path
    port: int
    console: Path
    process: subprocess.Popen[bytes] | None = None
    prepare_s: float = 0.0
    """Seconds `simulator.devserver` took."""
    _output: IO[bytes] | None = None
    _checked: int = field(default=0)
    """Bytes of the console log already scanned for problems."""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @staticmethod
    def environment() -> dict[str, str]:
        """The environment scripts/develop gives both commands: the checkout on PYTHONPATH."""
        path = os.environ.get("PYTHONPATH")
        return {**os.environ, "PYTHONPATH": f"{REPO}:{path}" if path else str(REPO)}

    def start(self) -> None:
        """Prepare the directory and start Home Assistant (not waiting for it to be up)."""
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "simulator.devserver", str(self.config_dir), "--port",
             str(self.port)],
            cwd=REPO, env=self.environment(), check=True, capture_output=True,
        )  # fmt: skip
        self.prepare_s = time.monotonic() - started
        self._output = self.console.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "homeassistant", "--config", str(self.config_dir),
             "--skip-pip"],
            cwd=REPO, env=self.environment(), stdout=self._output, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> int | None:
        """Stop Home Assistant as Ctrl-C in scripts/develop does; its exit code.

        None when it had to be killed after `STOP_TIMEOUT_S`.
        """
        process = self.process
        if process is None:
            return 0
        code: int | None
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            code = None
        if self._output is not None:
            self._output.close()
        return code

    def log_size(self) -> int:
        return self.console.stat().st_size if self.console.exists() else 0

    def log_since(self, offset: int) -> str:
        """The console log from byte `offset` on."""
        with self.console.open("rb") as log:
            log.seek(offset)
            return log.read().decode("utf-8", "replace")

    def log_tail(self, offset: int, lines: int = LOG_TAIL_LINES) -> str:
        """The last `lines` lines logged since `offset`, for a failure's report."""
        text = self.log_since(offset).splitlines()
        cut = (
            f"[{len(text) - lines} earlier lines in {self.console}]\n" if len(text) > lines else ""
        )
        return cut + "\n".join(text[-lines:])

    def take_problems(self) -> list[str]:
        """Problems logged since the last call (the first call covers the start)."""
        with self.console.open("rb") as log:
            log.seek(self._checked)
            data = log.read()
        self._checked += len(data)
        return problems(data.decode("utf-8", "replace"))
