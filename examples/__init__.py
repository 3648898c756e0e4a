"""Runnable examples: one IVR phone tree served by Flask, Quart, Django and FastAPI, and
`make demo`."""
