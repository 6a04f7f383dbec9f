"""Pieces every part of the window uses: theme colours, zoom, accessible names."""
