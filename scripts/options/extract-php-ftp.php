<?php
// Write tests/fixtures/options/php-ftp.json: the functions and constants PHP's ftp extension defines,
// as the running PHP reports them (get_extension_funcs() and get_defined_constants(true)['ftp']).
//   php scripts/options/extract-php-ftp.php
if (!extension_loaded('ftp')) {
    fwrite(STDERR, "the ftp extension is not loaded\n");
    exit(1);
}
$names = array_merge(get_extension_funcs('ftp'), array_keys(get_defined_constants(true)['ftp']));
sort($names, SORT_STRING);
$out = [
    'client' => 'php-ftp',
    'source' => 'PHP ' . PHP_VERSION . ' ftp extension (Debian 12 package php' .
        PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION . '-common): get_extension_funcs("ftp") and its constants',
    'extractedWith' => 'scripts/options/extract-php-ftp.php',
    'options' => array_values(array_unique($names)),
];
$dest = __DIR__ . '/../../tests/fixtures/options/php-ftp.json';
file_put_contents($dest, json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
echo count($out['options']) . " names -> tests/fixtures/options/php-ftp.json\n";
