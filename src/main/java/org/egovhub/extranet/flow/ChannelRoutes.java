package org.egovhub.extranet.flow;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.egovhub.extranet.channel.Path;

/** The route ids of a channel, and pausing them: a stopped JMS route leaves its records safe on the queue. */
public final class ChannelRoutes {

    private ChannelRoutes() {
    }

    public static String inbound(String channel) {
        return "extranet-" + channel + "-in";
    }

    public static String delivery(String channel, Path path) {
        return "extranet-" + channel + "-" + path.id();
    }

    static List<String> all(String channel) {
        List<String> ids = new ArrayList<>(List.of(inbound(channel)));
        for (Path path : Path.values()) {
            ids.add(delivery(channel, path));
        }
        return ids;
    }

    /** Stops the consumers; in-flight records finish first (graceful stop). */
    public static void stop(CamelContext camel, String channel) throws Exception {
        for (String id : all(channel)) {
            camel.getRouteController().stopRoute(id);
        }
    }

    public static void start(CamelContext camel, String channel) throws Exception {
        for (String id : all(channel)) {
            camel.getRouteController().startRoute(id);
        }
    }
}
