#!/bin/bash
# Stop the condition instances started by start-conditions.sh (by their recorded process ids),
# then unmount ftpcap's small tmpfs.
L=/srv/ftplab
for f in $L/run/cond-*.pid; do
  [ -s "$f" ] || continue
  kill "$(cat "$f")" 2>/dev/null && echo "stopped $(basename "$f" .pid) ($(cat "$f"))"
  rm -f "$f"
done
sleep 1
mountpoint -q $L/home/ftpcap/tiny-disk && umount $L/home/ftpcap/tiny-disk
true
