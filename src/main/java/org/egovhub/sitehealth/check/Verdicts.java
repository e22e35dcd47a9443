package org.egovhub.sitehealth.check;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.egovhub.sitehealth.SiteHealthProperties;
import org.egovhub.sitehealth.SiteHealthProperties.Levels;
import org.egovhub.sitehealth.crawl.CrawlResult;

/**
 * Rates a run's figures against the warning and veto levels. Each figure reaching its warning
 * level warns, reaching its veto level vetoes; the verdict is the worst check. Two exceptions, as
 * the national rules have them: only serious wording errors count toward the wording veto, and the
 * unreachable share vetoes only over enough probes ({@code min-probes-for-veto}). The homepage is
 * reported as stale only when its check does not pass.
 */
final class Verdicts {

    private Verdicts() {
    }

    static SiteReport report(String root, OffsetDateTime ranAt, List<Finding> all, List<String> notes,
            SiteCheck.Reachability reachability, SiteHealthProperties settings, CrawlResult crawl) {
        Levels warn = settings.warn().levels();
        Levels veto = settings.veto().levels();
        Integer homepageDays = all.stream().filter(f -> f.kind().equals("homepage-stale")).map(Finding::days).findFirst().orElse(null);
        int wordings = count(all, "wording");
        int serious = (int) all.stream().filter(f -> f.kind().equals("wording") && Boolean.TRUE.equals(f.serious())).count();
        int percent = reachability.probes() == 0 ? 0 : (int) Math.round(100.0 * reachability.failed() / reachability.probes());
        Integer percentForVeto = reachability.probes() >= settings.minProbesForVeto() ? percent : null;
        List<Check> checks = List.of(
                Check.rate("homepage-stale", homepageDays, warn.homepageStale(), veto.homepageStale()),
                Check.rate("stale-columns", count(all, "stale-column"), warn.staleColumns(), veto.staleColumns()),
                Check.rate("long-stale-columns", count(all, "long-stale-column"), warn.longStaleColumns(), veto.longStaleColumns()),
                Check.rate("blank-columns", count(all, "blank-column"), warn.blankColumns(), veto.blankColumns()),
                Check.rate("broken-links", count(all, "broken-link"), warn.brokenLinks(), veto.brokenLinks()),
                Check.rate("wording", wordings, warn.wording(), veto.wording(), serious),
                Check.rate("unreachable", percent, warn.unreachable(), veto.unreachable(), percentForVeto));
        boolean homepagePasses = checks.get(0).status().equals("pass");
        List<Finding> findings = all.stream().filter(f -> !(f.kind().equals("homepage-stale") && homepagePasses)).toList();
        Check worst = checks.stream().max(Comparator.comparingInt(Check::rank)).orElseThrow();
        List<String> fixFirst = new ArrayList<>();
        checks.stream().filter(c -> c.rank() > 0).sorted(Comparator.comparingInt(Check::rank).reversed())
                .forEach(c -> fixFirst.add(SiteReport.label(c.status()) + "：" + SiteReport.checkLabel(c.check()) + " " + c.value()
                        + "（预警线 " + level(c.warn()) + "，否决线 " + level(c.veto()) + "）"));
        long linksChecked = crawl.links().stream().map(CrawlResult.LinkRef::url).distinct().count();
        return new SiteReport(root, ranAt, worst.status(), checks, findings, fixFirst, List.copyOf(notes), crawl.pagesCrawled(),
                (int) linksChecked);
    }

    private static int count(List<Finding> findings, String kind) {
        return (int) findings.stream().filter(f -> f.kind().equals(kind)).count();
    }

    private static String level(Integer level) {
        return level == null ? "无" : level.toString();
    }
}
