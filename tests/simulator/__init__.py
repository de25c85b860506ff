"""Tests of the simulated radio, its bleak backend and the simulated HA proxy."""
