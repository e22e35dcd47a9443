package org.egovhub.extranet.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Path;
import org.egovhub.extranet.channel.Target;
import org.springframework.beans.factory.DisposableBean;

/** Delivers records to the target of one path of their channel; every target drops a record it already holds. */
public class Deliveries implements DisposableBean {

    /** One record to deliver: its idempotency key and its JSON. */
    public record Item(String stableId, String json) {
    }

    private final HttpTarget http;
    private final QueueTarget queues = new QueueTarget();
    private final TableTarget tables;

    public Deliveries(Duration httpTimeout, java.time.Clock clock) {
        this.tables = new TableTarget(clock);
        this.http = new HttpTarget(httpTimeout);
    }

    /**
     * Delivers a batch; answers one outcome per item, in order. A queue takes the batch in one
     * transaction; HTTP and table targets take one record after the other, and once a target proves
     * unavailable the rest of the batch is not tried (a down target is not asked a hundred times).
     */
    public List<Outcome> deliverAll(Channel channel, Path path, List<Item> items) {
        Target target = channel.target(path);
        if (target.type() == Target.Type.QUEUE) {
            try {
                queues.sendAll(target, channel.id(), items);
                return items.stream().map(item -> Outcome.delivered(null)).toList();
            } catch (RuntimeException e) {
                // The broker is unavailable: the first record carries the failure, the rest were not taken.
                List<Outcome> outcomes = new ArrayList<>(List.of(Outcome.failed(e)));
                items.stream().skip(1).forEach(item -> outcomes.add(Outcome.notTried()));
                return outcomes;
            }
        }
        List<Outcome> outcomes = new ArrayList<>(items.size());
        boolean unavailable = false;
        for (Item item : items) {
            if (unavailable) {
                outcomes.add(Outcome.notTried());
                continue;
            }
            try {
                outcomes.add(Outcome.delivered(deliver(channel, target, item)));
            } catch (TargetUnavailableException e) {
                outcomes.add(Outcome.failed(e));
                unavailable = true;
            } catch (RuntimeException e) {
                outcomes.add(Outcome.failed(e));
            }
        }
        return outcomes;
    }

    private Integer deliver(Channel channel, Target target, Item item) {
        return switch (target.type()) {
            case HTTP -> http.post(target, channel.id(), item.stableId(), item.json());
            case TABLE -> tables.insert(target, channel.id(), channel.recordKind().name().toLowerCase(Locale.ROOT),
                    item.stableId(), item.json());
            case QUEUE -> throw new IllegalStateException("queues take whole batches");
        };
    }

    @Override
    public void destroy() {
        http.close();
        queues.close();
        tables.close();
    }
}
