"""The Tools menu and the windows it opens (the leak scanner)."""
