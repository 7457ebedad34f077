#!/bin/bash
# Stop the instances start.sh started (by their pid files only).
G=/srv/gperms
for p in $G/run/*.pid; do
  [ -e "$p" ] || continue
  pid=$(cat "$p"); [ -n "$pid" ] && kill "$pid" 2>/dev/null
  rm -f "$p"
done
