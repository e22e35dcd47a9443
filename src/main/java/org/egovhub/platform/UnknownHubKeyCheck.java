package org.egovhub.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * Stops the start when a key under {@code hub.} belongs to no settings record, so a misspelt key
 * never silently falls back to its default. Each capability's record rejects unknown keys below
 * its own prefix; this check covers the keys that match no prefix at all. Environment variables
 * are not checked: the process environment holds variables the hub does not own.
 */
@Component
class UnknownHubKeyCheck implements SmartInitializingSingleton {

    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("hub");

    private final ApplicationContext context;
    private final ConfigurableEnvironment environment;

    UnknownHubKeyCheck(ApplicationContext context, ConfigurableEnvironment environment) {
        this.context = context;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<ConfigurationPropertyName> owners = new ArrayList<>();
        Set<ConfigurationPropertyName> rootKeys = new TreeSet<>();
        for (ConfigurationPropertiesBean bean : ConfigurationPropertiesBean.getAll(context).values()) {
            String prefix = bean.getAnnotation().prefix();
            if (prefix.equals("hub")) {
                rootKeys.addAll(rootKeysOf(bean));
            } else if (prefix.startsWith("hub.")) {
                owners.add(ConfigurationPropertyName.of(prefix));
            }
        }
        for (ConfigurationPropertyName key : configuredHubKeys()) {
            boolean owned = owners.stream().anyMatch(owner -> owner.equals(key) || owner.isAncestorOf(key))
                    || rootKeys.contains(key);
            if (!owned) {
                throw new UnknownHubKeyException(key.toString(), environment.getProperty(key.toString()),
                        known(owners, rootKeys));
            }
        }
    }

    private Set<ConfigurationPropertyName> rootKeysOf(ConfigurationPropertiesBean bean) {
        Set<ConfigurationPropertyName> keys = new TreeSet<>();
        Class<?> type = bean.asBindTarget().getType().resolve(Object.class);
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                keys.add(ROOT.append(component.getName().replaceAll("([A-Z])", "-$1").toLowerCase()));
            }
        }
        return keys;
    }

    private Set<ConfigurationPropertyName> configuredHubKeys() {
        Set<ConfigurationPropertyName> keys = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (isEnvironmentVariables(source) || !(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.stream().filter(ROOT::isAncestorOf).forEach(keys::add);
        }
        return keys;
    }

    private static boolean isEnvironmentVariables(ConfigurationPropertySource source) {
        Object underlying = source.getUnderlyingSource();
        return underlying instanceof org.springframework.core.env.PropertySource<?> ps
                && StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(ps.getName());
    }

    private static String known(List<ConfigurationPropertyName> owners, Set<ConfigurationPropertyName> rootKeys) {
        Set<String> names = new TreeSet<>();
        owners.forEach(o -> names.add(o + ".*"));
        rootKeys.forEach(k -> names.add(k.toString()));
        return names.stream().collect(Collectors.joining(", "));
    }
}
