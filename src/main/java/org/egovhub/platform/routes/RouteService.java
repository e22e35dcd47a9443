package org.egovhub.platform.routes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.egovhub.platform.NotFoundException;
import org.egovhub.platform.audit.Audit;
import org.springframework.stereotype.Service;

/**
 * The hub's Camel routes for the REST API and the console: listed with the counters of Camel's
 * Micrometer route policy ({@code camel.exchanges.*}, {@code camel.route.policy}) and the last
 * error, stopped and started, every change audited.
 */
@Service
public class RouteService {

    private static final String ROUTE_ID = "routeId";

    private final CamelContext camel;
    private final MeterRegistry meters;
    private final RouteErrors errors;
    private final Audit audit;

    RouteService(CamelContext camel, MeterRegistry meters, RouteErrors errors, Audit audit) {
        this.camel = camel;
        this.meters = meters;
        this.errors = errors;
        this.audit = audit;
    }

    /** Every route, sorted by id. */
    public List<RouteView> list() {
        return camel.getRoutes().stream().map(Route::getRouteId).sorted(Comparator.naturalOrder()).map(this::view).toList();
    }

    /** Stops a route: its consumer takes nothing more until it is started again (in-flight exchanges finish). */
    public RouteView stop(String routeId, String actor) {
        require(routeId);
        try {
            camel.getRouteController().stopRoute(routeId);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop route " + routeId + ": " + e.getMessage(), e);
        }
        audit.record(actor, "route.stop", routeId, Audit.detail("route", routeId));
        return view(routeId);
    }

    /** Starts a stopped route. */
    public RouteView start(String routeId, String actor) {
        require(routeId);
        try {
            camel.getRouteController().startRoute(routeId);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start route " + routeId + ": " + e.getMessage(), e);
        }
        audit.record(actor, "route.start", routeId, Audit.detail("route", routeId));
        return view(routeId);
    }

    private void require(String routeId) {
        if (routeId == null || camel.getRoute(routeId) == null) {
            throw new NotFoundException("No route " + routeId);
        }
    }

    private RouteView view(String routeId) {
        ServiceStatus status = camel.getRouteController().getRouteStatus(routeId);
        Timer timer = meters.find("camel.route.policy").tag(ROUTE_ID, routeId).timer();
        return new RouteView(routeId, status == null ? "Unknown" : status.name(), count("camel.exchanges.total", routeId),
                count("camel.exchanges.failed", routeId) + count("camel.exchanges.failures.handled", routeId),
                timer == null || timer.count() == 0 ? 0 : Math.round(timer.mean(TimeUnit.MILLISECONDS) * 10) / 10.0,
                errors.lastError(routeId));
    }

    private long count(String meter, String routeId) {
        return (long) meters.find(meter).tag(ROUTE_ID, routeId).counters().stream().mapToDouble(Counter::count).sum();
    }
}
