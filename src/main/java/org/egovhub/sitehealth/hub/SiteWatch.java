package org.egovhub.sitehealth.hub;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import org.egovhub.sitehealth.SiteFile;
import org.egovhub.sitehealth.SiteFiles;
import org.egovhub.sitehealth.SiteHealthProperties;
import org.egovhub.sitehealth.check.ConfusionSet;
import org.egovhub.sitehealth.check.SiteCheck;
import org.egovhub.sitehealth.crawl.HostPacer;
import org.egovhub.sitehealth.crawl.PageCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The site the hub watches: the site file {@code hub.site.file} names, read at start (a bad file
 * stops the start with one line), and the one {@link SiteCheck} that crawls it, whose page cache
 * lives as long as the hub (conditional GET from run to run). Without {@code hub.site.file} no site
 * is watched: the schedules do nothing and a requested run is refused.
 */
@Component
public class SiteWatch {

    private static final Logger log = LoggerFactory.getLogger(SiteWatch.class);

    private final SiteFile site;
    private final SiteCheck check;

    SiteWatch(SiteHealthProperties settings, Validator validator, Clock clock) {
        if (settings.file() == null) {
            this.site = null;
            this.check = null;
            log.info("Site health: no site file (hub.site.file is not set), no site is watched");
            return;
        }
        this.site = SiteFiles.read(settings.file(), validator);
        this.check = new SiteCheck(site, settings, clock, HostPacer.system(), new PageCache(), ConfusionSet.shipped());
        log.info("Site health watches {} ({} columns, site file {})", site.site().root(), site.columns().size(), settings.file());
    }

    /** The watched site, empty when {@code hub.site.file} is not set. */
    public Optional<SiteFile> site() {
        return Optional.ofNullable(site);
    }

    /** The checks of the watched site, empty when no site is watched. */
    Optional<SiteCheck> check() {
        return Optional.ofNullable(check);
    }
}
