<?php
// ftp_ssl_connect() (explicit FTPS), login, passive listing and download.
// Usage: php php-ftps.php PORT
$c = ftp_ssl_connect("127.0.0.1", (int)$argv[1], 20);
var_dump(ftp_login($c, "ftpftps", getenv("FTP_PASS")));
var_dump(ftp_pasv($c, true));
var_dump(ftp_nlist($c, "."));
var_dump(ftp_get($c, "/tmp/g-ftps/dl-php.txt", "hello.txt", FTP_BINARY));
ftp_close($c);
