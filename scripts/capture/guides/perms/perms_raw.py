#!/usr/bin/env python3
"""Raw captures for the guides "Permissions and chroot" and "Connection limits".

Usage (from scripts/capture, as root, FTP_PASS set):
    FTP_USER=ftpperm python3 guides/perms/perms_raw.py SERVER CONDITION

Each condition runs against one server instance started by start.sh with its own file in
conf/ and its own port (2700-2749).  Lines are printed by ftpraw.py's Conn, so the output has the
same shape as the other raw transcripts.  Some conditions change the file system before they
connect (a directory owned by another uid, bind-mounted as a container volume would be); they say
so in a "# host:" note, which is the harness speaking, not the server.
"""
import os
import pwd
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))

from ftpraw import Conn, transfer, out  # noqa: E402

USER = os.environ.get("FTP_USER", "ftpperm")
PASS = os.environ.get("FTP_PASS", "")
ANON_PASS = "anonymous@example.com"
HOME = f"/srv/ftplab/home/{USER}"
G = "/srv/gperms"
FOREIGN_UID = 4242  # a uid no account on the machine has, as a host user's uid seen in a container

CONDITIONS = {}


def condition(server, port, conf):
    def deco(fn):
        name = fn.__name__[len(server) + 1:].replace("_", "-")
        CONDITIONS[(server, name)] = dict(fn=fn, port=port, conf=conf)
        return fn
    return deco


def host(*argv):
    """Run a command on the server's machine and say so in the transcript."""
    out("# host: " + " ".join(argv))
    subprocess.run(argv, check=True)


def login(port, user=USER, password=PASS, label=None, src=None):
    c = Conn(port, label=label, src=src)
    if not c.closed and c.last == 220:
        c.login(user, password)
    return c


def upload(c, path, payload=b"new file\r\n", cmd="STOR"):
    d = c.pasv()
    return transfer(c, d, f"{cmd} {path}".strip(), direction="out", payload=payload)


def listing(c, what="LIST", path=""):
    c.cmd("TYPE A")
    d = c.pasv()
    transfer(c, d, f"{what} {path}".strip())
    c.cmd("TYPE I")


# ---- a directory owned by another uid, bind-mounted into the home (a container volume) ------
VOLUME_SRC = f"{G}/host-volume"


def mount_volume(owner):
    """Bind-mount /srv/gperms/host-volume (mode 755) on ~/volume, owned by OWNER (a uid)."""
    target = f"{HOME}/volume"
    subprocess.run(["umount", target], stderr=subprocess.DEVNULL)
    subprocess.run(["rm", "-rf", VOLUME_SRC], check=True)
    os.makedirs(VOLUME_SRC)
    os.makedirs(target, exist_ok=True)
    host("mount", "--bind", VOLUME_SRC, target)
    host("chmod", "755", target)
    host("chown", f"{owner}:{owner}", target)
    st = os.stat(target)
    out(f"# host: {target} is owned by uid {st.st_uid}, gid {st.st_gid}, mode {st.st_mode & 0o777:o};"
        f" the FTP user {USER} is uid {pwd.getpwnam(USER).pw_uid}")


def unmount_volume():
    subprocess.run(["umount", f"{HOME}/volume"], check=True)
    subprocess.run(["rm", "-rf", f"{HOME}/volume", VOLUME_SRC], check=True)


def volume_session(port, owner, listing_after=False):
    mount_volume(owner)
    try:
        c = login(port)
        c.cmd("PWD")
        c.cmd("TYPE I")
        upload(c, "volume/new.txt")
        c.cmd("MKD volume/new-dir")
        if listing_after:
            listing(c, "LIST", "volume")
        c.quit()
    finally:
        unmount_volume()


# ---- vsftpd ------------------------------------------------------------------------------
@condition("vsftpd", 2700, "vsftpd-writable-chroot-allowed.conf")
def vsftpd_writable_chroot_allowed(port):
    """vsftpd with chroot_local_user=YES and allow_writeable_chroot=YES: the same writable home as writable-chroot; login, PWD and an upload."""
    c = login(port)
    c.cmd("PWD")
    c.cmd("TYPE I")
    upload(c, "upload/new.txt")
    c.quit()


@condition("vsftpd", 2701, "vsftpd-write-enabled.conf")
def vsftpd_write_enabled(port):
    """vsftpd with write_enable=YES and local_umask=022: the writes that write_enable=NO refused (STOR, APPE, STOU, MKD, RMD, DELE, RNFR/RNTO), then a listing that shows the modes of a new file and a new directory."""
    c = login(port)
    c.cmd("TYPE I")
    upload(c, "upload/new.txt")
    upload(c, "upload/new.txt", cmd="APPE")
    c.cmd("CWD upload")
    upload(c, "", cmd="STOU")
    c.cmd("CWD /")
    c.cmd("MKD new-dir")
    c.cmd("RMD empty-dir")
    c.cmd("DELE hello.txt")
    c.cmd("RNFR readonly.txt")
    c.cmd("RNTO renamed.txt")
    c.cmd("MKD upload/new-dir")
    listing(c, "LIST", "upload")
    c.quit()


@condition("vsftpd", 2702, "vsftpd-umask-default.conf")
def vsftpd_umask_default(port):
    """vsftpd with write_enable=YES and local_umask left at its default (077): an upload and a new directory, then listings that show their modes."""
    c = login(port)
    c.cmd("TYPE I")
    upload(c, "upload/new.txt")
    c.cmd("MKD upload/new-dir")
    listing(c, "LIST", "upload")
    c.quit()


