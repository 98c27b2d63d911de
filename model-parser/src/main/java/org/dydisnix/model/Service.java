package org.dydisnix.model;

import java.util.List;
import java.util.SortedMap;

/**
 * A service of a services model.
 *
 * @param key the attribute name that identifies the service in the model
 * @param name the service's {@code name} property (the key when absent)
 * @param dependsOn keys of the services it depends on, in model order, without duplicates
 * @param connectsTo keys of the services it connects to without an activation-order dependency
 * @param type the deployment type, or null
 * @param group the group path ({@code a/b}), empty when none
 * @param description the description, or null
 * @param providesContainer the single container it provides, or null
 * @param providesContainers the names of the containers it provides, sorted
 * @param properties all other properties except {@code pkg}, unforced
 * @param position where the service is defined
 */
public record Service(
        String key,
        String name,
        List<String> dependsOn,
        List<String> connectsTo,
        String type,
        String group,
        String description,
        String providesContainer,
        List<String> providesContainers,
        SortedMap<String, ModelNode> properties,
        SourcePosition position) {

    public Service {
        dependsOn = List.copyOf(dependsOn);
        connectsTo = List.copyOf(connectsTo);
        providesContainers = List.copyOf(providesContainers);
        group = group == null ? "" : group;
    }

    /**
     * Every service it depends on or connects to: dependsOn first, then connectsTo, each key once.
     */
    public List<String> dependencies() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>(dependsOn);
        all.addAll(connectsTo);
        return List.copyOf(all);
    }

    /** Whether this service provides one or more containers for other services. */
    public boolean isContainerProvider() {
        return providesContainer != null || !providesContainers.isEmpty();
    }
}
