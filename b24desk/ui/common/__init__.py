"""Pieces every feature uses: the problem label, translations, the language menu, the storage thread, the theme."""
