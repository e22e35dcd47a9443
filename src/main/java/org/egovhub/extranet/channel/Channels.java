package org.egovhub.extranet.channel;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The configured channels and their current state. The state lives in the database (so a switch
 * made through the API wins over the file after a restart) and is mirrored in memory, so the
 * inbound route reads the mode of every message without a query and a switch applies to the very
 * next message.
 */
public class Channels {

    private final Clock clock;

    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final Map<String, ChannelState> states = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    public Channels(List<Channel> configured, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        configured.forEach(c -> channels.put(c.id(), c));
        jdbc.query("select channel, mode, paused, mode_since, changed_by, changed_at from extranet_channel_state", rs -> {
            states.put(rs.getString(1), new ChannelState(Mode.parse(rs.getString(2)), rs.getBoolean(3),
                    rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
        });
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Channel channel : configured) {
            states.computeIfAbsent(channel.id(), id -> new ChannelState(channel.initialMode(), false, now, "channels.yml", now));
        }
    }

    /** Every channel in file order. */
    public List<Channel> list() {
        return List.copyOf(channels.values());
    }

    /** The channel with that id. */
    public Channel get(String id) {
        Channel channel = channels.get(id);
        if (channel == null) {
            throw new NoSuchElementException("No extranet channel '" + id + "'");
        }
        return channel;
    }

    /** The current mode; called by the inbound route for every message. */
    public Mode mode(String id) {
        return state(id).mode();
    }

    /** The current state of a configured channel. */
    public ChannelState state(String id) {
        get(id);
        return states.get(id);
    }

    /** Records a mode switch, in the database first so that it survives a restart. */
    public synchronized ChannelState switchMode(String id, Mode mode, String user) {
        ChannelState old = state(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime since = old.mode() == mode ? old.modeSince() : now;
        return save(id, new ChannelState(mode, old.paused(), since, user, now), "mode", old.mode());
    }

    /** Records a pause or resume. */
    public synchronized ChannelState setPaused(String id, boolean paused, String user) {
        ChannelState old = state(id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return save(id, new ChannelState(old.mode(), paused, old.modeSince(), user, now), paused ? "pause" : "resume", old.mode());
    }

    private ChannelState save(String id, ChannelState state, String action, Mode from) {
        int updated = jdbc.update("update extranet_channel_state set mode = ?, paused = ?, mode_since = ?, changed_by = ?,"
                + " changed_at = ? where channel = ?", state.mode().name(), state.paused(), state.modeSince(), state.changedBy(),
                state.changedAt(), id);
        if (updated == 0) {
            jdbc.update("insert into extranet_channel_state (channel, mode, paused, mode_since, changed_by, changed_at)"
                    + " values (?, ?, ?, ?, ?, ?)", id, state.mode().name(), state.paused(), state.modeSince(),
                    state.changedBy(), state.changedAt());
        }
        jdbc.update("insert into extranet_channel_change (channel, action, from_mode, to_mode, changed_by, changed_at)"
                + " values (?, ?, ?, ?, ?, ?)", id, action, from.name(), state.mode().name(), state.changedBy(), state.changedAt());
        states.put(id, state);
        return state;
    }
}
