"""Attacks on the hub over the simulated air: spoofed adverts, injected errors, delays."""
