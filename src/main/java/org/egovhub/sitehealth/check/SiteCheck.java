package org.egovhub.sitehealth.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.egovhub.sitehealth.SiteFile;
import org.egovhub.sitehealth.SiteHealthProperties;
import org.egovhub.sitehealth.crawl.Answer;
import org.egovhub.sitehealth.crawl.CrawlResult;
import org.egovhub.sitehealth.crawl.Fetcher;
import org.egovhub.sitehealth.crawl.HostPacer;
import org.egovhub.sitehealth.crawl.LinkUrls;
import org.egovhub.sitehealth.crawl.PageCache;
import org.egovhub.sitehealth.crawl.SiteCrawler;
import org.egovhub.sitehealth.crawl.SiteHosts;
import org.jsoup.nodes.Document;

/**
 * One run of every check over one crawl of the site: broken links, wording on every page read,
 * freshness of the homepage and the columns, one reachability probe of the homepage (or the share
 * of failed probes the caller kept), and the verdict. Plain Java: the command line and the hub
 * both run it.
 */
public final class SiteCheck {

    private final SiteFile site;
    private final SiteHealthProperties settings;
    private final Clock clock;
    private final SiteCrawler crawler;
    private final Fetcher prober;
    private final WordingCheck wording;
    private final Freshness freshness;

    public SiteCheck(SiteFile site, SiteHealthProperties settings, Clock clock, HostPacer pacer, PageCache cache,
            ConfusionSet confusion) {
        this.site = site;
        this.settings = settings;
        this.clock = clock;
        List<String> start = new ArrayList<>(List.of(site.site().root()));
        start.addAll(site.site().start());
        this.crawler = new SiteCrawler(new SiteCrawler.Settings(start, new SiteHosts(site.site().hosts()), site.site().hostDelay(),
                settings.externalHostDelay(), site.site().concurrency(), site.site().pageBudget(), settings.linkTimeout(),
                settings.maxPageBytes().toBytes(), settings.userAgent()), pacer, cache);
        this.prober = new Fetcher(settings.probeTimeout(), settings.maxPageBytes().toBytes(), settings.userAgent(),
                new HostPacer(System::nanoTime, d -> { }), url -> java.time.Duration.ZERO);
        this.wording = new WordingCheck(site.wording(), confusion);
        this.freshness = new Freshness(settings.otherStaleAfter(), settings.longStaleAfter());
    }

    /** A reachability figure: probes made and failed over the window (7 days). */
    public record Reachability(int probes, int failed, List<Finding> failures) {
    }

    /** Probes the homepage once, within the probe time limit. */
    public Reachability probeOnce() throws InterruptedException {
        Answer answer = prober.get(site.site().root(), Map.of());
        return answer.broken() ? new Reachability(1, 1, List.of(Finding.unreachable(site.site().root(), answer.statusValue())))
                : new Reachability(1, 0, List.of());
    }

    /** Runs every check, with one probe of the homepage. */
    public SiteReport run() throws InterruptedException {
        return run(probeOnce());
    }

    /** Runs every check, with the reachability figure given. */
    public SiteReport run(Reachability reachability) throws InterruptedException {
        OffsetDateTime ranAt = OffsetDateTime.now(clock);
        LocalDate today = ranAt.atZoneSameInstant(org.egovhub.platform.time.HubTime.zone()).toLocalDate();
        String root = key(site.site().root());
        Set<String> wanted = ConcurrentHashMap.newKeySet();
        wanted.add(root);
        site.columns().forEach(c -> wanted.add(key(c.url())));
        Map<String, Document> kept = new ConcurrentHashMap<>();
        List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
        CrawlResult crawl = crawler.crawl((url, page) -> {
            if (wanted.contains(url)) {
                kept.put(url, page);
            }
            findings.addAll(wording.check(url, page.title() + "\n" + (page.body() == null ? "" : page.body().text())));
        });
        List<String> notes = new ArrayList<>();
        links(crawl, root, findings, notes);
        homepage(kept.get(root), today, crawl, findings);
        for (SiteFile.Column column : site.columns()) {
            column(column, kept.get(key(column.url())), today, findings, notes);
        }
        findings.addAll(reachability.failures());
        List<Finding> sorted = findings.stream().sorted(Finding.ORDER).toList();
        return Verdicts.report(site.site().root(), ranAt, sorted, notes, reachability, settings, crawl);
    }

    private void links(CrawlResult crawl, String root, List<Finding> findings, List<String> notes) {
        Answer home = crawl.answers().get(root);
        if (home != null && home.broken()) {
            findings.add(Finding.brokenLink(root, null, home.statusValue()));
            notes.add("网站首页 " + root + " 返回 " + home.statusValue() + "，站点无法抓取，本次检查结束");
        }
        for (CrawlResult.LinkRef link : crawl.links()) {
            Answer answer = crawl.answers().get(link.url());
            if (answer.broken()) {
                findings.add(Finding.brokenLink(link.url(), link.page(), answer.statusValue()));
            }
        }
        if (crawl.budgetReached()) {
            findings.add(Finding.pageBudget(site.site().pageBudget()));
            notes.add("已达页面预算 " + site.site().pageBudget() + " 页，抓取停止，另有 " + crawl.notCrawled() + " 个站内页面未抓取");
        }
        for (String url : crawl.oversized()) {
            findings.add(Finding.page("oversized-page", url));
            notes.add("页面 " + url + " 超过 " + settings.maxPageBytes().toMegabytes() + " MB，已隔离，未读取");
        }
        for (String url : crawl.undeclaredCharset()) {
            findings.add(Finding.page("undeclared-charset", url));
            notes.add("页面 " + url + " 未声明字符集，已按备用顺序（UTF-8、GB18030）解码并检查");
        }
    }

    private void homepage(Document page, LocalDate today, CrawlResult crawl, List<Finding> findings) {
        if (page == null) {
            return;
        }
        Freshness.newest(page, null, today).ifPresent(newest -> findings.add(Finding.homepageStale(Freshness.days(newest, today))));
    }

    private void column(SiteFile.Column column, Document page, LocalDate today, List<Finding> findings, List<String> notes)
            throws InterruptedException {
        Document list = page;
        if (list == null) {
            SiteCrawler.Read read = crawler.read(column.url());
            if (read.page() == null) {
                findings.add(Finding.columnUnreadable(column.name(), column.url(), read.answer().statusValue()));
                notes.add("栏目「" + column.name() + "」的列表页 " + column.url() + " 无法读取（" + read.answer().statusValue() + "）");
                return;
            }
            list = read.page();
        }
        freshness.column(column, list, today, url -> Optional.ofNullable(crawler.read(url).page())).ifPresent(findings::add);
    }

    private static String key(String url) {
        Optional<java.net.URI> uri = LinkUrls.parse(url);
        return uri.map(java.net.URI::toString).orElse(url);
    }
}
