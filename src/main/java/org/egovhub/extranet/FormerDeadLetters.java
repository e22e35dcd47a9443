package org.egovhub.extranet;

import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.Channels;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.queues.QueueService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Moves refused records left on a channel's former dead-letter queue ({@code extranet.<channel>.dlq},
 * from before the hub's one dead-letter convention) to {@code extranet.<channel>.in.dlq}, where the
 * console and the replay look for them, once at start.
 */
@Component
class FormerDeadLetters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FormerDeadLetters.class);

    private final Channels channels;
    private final QueueService queues;

    FormerDeadLetters(Channels channels, QueueService queues) {
        this.channels = channels;
        this.queues = queues;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Channel channel : channels.list()) {
            try {
                int moved = queues.moveAll(channel.formerDeadLetterQueue(), channel.deadLetterQueue());
                if (moved > 0) {
                    log.info("Moved {} dead letter(s) of channel {} from {} to {}", moved, channel.id(), channel.formerDeadLetterQueue(),
                            channel.deadLetterQueue());
                }
            } catch (BrokerUnavailableException e) {
                log.warn("Dead letters of channel {} not moved from {} (they stay there): {}", channel.id(),
                        channel.formerDeadLetterQueue(), e.getMessage());
            }
        }
    }
}
