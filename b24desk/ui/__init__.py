"""The Qt user interface of b24desk (the only package that imports Qt)."""
