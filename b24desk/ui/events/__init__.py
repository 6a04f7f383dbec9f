"""The Events tab: the outgoing-webhook receiver's widgets and models."""
