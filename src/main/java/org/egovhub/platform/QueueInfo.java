package org.egovhub.platform;

/**
 * One queue of the broker as an administrator sees it.
 *
 * @param name the queue name, {@code <capability>.<stage>} or its {@code .dlq}
 * @param messages messages waiting
 * @param consumers consumers attached
 */
public record QueueInfo(String name, long messages, int consumers) {

    public boolean deadLetter() {
        return name.endsWith(".dlq") || name.equals(EmbeddedBrokerConfiguration.POISON_ADDRESS);
    }
}
