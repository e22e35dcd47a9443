package org.egovhub.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.egovhub.extranet.channel.Channel;
import org.egovhub.extranet.channel.ChannelsFile;
import org.egovhub.extranet.channel.Target;
import org.egovhub.repost.source.Source;
import org.egovhub.repost.source.SourcesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A trial run on the built-in defaults reaches no address but the hub's own (loopback, its own
 * database) and the two public portals: every outbound target of the packaged settings and
 * deployment files, with their placeholders resolved as the hub resolves them.
 */
class BuiltInTargetsTest {

    @TempDir
    Path emptyWorkingDirectory;

    @Test
    void shouldReachOnlyLoopbackTheHubsOwnDatabaseAndThePortals() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        ConfigurationPropertySources.attach(environment);
        DeploymentFiles files = DeploymentFiles.load(environment, DeploymentFilesTest.SPECS,
                new DeploymentFileReader(Validation.buildDefaultValidatorFactory().getValidator()), emptyWorkingDirectory);
        assertThat(files.all()).allMatch(DeploymentFiles.Loaded::builtIn);

        List<String> urls = new ArrayList<>();
        files.get(SourcesFile.class).sources().stream().map(Source::url).forEach(urls::add);
        for (Channel channel : files.get(ChannelsFile.class).channels()) {
            urls.add(channel.legacy().url());
            urls.add(channel.extranet().url());
        }
        urls.add("smtp://" + environment.getProperty("spring.mail.host") + ":" + environment.getProperty("spring.mail.port"));
        assertThat(environment.getProperty("hub.repost.cms.url")).isEmpty();

        Set<String> hosts = new TreeSet<>();
        List<String> inProcess = new ArrayList<>();
        for (String url : urls) {
            if (url.startsWith("jdbc:h2:")) {
                inProcess.add(url);
            } else {
                hosts.add(URI.create(url.replaceFirst("^jdbc:", "")).getHost());
            }
        }
        assertThat(hosts).containsExactly("127.0.0.1", "localhost", "www.gov.cn", "www.hunan.gov.cn");
        String hubDatabase = "jdbc:h2:file:" + System.getProperty("user.dir") + "/data/db/hub;";
        assertThat(inProcess).hasSize(2).allMatch(url -> url.startsWith(hubDatabase));
        assertThat(files.get(ChannelsFile.class).channels()).flatExtracting(c -> List.of(c.legacy(), c.extranet()))
                .extracting(Target::type).containsOnly(Target.Type.QUEUE, Target.Type.TABLE);
    }
}
