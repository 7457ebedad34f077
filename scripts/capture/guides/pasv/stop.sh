#!/bin/bash
# Stop the instances start.sh started, by the process ids it wrote.
for p in /srv/ftplab/run/g-pasv-*.pid; do
  [ -f "$p" ] || continue
  kill "$(cat "$p")" 2>/dev/null
  rm -f "$p"
done
