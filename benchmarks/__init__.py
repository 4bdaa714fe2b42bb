"""Quality and speed benchmarks of the offline engine against baselines (make bench)."""
