"""A long-lived php-cli process the tests ask to encode and decode exactly as PHP does."""
