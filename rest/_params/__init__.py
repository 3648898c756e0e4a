"""Generated parameter tables, one module per resource family.

Written by `python -m rest._params._generate <spec>`; do not edit by hand.
"""
