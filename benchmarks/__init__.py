"""Benchmarks run on demand (`make bench`), never in `make test`."""
