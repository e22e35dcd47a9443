package org.egovhub.sitehealth.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One host's robots.txt (RFC 9309): the group for our user agent, else the {@code *} group; the
 * longest matching {@code Allow}/{@code Disallow} rule decides, {@code Allow} on a tie;
 * {@code *} and {@code $} as the RFC gives them.
 */
public final class Robots {

    /** No robots.txt (or one that could not be read as text): everything allowed. */
    public static final Robots ALLOW_ALL = new Robots(List.of());

    private record Rule(boolean allow, String path, Pattern pattern) {
    }

    private final List<Rule> rules;

    private Robots(List<Rule> rules) {
        this.rules = rules;
    }

    /** Parses robots.txt for a crawler whose product token is the start of {@code userAgent} (before '/'). */
    public static Robots parse(String text, String userAgent) {
        String token = userAgent.split("/")[0].trim().toLowerCase(Locale.ROOT);
        List<Rule> ours = new ArrayList<>();
        List<Rule> any = new ArrayList<>();
        boolean forUs = false;
        boolean forAny = false;
        boolean inAgents = false;
        boolean sawOurs = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceAll("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    forUs = false;
                    forAny = false;
                }
                inAgents = true;
                String agent = value.toLowerCase(Locale.ROOT);
                forUs |= !token.isEmpty() && agent.equals(token);
                forAny |= agent.equals("*");
                sawOurs |= forUs;
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgents = false;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with nothing allows everything
                }
                Rule rule = new Rule(key.equals("allow"), value, pattern(value));
                if (forUs) {
                    ours.add(rule);
                }
                if (forAny) {
                    any.add(rule);
                }
            } else {
                inAgents = false;
            }
        }
        return new Robots(sawOurs ? ours : any);
    }

    /** Whether the path and query of a URL (e.g. {@code /a/b.html?x=1}) may be crawled. */
    public boolean allows(String pathAndQuery) {
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.pattern().matcher(pathAndQuery).lookingAt()
                    && (best == null || rule.path().length() > best.path().length()
                            || rule.path().length() == best.path().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    private static Pattern pattern(String path) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '$' && i == path.length() - 1) {
                regex.append('$');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
