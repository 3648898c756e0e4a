"""Runnable examples: an IVR phone tree for Flask and for Quart, and `make demo`."""
