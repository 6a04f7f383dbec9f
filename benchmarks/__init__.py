"""Benchmarks run on demand (`make bench` and the scripts' own commands), never in `make test`."""
