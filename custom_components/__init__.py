"""Custom integrations of this repository (makes `custom_components.digitalkey` importable)."""
