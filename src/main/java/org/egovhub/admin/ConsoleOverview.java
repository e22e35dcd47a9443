package org.egovhub.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.egovhub.alert.AlertMailer;
import org.egovhub.alert.SentAlerts;
import org.egovhub.extranet.ExtranetService;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.UpstreamHealth;
import org.egovhub.platform.availability.Availability;
import org.egovhub.platform.queues.QueueService;
import org.egovhub.platform.queues.QueueView;
import org.egovhub.reconcile.ReconcileService;
import org.egovhub.repost.RepostService;
import org.springframework.stereotype.Service;

/**
 * The hub at a glance, for the console's home and {@code GET /api/admin/overview}: read from the
 * capabilities' public services, nothing computed that they do not already say. Keyed maps (by
 * dependency, source, capability, channel) so the page's script finds each number by its path.
 */
@Service
class ConsoleOverview {

    /** One dependency: up or not, in words, since when. */
    record Dependency(boolean up, String state, String detail, OffsetDateTime since) {
    }

    /** One upstream repost source. */
    record Source(String name, String state, OffsetDateTime lastSuccessAt, String lastError, int consecutiveFailures,
            OffsetDateTime lastNewItemAt) {
    }

    /** What waits on a capability's queues and what was dead-lettered there. */
    record Backlog(long backlog, long deadLetters) {
    }

    /** One extranet channel's migration. */
    record Channel(String name, String mode, boolean paused, boolean ready, String readiness) {
    }

    /** The latest reconciled quarter. */
    record LastQuarter(String quarter, java.math.BigDecimal onlineRate, java.math.BigDecimal syncRate, long flagged) {
    }

    record Overview(OffsetDateTime at, Map<String, Dependency> health, Map<String, Source> sources, Map<String, Backlog> capabilities,
            String brokerError, int slaYear, long slaBreaches, Map<String, Channel> channels, LastQuarter lastQuarter,
            List<SentAlerts.Sent> recentAlerts, int recentAlertCount) {
    }

    private final Availability availability;
    private final UpstreamHealth upstreams;
    private final QueueService queues;
    private final RepostService repost;
    private final ExtranetService extranet;
    private final ReconcileService reconcile;
    private final SentAlerts alerts;
    private final Clock clock;

    ConsoleOverview(Availability availability, UpstreamHealth upstreams, QueueService queues, RepostService repost,
            ExtranetService extranet, ReconcileService reconcile, SentAlerts alerts, Clock clock) {
        this.availability = availability;
        this.upstreams = upstreams;
        this.queues = queues;
        this.repost = repost;
        this.extranet = extranet;
        this.reconcile = reconcile;
        this.alerts = alerts;
        this.clock = clock;
    }

    Overview now() {
        Map<String, Dependency> health = new LinkedHashMap<>();
        health.put("broker", dependency(availability.state(Availability.BROKER)));
        health.put("database", dependency(availability.state(Availability.DATABASE)));
        UpstreamHealth.State smtp = upstreams.states().get(AlertMailer.SMTP);
        health.put("mail", smtp == null ? new Dependency(true, "尚未发送", "本次启动后尚未发送提醒邮件", null)
                : new Dependency(smtp.reachable(), smtp.reachable() ? "正常" : "不可用", smtp.detail(), at(smtp.at())));

        Map<String, Source> sources = new LinkedHashMap<>();
        repost.sources().forEach(s -> sources.put(s.id(), new Source(s.name(),
                s.lastError() != null ? "失败" : s.lastSuccessAt() == null ? "尚未抓取" : "正常",
                s.lastSuccessAt(), s.lastError(), s.consecutiveFailures(), s.lastNewItemAt())));

        Map<String, Backlog> capabilities = new LinkedHashMap<>();
        String brokerError = null;
        try {
            for (QueueView q : queues.list()) {
                String capability = q.name().contains(".") ? q.name().substring(0, q.name().indexOf('.')) : q.name();
                Backlog before = capabilities.getOrDefault(capability, new Backlog(0, 0));
                capabilities.put(capability, QueueService.isDeadLetterQueue(q.name())
                        ? new Backlog(before.backlog(), before.deadLetters() + q.depth())
                        : new Backlog(before.backlog() + q.depth(), before.deadLetters()));
            }
        } catch (BrokerUnavailableException e) {
            brokerError = e.getMessage();
        }

        Map<String, Channel> channels = new LinkedHashMap<>();
        extranet.channels().forEach(c -> channels.put(c.id(), new Channel(c.businessSystem(), c.mode().name(), c.paused(),
                c.readiness().ready(), c.readiness().label())));

        LastQuarter last = reconcile.quarters().stream().max(Comparator.comparing(ReconcileService.QuarterTotal::quarter))
                .map(q -> new LastQuarter(q.quarter().toString(), q.total().onlineRate(), q.total().syncRate(),
                        reconcile.figures(q.quarter()).map(f -> (long) f.flagged().size()).orElse(0L)))
                .orElse(null);
        int year = LocalDate.now(clock).getYear();
        List<SentAlerts.Sent> recent = alerts.recent();
        return new Overview(OffsetDateTime.now(clock), health, sources, capabilities, brokerError, year, repost.slaBreaches(year),
                channels, last, recent, recent.size());
    }

    private Dependency dependency(Availability.State state) {
        return new Dependency(state.up(), state.up() ? "正常" : "不可用", state.detail(), at(state.since()));
    }

    private OffsetDateTime at(java.time.Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, clock.getZone());
    }
}
