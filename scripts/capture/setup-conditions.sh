#!/bin/bash
# Prepare the condition instances (scenarios.CONDITIONS) on top of the lab that setup-lab.sh built:
# three local users and the configuration files.  Run as root after setup-lab.sh.
#   ftpcap      the user the condition captures log in as; its tree is /srv/ftplab/home/ftpcap
#               (reset-tree.sh with FTP_USER=ftpcap), the same files as ftptest's
#   ftpnohome   home /srv/ftplab/home/ftpnohome, which does not exist
#   ftpnoshell  shell /usr/sbin/nologin (not in /etc/shells), home /srv/ftplab/home/ftpnoshell
# All three get the password in FTP_PASS.
set -euo pipefail
: "${FTP_PASS:?set FTP_PASS to the password for the condition users}"
HERE=$(cd "$(dirname "$0")" && pwd)
L=/srv/ftplab
mkdir -p $L/{conf,run,log,home} /var/run/vsftpd/empty
id ftpcap >/dev/null 2>&1 || useradd -m -d $L/home/ftpcap -s /bin/bash ftpcap
id ftpnohome >/dev/null 2>&1 || useradd -M -d $L/home/ftpnohome -s /bin/bash ftpnohome
id ftpnoshell >/dev/null 2>&1 || useradd -m -d $L/home/ftpnoshell -s /usr/sbin/nologin ftpnoshell
rm -rf $L/home/ftpnohome
for u in ftpcap ftpnohome ftpnoshell; do echo "$u:$FTP_PASS" | chpasswd; done
cp "$HERE"/conf/* $L/conf/
FTP_USER=ftpcap "$HERE"/reset-tree.sh
echo "conditions ready; now run $HERE/start-conditions.sh"
