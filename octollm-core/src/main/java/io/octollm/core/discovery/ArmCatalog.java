package io.octollm.core.discovery;

import io.octollm.spi.ConfigurationException;
import io.octollm.spi.SpiVersion;
import io.octollm.spi.arm.Arm;
import io.octollm.spi.arm.ArmCapability;
import io.octollm.spi.arm.ArmConfig;
import io.octollm.spi.arm.ArmProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The arms an engine can route to, by id. Immutable and thread-safe once built.
 *
 * <p>Built from arms the host registers and arms created by {@link ArmProvider}s. Two arms with
 * the same id fail with a {@link ConfigurationException} naming both sources; a provider whose
 * {@code create} throws, returns null or reports an incompatible SPI version is logged and
 * skipped.
 */
public final class ArmCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(ArmCatalog.class);

    private final Map<String, Arm> arms;
    private final Map<String, String> sources;
    private final Map<String, List<Arm>> byTag;
    private final List<ArmCapability> capabilities;

    private ArmCatalog(Map<String, Arm> arms, Map<String, String> sources) {
        this.arms = Collections.unmodifiableMap(arms);
        this.sources = Collections.unmodifiableMap(sources);
        Map<String, List<Arm>> tags = new java.util.HashMap<>();
        List<ArmCapability> caps = new ArrayList<>(arms.size());
        for (Arm a : arms.values()) {
            caps.add(a.capability());
            for (String t : a.capability().tags()) {
                tags.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, List<Arm>> frozen = new java.util.HashMap<>();
        tags.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byTag = Map.copyOf(frozen);
        this.capabilities = List.copyOf(caps);
    }

    /**
     * @param registered arms registered directly by the host (source: "builder")
     * @param providers providers to create arms from, in a deterministic order
     * @param config configuration handed to every provider
     * @return the catalogue, ordered by arm id
     * @throws ConfigurationException when two arms share an id
     */
    public static ArmCatalog build(List<Arm> registered, List<ArmProvider> providers, ArmConfig config) {
        Map<String, Arm> arms = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Arm arm : registered) {
            add(arms, sources, arm, "builder-registered " + arm.getClass().getName());
        }
        List<ArmProvider> sorted = new ArrayList<>(providers);
        sorted.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        for (ArmProvider p : sorted) {
            Arm arm;
            try {
                arm = p.create(config);
                if (arm == null) {
                    LOG.warn("skipping arm provider {}: create() returned null", p.getClass().getName());
                    continue;
                }
                ArmCapability cap = arm.capability();
                if (!SpiVersion.isCompatible(cap.spiVersion())) {
                    LOG.warn("skipping arm provider {}: built for SPI {}, this engine runs SPI {}",
                            p.getClass().getName(), cap.spiVersion(), SpiVersion.CURRENT);
                    continue;
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("skipping arm provider {} that failed to create its arm: {}", p.getClass().getName(), e.toString());
                continue;
            }
            add(arms, sources, arm, "provider " + p.getClass().getName());
        }
        Map<String, Arm> ordered = new LinkedHashMap<>();
        Map<String, String> orderedSources = new LinkedHashMap<>();
        arms.keySet().stream().sorted().forEach(id -> {
            ordered.put(id, arms.get(id));
            orderedSources.put(id, sources.get(id));
        });
        return new ArmCatalog(ordered, orderedSources);
    }

    private static void add(Map<String, Arm> arms, Map<String, String> sources, Arm arm, String source) {
        Objects.requireNonNull(arm, "arm");
        String id = arm.capability().armId();
        String previous = sources.get(id);
        if (previous != null) {
            throw new ConfigurationException("arm-catalog", "duplicate arm id '" + id + "' from " + previous
                    + " and " + source + "; remove one of them or give it another id");
        }
        arms.put(id, arm);
        sources.put(id, source);
    }

    /** @return arms by id, ordered by id */
    public Map<String, Arm> arms() {
        return arms;
    }

    /** @return the arms' capabilities, ordered by arm id */
    public List<ArmCapability> capabilities() {
        return capabilities;
    }

    /**
     * @param armId id
     * @return the arm, if present
     */
    public Optional<Arm> find(String armId) {
        return Optional.ofNullable(arms.get(armId));
    }

    /**
     * @param armId id
     * @return where the arm came from (for messages)
     */
    public String source(String armId) {
        return sources.getOrDefault(armId, "unknown");
    }

    /**
     * @param tag capability tag
     * @return arms declaring it
     */
    public List<Arm> withTag(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    /** @return arm ids */
    public Collection<String> ids() {
        return arms.keySet();
    }

    /** @return number of arms */
    public int size() {
        return arms.size();
    }
}
