"""Benchmarks: synthetic corpora (`bench.synth`), the scaling benchmark (`bench.run`) and the app load test (`bench.load`)."""
