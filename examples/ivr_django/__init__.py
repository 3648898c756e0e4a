"""The Acme phone tree as a Django project: settings, URLs and views, and `manage.py`."""
