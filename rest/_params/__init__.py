"""Generated parameter tables, one module per resource family (tools/gen_rest_params.py)."""
