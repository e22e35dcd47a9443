package org.egovhub.platform;

import static org.apache.activemq.artemis.core.security.CheckType.BROWSE;
import static org.apache.activemq.artemis.core.security.CheckType.CONSUME;
import static org.apache.activemq.artemis.core.security.CheckType.CREATE_ADDRESS;
import static org.apache.activemq.artemis.core.security.CheckType.CREATE_DURABLE_QUEUE;
import static org.apache.activemq.artemis.core.security.CheckType.CREATE_NON_DURABLE_QUEUE;
import static org.apache.activemq.artemis.core.security.CheckType.DELETE_ADDRESS;
import static org.apache.activemq.artemis.core.security.CheckType.DELETE_DURABLE_QUEUE;
import static org.apache.activemq.artemis.core.security.CheckType.DELETE_NON_DURABLE_QUEUE;
import static org.apache.activemq.artemis.core.security.CheckType.EDIT;
import static org.apache.activemq.artemis.core.security.CheckType.MANAGE;
import static org.apache.activemq.artemis.core.security.CheckType.SEND;
import static org.apache.activemq.artemis.core.security.CheckType.VIEW;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * Who may do what on the embedded broker. The hub's own user {@code hub} may do everything; outside
 * logins ({@code hub.broker.users}) get one of two roles:
 *
 * <ul>
 * <li>{@code monitor}: browse every queue and read queue and broker statistics through the
 *     management address ({@code artemis queue stat}); it may not consume, send or change anything.</li>
 * <li>{@code producer}: send to {@code extranet.<channel>.in}, the queues business systems feed.</li>
 * </ul>
 *
 * <p>Artemis applies only the most specific matching entry to an address, so each entry below names
 * every role that may touch it. Management operations are checked one by one
 * ({@code management-message-rbac}): read operations need {@code view} on {@code mops.<resource>.<operation>},
 * all others {@code edit}, which only the hub has.
 */
final class BrokerSecurity {

    static final String HUB_ROLE = "hub";
    static final String MANAGEMENT_ADDRESS = "activemq.management";
    static final String INBOUND_QUEUES = "extranet.*.in";

    private static final String MONITOR = BrokerUser.Role.MONITOR.brokerRole();
    private static final String PRODUCER = BrokerUser.Role.PRODUCER.brokerRole();

    private BrokerSecurity() {
    }

    /** The security settings, by address match. */
    static Map<String, Set<Role>> roles() {
        Map<String, Set<Role>> roles = new LinkedHashMap<>();
        roles.put("#", Set.of(hub(), role(MONITOR, BROWSE)));
        roles.put(INBOUND_QUEUES, Set.of(hub(), role(MONITOR, BROWSE), role(PRODUCER, SEND)));
        // The management address, and the temporary reply queues the Artemis CLI creates below it
        // (activemq.management.<uuid>): the monitor sends requests and reads their answers there.
        roles.put(MANAGEMENT_ADDRESS + ".#", Set.of(hub(),
                role(MONITOR, MANAGE, CREATE_ADDRESS, CREATE_NON_DURABLE_QUEUE, DELETE_NON_DURABLE_QUEUE, CONSUME, SEND)));
        roles.put("mops.#", Set.of(hub(), role(MONITOR, VIEW)));
        return roles;
    }

    /** Checks logins against the hub's user and the configured ones, in memory. */
    static ActiveMQSecurityManager securityManager(BrokerProperties broker) {
        SecurityConfiguration logins = new SecurityConfiguration();
        logins.addUser(BrokerProperties.HUB_USER, broker.password());
        logins.addRole(BrokerProperties.HUB_USER, HUB_ROLE);
        for (BrokerUser user : broker.users()) {
            logins.addUser(user.name(), user.password());
            logins.addRole(user.name(), user.role().brokerRole());
        }
        return new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), logins);
    }

    private static Role hub() {
        return role(HUB_ROLE, EnumSet.allOf(CheckType.class));
    }

    private static Role role(String name, CheckType first, CheckType... more) {
        return role(name, EnumSet.of(first, more));
    }

    private static Role role(String name, Set<CheckType> allowed) {
        return new Role(name, allowed.contains(SEND), allowed.contains(CONSUME), allowed.contains(CREATE_DURABLE_QUEUE),
                allowed.contains(DELETE_DURABLE_QUEUE), allowed.contains(CREATE_NON_DURABLE_QUEUE),
                allowed.contains(DELETE_NON_DURABLE_QUEUE), allowed.contains(MANAGE), allowed.contains(BROWSE),
                allowed.contains(CREATE_ADDRESS), allowed.contains(DELETE_ADDRESS), allowed.contains(VIEW), allowed.contains(EDIT));
    }
}
