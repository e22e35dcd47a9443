package org.egovhub.extranet.channel;

import java.time.OffsetDateTime;

/**
 * A channel's mode and pause as they stand now.
 *
 * @param mode the current mode
 * @param paused whether its consumers are stopped
 * @param modeSince when the current mode began (for readiness)
 * @param changedBy who made the last change ("channels.yml" for the initial mode)
 * @param changedAt when
 */
public record ChannelState(Mode mode, boolean paused, OffsetDateTime modeSince, String changedBy, OffsetDateTime changedAt) {
}
