"""Reference door unit and simulated Bluetooth radio.

The door unit implements the lock side of protocol v1 (docs/protocol.md); the radio runs
units as GATT servers on Bumble over a virtual link and lets Home Assistant reach them
through a simulated Bluetooth proxy. Tests and `scripts/develop` use it; only the air is
simulated.
"""
