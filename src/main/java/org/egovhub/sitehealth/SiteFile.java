package org.egovhub.sitehealth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.egovhub.platform.deploy.Unique;

/**
 * The site file (e.g. {@code site.yml}): the one site that is watched, its columns and its wording
 * dictionary. There is no default: the hub checks a site only when {@code hub.site.file} (or the
 * command line's {@code --site}) names a file. Read by the platform's deployment-file reader, so a
 * mistake gives one line naming the file, the entry and the field.
 *
 * <pre>{@code
 * site:
 *   root: https://www.yanfeng.gov.cn/
 *   hosts: [www.yanfeng.gov.cn]
 *   host-delay: 1s
 *   concurrency: 4
 *   page-budget: 20000
 * columns:
 *   - name: 雁峰动态
 *     url: https://www.yanfeng.gov.cn/xxgk/ywdt/
 *     kind: news
 * wording:
 *   protected:
 *     - term: 杜家毫
 *       wrong: [杜家豪]
 *   common:
 *     - wrong: 既使
 *       right: 即使
 * editors: [zwgk@yanfeng.gov.cn]
 * }</pre>
 *
 * @param site where the site is and how politely to crawl it
 * @param columns the columns whose freshness is checked; none when left out
 * @param wording the wording dictionary; empty when left out
 * @param editors the site's editors: the hub mails them (and the administrators) a warning- or
 *     veto-level finding, once until it is fixed; none when left out
 */
public record SiteFile(@NotNull @Valid Site site, @Unique("name") List<@NotNull @Valid Column> columns, @Valid Wording wording,
        List<@NotBlank @Email String> editors) {

    public SiteFile {
        columns = columns == null ? List.of() : List.copyOf(columns);
        editors = editors == null ? List.of() : List.copyOf(editors);
        wording = wording == null ? new Wording(null, null) : wording;
    }

    /**
     * The site.
     *
     * @param root the homepage; the crawl starts here
     * @param start further start URLs; none when left out
     * @param hosts what belongs to the site: {@code host} or {@code host:port} (then only that port)
     * @param hostDelay the pause between two requests to one host (default 1s)
     * @param concurrency requests in flight at once (default 4)
     * @param pageBudget pages crawled per run at most (default 20000); the run says when it stopped there
     */
    public record Site(
            @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String root,
            List<@NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String> start,
            @NotEmpty List<@NotBlank String> hosts,
            Duration hostDelay,
            @Min(1) Integer concurrency,
            @Min(1) Integer pageBudget) {

        public Site {
            start = start == null ? List.of() : List.copyOf(start);
            hostDelay = hostDelay == null ? Duration.ofSeconds(1) : hostDelay;
            concurrency = concurrency == null ? 4 : concurrency;
            pageBudget = pageBudget == null ? 20000 : pageBudget;
        }
    }

    /**
     * One column.
     *
     * @param name its name as reports show it; unique in the file
     * @param url its list page
     * @param kind what it holds, which sets how old its newest item may be
     * @param itemSelector a CSS selector for its item rows; without one, every dated link of the page is an item
     * @param staleAfter for {@code other} columns: how old the newest item may be (default {@code hub.site.other-stale-after})
     */
    public record Column(
            @NotBlank String name,
            @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String url,
            @NotNull Kind kind,
            String itemSelector,
            Duration staleAfter) {
    }

    /** What a column holds: news columns are checked against 2 weeks, notice and policy columns against 6 months. */
    public enum Kind {
        NEWS, NOTICE, POLICY, OTHER
    }

    /**
     * The wording dictionary: all of it, plus the variants generated from the protected terms.
     *
     * @param protectedTerms terms a wrong form of which is a serious error (key {@code protected})
     * @param common common wrong words (错别字) with their right form
     */
    public record Wording(@JsonProperty("protected") List<@NotNull @Valid ProtectedTerm> protectedTerms,
            List<@NotNull @Valid CommonWord> common) {

        public Wording {
            protectedTerms = protectedTerms == null ? List.of() : List.copyOf(protectedTerms);
            common = common == null ? List.of() : List.copyOf(common);
        }
    }

    /**
     * A protected term.
     *
     * @param term the right form, e.g. a leader's name
     * @param wrong explicit wrong forms; generated near-homophone and near-shape variants are added
     */
    public record ProtectedTerm(@NotBlank String term, List<@NotBlank String> wrong) {

        public ProtectedTerm {
            wrong = wrong == null ? List.of() : List.copyOf(wrong);
        }
    }

    /**
     * A common wrong word.
     *
     * @param wrong the wrong form
     * @param right the right form
     */
    public record CommonWord(@NotBlank String wrong, @NotBlank String right) {
    }
}
