package io.octollm.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.octollm.core.OctoLlm;
import io.octollm.spi.ConfigurationException;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.arm.ArmProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    private static ClassLoader loaderFor(String dir) {
        URL url = DiscoveryTest.class.getResource("/discovery/" + dir + "/");
        assertThat(url).as("test resource folder " + dir).isNotNull();
        return new URLClassLoader(new URL[] {url}, DiscoveryTest.class.getClassLoader());
    }

    @Test
    void serviceLoader_brokenProviders_reportedAndSkipped_restLoad() {
        List<String> failures = new ArrayList<>();
        ComponentLoader loader = ComponentLoader.serviceLoader(loaderFor("good"),
                (type, e) -> failures.add(e.getMessage()));
        List<ArmProvider> providers = loader.load(ArmProvider.class);
        assertThat(providers).extracting(p -> p.getClass().getSimpleName())
                .containsExactlyInAnyOrder("Beta", "BrokenCreate", "FutureSpi", "Alpha");
        assertThat(failures).hasSize(2);
        assertThat(failures).anySatisfy(m -> assertThat(m).contains("BrokenConstructor"));
        assertThat(failures).anySatisfy(m -> assertThat(m).contains("NoSuchProviderClass"));
    }

    @Test
    void catalog_fromServiceFiles_isOrderedById_andSkipsFailingAndIncompatibleProviders() {
        ComponentLoader loader = ComponentLoader.serviceLoader(loaderFor("good"), (t, e) -> { });
        ArmCatalog catalog = ArmCatalog.build(List.of(), loader.load(ArmProvider.class), ArmConfig.EMPTY);
        assertThat(catalog.ids()).containsExactly("alpha", "beta");
        assertThat(catalog.source("alpha")).contains("TestProviders$Alpha");
    }

    @Test
    void catalog_duplicateIds_failNamingBothProviders() {
        ComponentLoader loader = ComponentLoader.serviceLoader(loaderFor("duplicate"), (t, e) -> { });
        List<ArmProvider> providers = loader.load(ArmProvider.class);
        assertThatThrownBy(() -> ArmCatalog.build(List.of(), providers, ArmConfig.EMPTY))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("duplicate arm id 'alpha'")
                .hasMessageContaining("TestProviders$Alpha")
                .hasMessageContaining("TestProviders$AlphaAgain");
    }

    @Test
    void catalog_builderArmCollidingWithProvider_failsNamingBoth() {
        assertThatThrownBy(() -> ArmCatalog.build(List.of(TestProviders.arm("alpha")),
                List.of(new TestProviders.Alpha()), ArmConfig.EMPTY))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("builder-registered")
                .hasMessageContaining("provider io.octollm.core.discovery.TestProviders$Alpha");
    }

    @Test
    void catalog_providerGetsConfig() {
        ArmCatalog c = ArmCatalog.build(List.of(), List.of(new TestProviders.Beta()),
                new ArmConfig(Map.of("beta.id", "gamma")));
        assertThat(c.ids()).containsExactly("gamma");
    }

    @Test
    void engine_usesReplaceableComponentLoader() {
        ComponentLoader handIn = ComponentLoader.of(new TestProviders.Alpha(), "not a provider");
        try (OctoLlm engine = OctoLlm.builder().componentLoader(handIn).build()) {
            assertThat(engine.arms().ids()).containsExactly("alpha", "judge");
        }
    }

    @Test
    void engine_discoversFromServiceFilesThroughLoader() {
        try (OctoLlm engine = OctoLlm.builder()
                .componentLoader(ComponentLoader.serviceLoader(loaderFor("good"), (t, e) -> { })).build()) {
            assertThat(engine.arms().ids()).containsExactly("alpha", "beta", "judge");
        }
    }
}
