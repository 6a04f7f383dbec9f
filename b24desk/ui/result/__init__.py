"""The result side of the window: tree, table and raw views of an answer, and the error panel."""
