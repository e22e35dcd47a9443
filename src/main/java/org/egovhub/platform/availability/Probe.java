package org.egovhub.platform.availability;

/** One question to a dependency; it answers by returning, and is down by throwing. */
@FunctionalInterface
interface Probe {

    void ask() throws Exception;
}
