#!/bin/sh
# `npm start`: install if needed, build the site, serve it at http://localhost:4321
set -e
. scripts/deps.sh
npm run build
exec npm run preview
