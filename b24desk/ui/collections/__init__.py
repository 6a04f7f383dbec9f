"""The collection panel, its tree model and the environment picker (collections of request files)."""
