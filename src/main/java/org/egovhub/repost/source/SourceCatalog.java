package org.egovhub.repost.source;

import org.egovhub.repost.RepostProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The configured sources of {@code sources.yml}, which the platform read and checked at start
 * before any bean ({@link SourcesFile}, platform.deploy): a bad entry has already stopped the hub
 * naming the file, the entry and the field.
 */
@Component
public class SourceCatalog {

    private final Map<String, Source> sources = new LinkedHashMap<>();

    SourceCatalog(SourcesFile file) {
        file.sources().forEach(s -> sources.put(s.id(), s));
    }

    public List<Source> all() {
        return List.copyOf(sources.values());
    }

    public Optional<Source> find(String id) {
        return Optional.ofNullable(sources.get(id));
    }
}
