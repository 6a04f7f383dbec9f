"""The method browser: the catalogue's tree, its Qt model and what the portal says it has."""
