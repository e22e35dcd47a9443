package org.egovhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of egov-hub: starts every capability on the configured broker and database.
 *
 * <p>Camel's liveness and readiness state indicators are left out: they repeat what the
 * {@code camelHealth} component reports, and log two WARN lines per health request while Camel
 * starts (QuietStartIT).
 */
@SpringBootApplication(excludeName = "org.apache.camel.spring.boot.actuate.health.CamelAvailabilityCheckAutoConfiguration")
@ConfigurationPropertiesScan
public class HubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "reconcile".equals(args[0])) {
            System.exit(org.egovhub.reconcile.cli.ReconcileCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    org.egovhub.reconcile.cli.ReconcileCommand.console(System.out), System.err));
        }
        if (args.length > 0 && "site-check".equals(args[0])) {
            System.exit(org.egovhub.sitehealth.cli.SiteCheckCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    org.egovhub.reconcile.cli.ReconcileCommand.console(System.out), System.err));
        }
        SpringApplication.run(HubApplication.class, args);
    }
}
