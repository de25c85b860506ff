"""Attacker tests: what an attack review broke, played against the hub and the unit."""
