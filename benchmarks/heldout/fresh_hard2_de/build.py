#!/usr/bin/env python3
"""Build fresh_hard2_de.jsonl: the same script as fresh_hard_de's, run on this folder."""
import os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "fresh_hard_de", "build.py"), run_name="__main__")
