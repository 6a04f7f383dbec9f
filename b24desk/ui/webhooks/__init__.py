"""Saved webhooks: the picker, the offer to save a pasted one, and the selected webhook's history."""
