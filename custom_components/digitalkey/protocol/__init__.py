"""Door-unit protocol v2: framing, pairing, sessions, messages and the hub-side client.

This package never imports Home Assistant; it is written to be publishable on its own.
"""
