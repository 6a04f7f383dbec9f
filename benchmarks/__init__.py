"""On-demand benchmarks (not part of `make test`)."""
