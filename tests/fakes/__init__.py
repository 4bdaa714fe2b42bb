"""Loopback fakes of the outside world (Slack, web sites) for adapter tests and benchmarks."""
