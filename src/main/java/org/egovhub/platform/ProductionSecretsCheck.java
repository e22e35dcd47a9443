package org.egovhub.platform;

import java.util.List;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Under the {@code prod} profile, stops the start when a secret the hub cannot run safely without
 * is not set, naming every missing one at once. Runs before any bean exists, so neither the
 * database nor the broker has been touched and nothing is written to the data folder.
 *
 * <p>There are no development defaults for these in production: with the published development
 * HMAC key, a person record's stable id could be brute-forced back to the ID number.
 */
public class ProductionSecretsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    /** The variables the {@code prod} profile reads its secrets from (application-prod.yml). */
    static final List<String> REQUIRED = List.of("HUB_EXTRANET_HMAC_KEY", "HUB_DB_PASSWORD", "HUB_BROKER_PASSWORD");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> missing = REQUIRED.stream().filter(name -> !StringUtils.hasText(environment.getProperty(name))).toList();
        if (!missing.isEmpty()) {
            throw new MissingSecretsException(missing);
        }
    }
}
