"""The request side of the window: method field, parameter grid, URL bar, Execute, the Request menu."""
