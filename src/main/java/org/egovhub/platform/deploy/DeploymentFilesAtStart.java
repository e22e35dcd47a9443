package org.egovhub.platform.deploy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Reads every declared deployment file ({@link DeploymentFileSpec} in {@code META-INF/spring.factories})
 * once the application context is prepared and before it is refreshed, so that a missing or bad
 * file stops the start before any bean exists: before the database, the broker or anything under
 * the data folder is touched. The context is prepared once every initializer has run (tests set
 * the data folder and ports in theirs, and the files use them in {@code ${...}}). Each file's
 * record becomes a bean, named by its setting (e.g. {@code hub.extranet.channels-file}), and so
 * does the {@link DeploymentFiles} as a whole. Registered in {@code spring.factories}.
 */
public class DeploymentFilesAtStart implements ApplicationListener<ApplicationContextInitializedEvent> {

    @Override
    public void onApplicationEvent(ApplicationContextInitializedEvent event) {
        if (!isTheHub(event.getSpringApplication())) {
            return;
        }
        ConfigurableApplicationContext context = event.getApplicationContext();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<DeploymentFileSpec<?>> specs = (List) SpringFactoriesLoader.loadFactories(DeploymentFileSpec.class,
                DeploymentFilesAtStart.class.getClassLoader());
        DeploymentFiles files;
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            files = DeploymentFiles.load(context.getEnvironment(), specs, new DeploymentFileReader(validation.getValidator()),
                    Path.of(""));
        }
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        for (DeploymentFiles.Loaded<?> file : files.all()) {
            beans.registerSingleton(file.spec().key(), file.content());
        }
        beans.registerSingleton("deploymentFiles", files);
    }

    /**
     * Only the long-running hub (started from its {@code @SpringBootApplication}) reads the deployment
     * files; a command-line mode builds a context of its own from the files it is given.
     */
    private static boolean isTheHub(org.springframework.boot.SpringApplication application) {
        return application.getAllSources().stream().anyMatch(source -> source instanceof Class<?> type
                && type.isAnnotationPresent(org.springframework.boot.autoconfigure.SpringBootApplication.class));
    }
}
