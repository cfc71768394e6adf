<?php
// Install a fresh WordPress for newsdesk's e2e suite without a browser: the site (admin with a
// random password), an Editor user `newsdesk` — the least built-in role that can publish,
// edit others' posts and create categories — and an application password for it. Writes the
// user name and the application password (two lines) to the file named by the second
// argument (mode 0600); prints nothing secret.
//
//   php scripts/e2e-wordpress-setup.php <wordpress-folder> <credentials-file>

if ($argc < 3) {
    fwrite(STDERR, "usage: e2e-wordpress-setup.php <wordpress-folder> <credentials-file>\n");
    exit(2);
}
[$script, $root, $out] = $argv;
define('WP_INSTALLING', true);
$_SERVER['REQUEST_METHOD'] = 'GET';
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// No mail goes out from a test site (wp_install tells the admin by mail).
add_filter('pre_wp_mail', '__return_false');

$admin = wp_install('newsdesk e2e', 'admin', 'admin@newsdesk.test', false, '', wp_generate_password(24, true, true));
if (is_wp_error($admin)) {
    fwrite(STDERR, $admin->get_error_message() . "\n");
    exit(1);
}
switch_theme('twentytwentythree');

$user = wp_insert_user(array('user_login' => 'newsdesk', 'user_email' => 'newsdesk@newsdesk.test', 'user_pass' => wp_generate_password(24, true, true), 'role' => 'editor'));
if (is_wp_error($user)) {
    fwrite(STDERR, $user->get_error_message() . "\n");
    exit(1);
}
$created = WP_Application_Passwords::create_new_application_password($user, array('name' => 'newsdesk e2e'));
if (is_wp_error($created)) {
    fwrite(STDERR, $created->get_error_message() . "\n");
    exit(1);
}
file_put_contents($out, "newsdesk\n" . $created[0] . "\n");
chmod($out, 0600);
echo "wordpress: site installed, theme " . get_stylesheet() . ", editor `newsdesk` with an application password\n";
