package org.egovhub.platform;

import jakarta.jms.ConnectionFactory;
import java.io.IOException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.jms.connection.DelegatingConnectionFactory;
import org.springframework.jms.connection.SingleConnectionFactory;

/**
 * The hub's broker connection factory as Spring wraps it (caching, delegating) and the Artemis factory
 * inside; and a separate factory for the same broker and login, that shares nothing with the one the
 * listener containers use, for calls that must answer at once while the broker is away (API sends,
 * the availability probe).
 *
 * <p>Why not the same factory object for those: Artemis' {@code ActiveMQConnectionFactory.createConnection}
 * holds the factory's lock while it tries to connect. While the broker was down, every listener
 * container tried in turn, each holding that lock about 2 s (its connectors tried twice with
 * {@code retryInterval} between); an ingest call waited behind them 3 to 8 s before it could answer
 * 503 (thread dumps of the broker-restart fault, 2026-12-02). The copy also waits only
 * {@link #RETRY_INTERVAL_MS} between its own attempts.
 */
public final class BrokerConnectionFactories {

    /** Between a refused connect and the next connector's try: the caller answers 503, it does not wait. */
    static final long RETRY_INTERVAL_MS = 100;

    private BrokerConnectionFactories() {
    }

    /** The broker's own factory under Spring's caching or delegating wrappers (any depth); another factory as it is. */
    public static ConnectionFactory unwrapped(ConnectionFactory factory) {
        if (factory instanceof SingleConnectionFactory caching && caching.getTargetConnectionFactory() != null) {
            return unwrapped(caching.getTargetConnectionFactory());
        }
        if (factory instanceof DelegatingConnectionFactory delegating && delegating.getTargetConnectionFactory() != null) {
            return unwrapped(delegating.getTargetConnectionFactory());
        }
        return factory;
    }

    /** A new Artemis factory with the same URL, parameters and login; another kind of factory, unwrapped. */
    public static ConnectionFactory separate(ConnectionFactory factory) {
        ConnectionFactory target = unwrapped(factory);
        if (!(target instanceof ActiveMQConnectionFactory artemis)) {
            return target;
        }
        try {
            ActiveMQConnectionFactory copy = new ActiveMQConnectionFactory(artemis.toURI().toString(), artemis.getUser(),
                    artemis.getPassword());
            copy.setRetryInterval(RETRY_INTERVAL_MS);
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot copy the broker connection factory " + artemis, e);
        }
    }
}
