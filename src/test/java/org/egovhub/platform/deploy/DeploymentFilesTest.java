package org.egovhub.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.egovhub.extranet.channel.ChannelsFile;
import org.egovhub.reconcile.DepartmentsFile;
import org.egovhub.repost.source.SourcesFile;
import org.egovhub.testing.LogLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Which file is read: a file named by its setting must exist; without the setting, the file at
 * the default path when it is there (and then it must be valid), else the built-in default.
 */
class DeploymentFilesTest {

    @RegisterExtension
    final LogLines log = LogLines.of(DeploymentFiles.class);

    static final DeploymentFileReader READER = new DeploymentFileReader(Validation.buildDefaultValidatorFactory().getValidator());

    /** The files the hub declares, in spring.factories order. */
    static final List<DeploymentFileSpec<?>> SPECS = specs();

    /** An empty working directory: no config/ folder. */
    @TempDir
    Path work;

    final StandardEnvironment environment = new StandardEnvironment();

    {
        environment.getPropertySources().addFirst(new MapPropertySource("hub", Map.of("hub.data-dir", "/srv/hub/data",
                "hub.broker.port", "61617", "spring.datasource.url", "jdbc:h2:file:/srv/hub/data/db/hub", "spring.datasource.username", "sa")));
        ConfigurationPropertySources.attach(environment);
    }

    @Test
    void shouldDeclareTheSourcesChannelsAndDepartmentsFiles() {
        assertThat(SPECS).extracting(DeploymentFileSpec::key)
                .containsExactly("hub.repost.sources-file", "hub.extranet.channels-file", "hub.reconcile.departments-file");
        assertThat(SPECS).extracting(DeploymentFileSpec::defaultPath)
                .containsExactly("config/sources.yml", "config/channels.yml", "config/departments.yml");
    }

    @Test
    void shouldUseTheBuiltInDefaultsWhenNothingIsAtTheDefaultPathsAndSaySo() {
        DeploymentFiles files = DeploymentFiles.load(environment, SPECS, READER, work);

        assertThat(files.all()).extracting(DeploymentFiles.Loaded::origin)
                .containsExactly("built-in config/sources.yml", "built-in config/channels.yml", "built-in config/departments.yml");
        assertThat(files.all()).allMatch(DeploymentFiles.Loaded::builtIn);
        assertThat(files.get(SourcesFile.class)).isEqualTo(READER.read(Path.of("config/sources.yml"), SourcesFile.class));
        assertThat(files.get(ChannelsFile.class)).isEqualTo(READER.read(Path.of("config/channels.yml"), ChannelsFile.class,
                environment::resolveRequiredPlaceholders));
        assertThat(files.get(DepartmentsFile.class)).isEqualTo(READER.read(Path.of("config/departments.yml"), DepartmentsFile.class));
        assertThat(log.lines()).containsExactly(
                "INFO No deployment file at config/sources.yml (hub.repost.sources-file): using the built-in default",
                "INFO No deployment file at config/channels.yml (hub.extranet.channels-file): using the built-in default",
                "INFO No deployment file at config/departments.yml (hub.reconcile.departments-file): using the built-in default");
    }

    @Test
    void shouldReadAFileAtTheDefaultPathAndNameIt() throws IOException {
        write("config/sources.yml", "sources: []\n");

        DeploymentFiles files = DeploymentFiles.load(environment, SPECS, READER, work);

        assertThat(files.get(SourcesFile.class).sources()).isEmpty();
        assertThat(files.all().get(0).origin()).isEqualTo("config/sources.yml");
        assertThat(files.all().get(0).builtIn()).isFalse();
        assertThat(log.lines()).contains("INFO Read deployment file config/sources.yml (hub.repost.sources-file)");
    }

    @Test
    void shouldStopOnAnInvalidFileAtTheDefaultPathInsteadOfFallingBack() throws IOException {
        write("config/channels.yml", "channels:\n  - id: x\n    initial-mode: later\n");

        assertThatThrownBy(() -> DeploymentFiles.load(environment, SPECS, READER, work))
                .isInstanceOf(DeploymentFileException.class)
                .hasMessage("config/channels.yml: channels[0].initial-mode: 'later' is not one of [legacy, dual, extranet]");
    }

    @Test
    void shouldReadTheFileTheSettingNames() throws IOException {
        write("elsewhere/departments.yml", "departments:\n  - {code: 民政, name: 区民政局, head: 局长, email: mz@example.gov.cn}\n");
        set("hub.reconcile.departments-file", "elsewhere/departments.yml");

        DeploymentFiles files = DeploymentFiles.load(environment, SPECS, READER, work);

        assertThat(files.get(DepartmentsFile.class).departments()).extracting(DepartmentsFile.Department::code).containsExactly("民政");
        assertThat(files.all().get(2).origin()).isEqualTo("elsewhere/departments.yml");
    }

    @Test
    void shouldStopWhenTheFileTheSettingNamesIsMissingEvenWhereTheDefaultPathHasOne() throws IOException {
        write("config/departments.yml", "departments: []\n");
        set("hub.reconcile.departments-file", "config/departments-2027.yml");

        assertThatThrownBy(() -> DeploymentFiles.load(environment, SPECS, READER, work))
                .hasMessage("config/departments-2027.yml: not found (named by hub.reconcile.departments-file)");
    }

    @Test
    void shouldTreatTheDefaultPathAsExplicitWhenTheSettingNamesIt() {
        set("hub.extranet.channels-file", "config/channels.yml");

        assertThatThrownBy(() -> DeploymentFiles.load(environment, SPECS, READER, work))
                .hasMessage("config/channels.yml: not found (named by hub.extranet.channels-file)");
    }

    @Test
    void shouldStopOnASettingThatNamesNoFile() {
        set("hub.repost.sources-file", "");

        assertThatThrownBy(() -> DeploymentFiles.load(environment, SPECS, READER, work))
                .hasMessage("(no file): hub.repost.sources-file is set but empty: name a file, or leave it out");
    }

    @Test
    void shouldShipTheFilesOfConfigAsTheBuiltInDefaultsByteForByte() throws IOException {
        for (DeploymentFileSpec<?> spec : SPECS) {
            try (InputStream builtIn = getClass().getClassLoader().getResourceAsStream(spec.builtInDefault())) {
                assertThat(builtIn).as(spec.builtInDefault()).isNotNull();
                assertThat(builtIn.readAllBytes()).as(spec.builtInDefault()).isEqualTo(Files.readAllBytes(Path.of(spec.defaultPath())));
            }
        }
        assertThat(getClass().getClassLoader().getResource("defaults/examples/channels.yml")).isNull();
    }

    private void set(String key, String value) {
        environment.getPropertySources().addFirst(new MapPropertySource(key, Map.of(key, value)));
    }

    private void write(String relative, String yaml) throws IOException {
        Path file = work.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<DeploymentFileSpec<?>> specs() {
        return (List) SpringFactoriesLoader.loadFactories(DeploymentFileSpec.class, DeploymentFilesTest.class.getClassLoader());
    }
}
