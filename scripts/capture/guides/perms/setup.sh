#!/bin/bash
# Prepare the guide captures (permissions and chroot, connection limits) on top of the lab that
# ../../setup-lab.sh built: the local user ftpperm (home /srv/ftplab/home/ftpperm, the lab's tree,
# restored by ../../reset-tree.sh before every capture), the local_root and anonymous trees under
# /srv/gperms, and the configuration files copied to /srv/gperms/conf.  Run as root; FTP_PASS set.
set -euo pipefail
: "${FTP_PASS:?set FTP_PASS to the password for ftpperm}"
HERE=$(cd "$(dirname "$0")" && pwd)
G=/srv/gperms
mkdir -p $G/{conf,run,log} /var/run/vsftpd/empty
id ftpperm >/dev/null 2>&1 || useradd -m -d /srv/ftplab/home/ftpperm -s /bin/bash ftpperm
echo "ftpperm:$FTP_PASS" | chpasswd
cp "$HERE"/conf/* $G/conf/
FTP_USER=ftpperm "$HERE"/../../reset-tree.sh
# local_root=/srv/gperms/ftproot/$USER: the chroot belongs to root (not writable by the user),
# files/ inside it belongs to the user
mkdir -p $G/ftproot/ftpperm/files
chown root:root $G/ftproot $G/ftproot/ftpperm; chmod 755 $G/ftproot $G/ftproot/ftpperm
chown ftpperm:ftpperm $G/ftproot/ftpperm/files; chmod 755 $G/ftproot/ftpperm/files
# anon_root=/srv/gperms/anon: owned by root; incoming/ owned by the anonymous account (ftp)
mkdir -p $G/anon/incoming
chown root:root $G/anon; chmod 755 $G/anon
chown ftp:ftp $G/anon/incoming; chmod 755 $G/anon/incoming
echo "ready; now run $HERE/start.sh"