@condition("vsftpd", 2703, "vsftpd-volume-owner.conf")
def vsftpd_volume_foreign_owner(port):
    """vsftpd (write_enable=YES): upload and MKD into a bind-mounted directory (mode 755) owned by uid 4242, not by the FTP user."""
    volume_session(port, str(FOREIGN_UID))


@condition("vsftpd", 2703, "vsftpd-volume-owner.conf")
def vsftpd_volume_owner_fixed(port):
    """vsftpd (write_enable=YES): the same bind-mounted directory after chown to the FTP user; upload, MKD and a listing."""
    volume_session(port, USER, listing_after=True)


@condition("vsftpd", 2704, "vsftpd-local-root.conf")
def vsftpd_local_root(port):
    """vsftpd with chroot_local_user=YES, allow_writeable_chroot=NO and local_root=/srv/gperms/ftproot/$USER (user_sub_token=$USER): the chroot is owned by root and not writable, its files/ subdirectory belongs to the user; PWD, an upload into the root and one into files/."""
    c = login(port)
    c.cmd("PWD")
    c.cmd("TYPE I")
    upload(c, "new.txt")
    upload(c, "files/new.txt")
    listing(c, "LIST", "")
    c.quit()


@condition("vsftpd", 2705, "vsftpd-anon-upload.conf")
def vsftpd_anon_upload(port):
    """vsftpd with anon_upload_enable=YES, anon_mkdir_write_enable=YES, chown_uploads=YES (chown_username=ftpperm): anonymous uploads into the root (owned by root) and into incoming/ (owned by ftp), MKD, then a listing."""
    c = login(port, "anonymous", ANON_PASS)
    c.cmd("PWD")
    c.cmd("TYPE I")
    upload(c, "anon.txt")
    upload(c, "incoming/anon.txt")
    c.cmd("MKD incoming/new-dir")
    listing(c, "LIST", "incoming")
    c.quit()


@condition("vsftpd", 2710, "vsftpd-limit-raised.conf")
def vsftpd_limit_raised(port):
    """vsftpd with max_per_ip=4 and max_clients=10: three connections from 127.0.0.1, each logged in."""
    fill_up(port, ["127.0.0.1"] * 3)


# ---- ProFTPD -----------------------------------------------------------------------------
@condition("proftpd", 2720, "proftpd-volume-owner.conf")
def proftpd_volume_foreign_owner(port):
    """ProFTPD (DefaultRoot ~, Umask 022): upload and MKD into a bind-mounted directory (mode 755) owned by uid 4242, not by the FTP user."""
    volume_session(port, str(FOREIGN_UID))


@condition("proftpd", 2720, "proftpd-volume-owner.conf")
def proftpd_volume_owner_fixed(port):
    """ProFTPD (DefaultRoot ~, Umask 022): the same bind-mounted directory after chown to the FTP user; upload, MKD and a listing."""
    volume_session(port, USER, listing_after=True)


@condition("proftpd", 2721, "proftpd-limit-raised.conf")
def proftpd_limit_raised(port):
    """ProFTPD with MaxClientsPerHost 4 and MaxClients 10: three connections from 127.0.0.1, each logged in."""
    fill_up(port, ["127.0.0.1"] * 3)


# ---- Pure-FTPd ---------------------------------------------------------------------------
@condition("pureftpd", 2730, "pureftpd-volume-owner.args")
def pureftpd_volume_foreign_owner(port):
    """Pure-FTPd (-A, -U 133:022): upload and MKD into a bind-mounted directory (mode 755) owned by uid 4242, not by the FTP user."""
    volume_session(port, str(FOREIGN_UID))


@condition("pureftpd", 2730, "pureftpd-volume-owner.args")
def pureftpd_volume_owner_fixed(port):
    """Pure-FTPd (-A, -U 133:022): the same bind-mounted directory after chown to the FTP user; upload, MKD and a listing."""
    volume_session(port, USER, listing_after=True)


@condition("pureftpd", 2731, "pureftpd-no-chroot.args")
def pureftpd_no_chroot(port):
    """Pure-FTPd without -A (no chroot for local users): login, PWD, CWD to / and PWD again."""
    c = login(port)
    c.cmd("PWD")
    c.cmd("CWD /")
    c.cmd("PWD")
    c.quit()


@condition("pureftpd", 2732, "pureftpd-limit-raised.args")
def pureftpd_limit_raised(port):
    """Pure-FTPd with -c 10 -C 4: three connections from 127.0.0.1, each logged in."""
    fill_up(port, ["127.0.0.1"] * 3)


@condition("pureftpd", 2733, "pureftpd-port-range-cap.args")
def pureftpd_port_range_cap(port):
    """Pure-FTPd with -c 10 -C 4 but a passive port range of four ports (-p 42330:42333), which pure-ftpd(8) says forces -c down to (last + 1 - first)/2 = 2: three connections from 127.0.0.1."""
    fill_up(port, ["127.0.0.1"] * 3)


def fill_up(port, srcs):
    conns = []
    for src in srcs:
        c = Conn(port, src=src, label=len(conns) + 1)
        conns.append(c)
        if not c.closed and c.last == 220:
            c.login(USER, PASS)
        if not c.closed:
            c.drain(0.5)
    for c in conns:
        if not c.closed:
            c.quit()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        print("conditions:", ", ".join(f"{s} {n}" for s, n in CONDITIONS))
        sys.exit(2)
    cond = CONDITIONS[(sys.argv[1], sys.argv[2])]
    try:
        cond["fn"](cond["port"])
    except Exception as e:  # keep whatever was printed; note the failure
        out(f"# client error: {e.__class__.__name__}: {e}")
