# Varnish in front of the newsroom's app servers (Varnish 7 with varnish-modules for xkey).
#
# * Anonymous GETs of public pages are cached and served without touching Python; their
#   cookies are stripped. The newsroom (/admin/), previews, preview links and /health/ are
#   never cached, nor is anything a signed-in member of staff asks for.
# * The app tags each public page (Surrogate-Key) and says how long it may be kept
#   (Surrogate-Control); it purges pages by tag after each change with a PURGE request
#   carrying the tags in an xkey-purge header. Untagged answers (redirects, 404, 410) are
#   not kept, so a story that goes live is never hidden behind a cached "not found".
# * Grace: a page stays up to a day past its time. While the app answers, an expired page
#   is refreshed within seconds; while every app server or the database is down, readers
#   get the last good copy instead of an error.
# * ETag and Last-Modified come from the app; Varnish answers If-None-Match and
#   If-Modified-Since with 304 from its own copy.
vcl 4.1;

import directors;
import std;
import xkey;

# The app servers answer this before they get readers; it reads no database, so a database
# outage shows as 503 answers to page requests (handled below), not as dead servers.
probe newsroom_app {
    .url = "/robots.txt";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

# Backends (one for each app server, using probe newsroom_app), the `app` round-robin
# director that holds them, and the `purgers` ACL of addresses allowed to purge: written
# for each machine (deploy/fleet.py writes it for `make fleet`; see backends.vcl.example).
include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();
    unset req.http.X-Newsroom-Cacheable;

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "An xkey-purge header names the tags to purge"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|preview|health)(/|$)") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Readers' cookies (analytics, a stale csrftoken) never reach a public page.
    unset req.http.Cookie;
    # Tracking parameters do not change a page; the app ignores them, so one copy serves all.
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid)=[^&]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");

    if (req.http.X-Newsroom-Stale) {
        # Second try after the app failed: any copy within grace is better than an error.
        set req.grace = 24h;
    } else if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    set req.http.X-Newsroom-Cacheable = "1";
    return (hash);
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            # Keep serving the copy we have; the next request tries again.
            return (abandon);
        }
        # Deliver the app's error page without storing it over the copy we may have.
        set beresp.ttl = 0s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        set beresp.ttl = std.duration(
            regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 300s);
        set beresp.grace = 24h;
        set beresp.keep = 1h;
        unset beresp.http.Set-Cookie;
        if (beresp.http.Content-Type ~ "^(text/|application/(rss|atom)\+xml|application/xml)") {
            set beresp.do_gzip = true;
        }
        return (deliver);
    }
    if (bereq.url ~ "^/(static|media)/") {
        # Static files and media: the builtin rules honour their Cache-Control.
        return (deliver);
    }
    # Not a tagged public page: never kept, so nothing but a purge-able page is ever cached.
    set beresp.uncacheable = true;
    set beresp.ttl = 10s;
    return (deliver);
}

sub vcl_backend_error {
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    if (resp.status >= 500 && req.http.X-Newsroom-Cacheable && !req.http.X-Newsroom-Stale) {
        set req.http.X-Newsroom-Stale = "1";
        return (restart);
    }
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Surrogate-Control;
}

sub vcl_synth {
    if (resp.status == 503 && req.http.X-Newsroom-Cacheable && !req.http.X-Newsroom-Stale) {
        set req.http.X-Newsroom-Stale = "1";
        return (restart);
    }
}
