package org.egovhub.sitehealth.crawl;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * What belongs to the site: {@code host} entries match that host on any port, {@code host:port}
 * entries only that host and port. Every other host is external.
 */
public final class SiteHosts {

    private final List<String> entries;

    public SiteHosts(List<String> entries) {
        this.entries = entries.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether {@code url} is on one of the site's hosts. */
    public boolean contains(URI url) {
        if (url.getHost() == null) {
            return false;
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        String hostAndPort = host + ":" + port(url);
        return entries.stream().anyMatch(e -> e.contains(":") ? e.equals(hostAndPort) : e.equals(host));
    }

    /** {@code host:port} with the scheme's port when none is written: the key of politeness and robots.txt. */
    public static String key(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + port(url);
    }

    private static int port(URI url) {
        return url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
