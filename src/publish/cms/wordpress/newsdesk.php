<?php
/**
 * Plugin Name: newsdesk
 * Description: Receives newsdesk's language versions over the REST API: one post per language, linked by a shared group id in post meta, with hreflang alternates in the page head.
 * Version: 1.0.0
 * Requires at least: 5.6
 * Requires PHP: 7.4
 * License: MIT
 *
 * Copy this file into wp-content/mu-plugins/ (always on) or wp-content/plugins/ (then
 * activate it). newsdesk publishes with an application password of a user with the Editor
 * role (publish posts, edit others' posts, manage categories).
 *
 * What it adds:
 * - post meta, readable and writable over REST by users who can edit the post:
 *   newsdesk_external_id (newsdesk's id of one language version, `<article id>/<lang>`),
 *   newsdesk_group (the article id, shared by every language), newsdesk_lang, newsdesk_digest;
 * - `newsdesk_group` and `newsdesk_external_id` filters on GET /wp/v2/posts, so newsdesk finds
 *   what it published before (drafts included, with `status`) and never creates a post twice;
 * - `newsdesk_alternates` on each post in the REST API, and <link rel="alternate" hreflang>
 *   in the page head: the published posts of the same group, one per language.
 */

if (!defined('ABSPATH')) {
    exit;
}

const NEWSDESK_META = array('newsdesk_external_id', 'newsdesk_group', 'newsdesk_lang', 'newsdesk_digest');

add_action('init', function () {
    foreach (NEWSDESK_META as $key) {
        register_post_meta('post', $key, array(
            'type' => 'string',
            'single' => true,
            'show_in_rest' => true,
            'default' => '',
            'auth_callback' => function ($allowed, $meta_key, $post_id) {
                return current_user_can('edit_post', $post_id);
            },
        ));
    }
});

/** The query parameters newsdesk filters posts by. */
add_filter('rest_post_collection_params', function ($params) {
    foreach (array('newsdesk_group', 'newsdesk_external_id') as $key) {
        $params[$key] = array(
            'description' => 'Posts whose ' . $key . ' meta equals this value.',
            'type' => 'string',
            'sanitize_callback' => 'sanitize_text_field',
        );
    }
    return $params;
});

add_filter('rest_post_query', function ($args, $request) {
    $clauses = array();
    foreach (array('newsdesk_group', 'newsdesk_external_id') as $key) {
        $value = $request->get_param($key);
        if (is_string($value) && $value !== '') {
            $clauses[] = array('key' => $key, 'value' => $value, 'compare' => '=');
        }
    }
    if ($clauses) {
        $args['meta_query'] = array_merge(array('relation' => 'AND'), $clauses);
    }
    return $args;
}, 10, 2);

/** hreflang => permalink of the published posts of a group. */
function newsdesk_alternates($group) {
    if (!is_string($group) || $group === '') {
        return array();
    }
    $posts = get_posts(array(
        'post_type' => 'post',
        'post_status' => 'publish',
        'numberposts' => 100,
        'meta_key' => 'newsdesk_group',
        'meta_value' => $group,
        'orderby' => 'ID',
        'order' => 'ASC',
    ));
    $out = array();
    foreach ($posts as $post) {
        $lang = get_post_meta($post->ID, 'newsdesk_lang', true);
        if (is_string($lang) && $lang !== '') {
            $out[] = array('hreflang' => $lang, 'href' => get_permalink($post));
        }
    }
    return $out;
}

add_action('rest_api_init', function () {
    register_rest_field('post', 'newsdesk_alternates', array(
        'get_callback' => function ($post) {
            return newsdesk_alternates(get_post_meta($post['id'], 'newsdesk_group', true));
        },
        'schema' => array('description' => 'The published language versions of the same newsdesk article.', 'type' => 'array', 'context' => array('view', 'edit')),
    ));
});

add_action('wp_head', function () {
    if (!is_singular('post')) {
        return;
    }
    foreach (newsdesk_alternates(get_post_meta(get_queried_object_id(), 'newsdesk_group', true)) as $alternate) {
        printf("<link rel=\"alternate\" hreflang=\"%s\" href=\"%s\" />\n", esc_attr($alternate['hreflang']), esc_url($alternate['href']));
    }
});
