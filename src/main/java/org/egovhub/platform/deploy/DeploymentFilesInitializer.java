package org.egovhub.platform.deploy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Reads every declared deployment file ({@link DeploymentFileSpec} in {@code META-INF/spring.factories})
 * before any bean of the hub is made, so that a missing or bad file stops the start before the
 * database, the broker or anything under the data folder is touched. Registered in
 * {@code spring.factories}, it adds a post-processor that runs first in the context's refresh:
 * after every initializer (tests set the data folder and ports in theirs, and files use them in
 * {@code ${...}}) and before every bean. Each file's record becomes a bean (named by its
 * setting, e.g. {@code hub.extranet.channels-file}), and so does the {@link DeploymentFiles} as a whole.
 */
public class DeploymentFilesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (context.getParent() == null) {
            context.addBeanFactoryPostProcessor(new Reading(context.getEnvironment()));
        }
    }

    /** The post-processor that reads the files; the first one the refresh calls (added to the context, priority-ordered). */
    static final class Reading implements BeanDefinitionRegistryPostProcessor, PriorityOrdered {

        private final ConfigurableEnvironment environment;

        Reading(ConfigurableEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            if (!(registry instanceof ConfigurableListableBeanFactory beans)) {
                throw new IllegalStateException("Cannot register the deployment files in " + registry);
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            List<DeploymentFileSpec<?>> specs = (List) SpringFactoriesLoader.loadFactories(DeploymentFileSpec.class,
                    DeploymentFilesInitializer.class.getClassLoader());
            DeploymentFiles files;
            try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
                files = DeploymentFiles.load(environment, specs, new DeploymentFileReader(validation.getValidator()), Path.of(""));
            }
            for (DeploymentFiles.Loaded<?> file : files.all()) {
                beans.registerSingleton(file.spec().key(), file.content());
            }
            beans.registerSingleton("deploymentFiles", files);
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }
    }
}
