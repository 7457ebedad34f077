#!/bin/bash
# Capture every condition in scenarios.CONDITIONS as <server>-raw-<condition>.txt, logging in as
# ftpcap, then add their replies to replies.json.  Needs FTP_PASS in the environment;
# SERVERS="vsftpd" and SCENS="max-clients" limit it.
cd "$(dirname "$0")"
export FTP_USER=ftpcap    # for reset-tree.sh (capture.py runs it before every capture)
python3 -c 'import scenarios
for (srv, name) in scenarios.CONDITIONS: print(srv, name)' |
while read -r srv sc; do
  case " ${SERVERS:-$srv} " in *" $srv "*) ;; *) continue ;; esac
  case " ${SCENS:-$sc} " in *" $sc "*) ;; *) continue ;; esac
  desc=$(python3 -c "import scenarios,sys; print(' '.join(scenarios.CONDITIONS[(sys.argv[1], sys.argv[2])]['fn'].__doc__.split()))" "$srv" "$sc")
  python3 capture.py "$srv" raw "$sc" "$desc" -- FTP_USER=ftpcap python3 ftpraw.py "$srv" "$sc" < /dev/null
  echo "$srv-raw-$sc.txt" >> /tmp/run-conditions.$$
done
python3 build-replies.py --add $(cat /tmp/run-conditions.$$)
rm -f /tmp/run-conditions.$$
