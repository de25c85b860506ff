"""A small synchronous client of Home Assistant's REST and websocket APIs, as one user.

The browser tests drive the panels in Chromium; this client sets up what an installer
would have done before (building, doors, users) and checks effects behind the UI (a door's
lock state) with the rights of the user it logged in as. Synchronous on purpose: the
Playwright sync API owns the event loop of the test process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
import itertools
import json
import time
from typing import Any, Final
import urllib.error
import urllib.parse
import urllib.request

from websockets.sync.client import ClientConnection, connect

TIMEOUT_S: Final = 20.0


class HttpError(Exception):
    """A REST call answered with an error status."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body[:500]}")
        self.status = status
        self.body = body


class CommandError(Exception):
    """A websocket command answered with an error: `code` is HA's (e.g. unauthorized)."""

    def __init__(self, command: str, error: dict[str, Any]) -> None:
        super().__init__(f"{command}: {error.get('code')}: {error.get('message')}")
        self.code: str = error.get("code", "")
        self.error = error


def _request(
    url: str, *, data: bytes | None = None, method: str = "GET", headers: dict[str, str]
) -> Any:
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as answer:
            body = answer.read()
    except urllib.error.HTTPError as err:
        raise HttpError(err.code, err.read().decode("utf-8", "replace")) from None
    return json.loads(body) if body else None


def access_token(base_url: str, username: str, password: str) -> str:
    """Log in through HA's login flow (what the login page does) and get an access token."""
    client_id = f"{base_url}/"
    json_headers = {"Content-Type": "application/json"}
    flow = _request(
        f"{base_url}/auth/login_flow",
        method="POST",
        headers=json_headers,
        data=json.dumps(
            {"client_id": client_id, "handler": ["homeassistant", None], "redirect_uri": client_id}
        ).encode(),
    )
    done = _request(
        f"{base_url}/auth/login_flow/{flow['flow_id']}",
        method="POST",
        headers=json_headers,
        data=json.dumps(
            {"client_id": client_id, "username": username, "password": password}
        ).encode(),
    )
    if done.get("type") != "create_entry":
        raise HttpError(400, f"login of {username!r} refused: {done.get('errors')}")
    tokens = _request(
        f"{base_url}/auth/token",
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        data=urllib.parse.urlencode(
            {"grant_type": "authorization_code", "code": done["result"], "client_id": client_id}
        ).encode(),
    )
    return str(tokens["access_token"])


@dataclass
class HaApi:
    """REST and one websocket connection with a user's access token."""

    base_url: str
    token: str
    _socket: ClientConnection | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @classmethod
    def log_in(cls, base_url: str, username: str, password: str) -> HaApi:
        return cls(base_url, access_token(base_url, username, password))

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None

    # REST ------------------------------------------------------------------------------

    def rest(self, method: str, path: str, payload: Any = None) -> Any:
        """JSON in, JSON out; raises `HttpError`."""
        return _request(
            f"{self.base_url}{path}",
            method=method,
            data=None if payload is None else json.dumps(payload).encode(),
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )

    def state(self, entity_id: str) -> str:
        return str(self.rest("GET", f"/api/states/{entity_id}")["state"])

    def wait_for_state(
        self, entity_id: str, wanted: Iterable[str], timeout: float = TIMEOUT_S
    ) -> str:
        """Poll the entity's state until it is one of `wanted`; the state it reached."""
        wanted = set(wanted)
        return wait_for(
            lambda: (state := self.state(entity_id)) in wanted and state,
            timeout,
            lambda: f"{entity_id} is {self.state(entity_id)!r}, not one of {sorted(wanted)}",
        )

    # Websocket -------------------------------------------------------------------------

    def _connection(self) -> ClientConnection:
        if self._socket is None:
            url = self.base_url.replace("http", "ws", 1) + "/api/websocket"
            # Entered as a context manager, as websockets wants; left in `close`.
            socket = connect(url, max_size=None, open_timeout=TIMEOUT_S).__enter__()
            json.loads(socket.recv(TIMEOUT_S))  # auth_required
            socket.send(json.dumps({"type": "auth", "access_token": self.token}))
            answer = json.loads(socket.recv(TIMEOUT_S))
            if answer.get("type") != "auth_ok":
                socket.close()
                raise CommandError("auth", {"code": "auth_invalid", "message": str(answer)})
            self._socket = socket
        return self._socket

    def answer(self, command: str, **fields: Any) -> dict[str, Any]:
        """Send one command; HA's whole result message (`success`, `result` or `error`)."""
        socket = self._connection()
        message_id = next(self._ids)
        socket.send(json.dumps({"id": message_id, "type": command, **fields}))
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            message = json.loads(socket.recv(max(deadline - time.monotonic(), 0.1)))
            if message.get("id") == message_id and message.get("type") == "result":
                return dict(message)

    def ws(self, command: str, **fields: Any) -> Any:
        """Send one command; its result, or `CommandError`."""
        message = self.answer(command, **fields)
        if not message["success"]:
            raise CommandError(command, message["error"])
        return message.get("result")

    def call_service(
        self, domain: str, service: str, data: dict[str, Any], *, return_response: bool = False
    ) -> Any:
        """An action called over the websocket as this user, blocking until it is done."""
        result = self.ws(
            "call_service",
            domain=domain,
            service=service,
            service_data=data,
            return_response=return_response,
        )
        return result.get("response") if return_response else result


def wait_for[T](
    probe: Callable[[], T | bool | None], timeout: float, explain: Callable[[], str]
) -> T:
    """Call `probe` until it returns something truthy; that value. Else fail with `explain`."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value  # type: ignore[return-value]
        if time.monotonic() > deadline:
            raise AssertionError(f"after {timeout:g} s: {explain()}")
        time.sleep(0.2)
