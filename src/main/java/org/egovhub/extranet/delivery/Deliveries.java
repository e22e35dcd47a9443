package org.egovhub.extranet.delivery;

import java.time.Duration;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.channel.Target;
import org.springframework.beans.factory.DisposableBean;

/** Delivers a record to the target of one path of its channel; every target drops a record it already holds. */
public class Deliveries implements DisposableBean {

    private final HttpTarget http;
    private final QueueTarget queues = new QueueTarget();
    private final TableTarget tables = new TableTarget();

    public Deliveries(Duration httpTimeout) {
        this.http = new HttpTarget(httpTimeout);
    }

    /**
     * Delivers, or throws {@link TargetUnavailableException} (retry) or {@link TargetRefusedException} (dead-letter now).
     *
     * @return the target's answer code: the HTTP status, or for a table 1 inserted / 0 already held, or {@code null}
     */
    public Integer deliver(Channel channel, Path path, String stableId, String json) {
        Target target = channel.target(path);
        return switch (target.type()) {
            case HTTP -> http.post(target, channel.id(), stableId, json);
            case QUEUE -> {
                queues.send(target, channel.id(), stableId, json);
                yield null;
            }
            case TABLE -> tables.insert(target, channel.id(), channel.recordKind().name().toLowerCase(java.util.Locale.ROOT),
                    stableId, json);
        };
    }

    @Override
    public void destroy() {
        queues.close();
        tables.close();
    }
}
