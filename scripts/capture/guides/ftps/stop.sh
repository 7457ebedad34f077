#!/bin/bash
# Stop the processes start.sh started, by their recorded pids only.
T=/tmp/g-ftps
for f in $T/run/*.pid; do [ -s "$f" ] && kill "$(cat "$f")" 2>/dev/null; rm -f "$f"; done
