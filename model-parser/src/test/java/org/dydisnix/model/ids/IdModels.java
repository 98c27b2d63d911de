package org.dydisnix.model.ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.DataNode;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;
import org.dydisnix.model.SourcePosition;

/** Builds small models for the ID assignment tests. */
final class IdModels {
    static final SourcePosition AT = new SourcePosition("test.nix", 1, 1);

    private IdModels() {}

    /** Services by key, each asking for IDs from the listed resources. */
    static ServicesModel services(Map<String, List<String>> requirements) {
        SortedMap<String, Service> services = new TreeMap<>();
        requirements.forEach(
                (key, resources) -> {
                    SortedMap<String, ModelNode> properties = new TreeMap<>();
                    List<ModelNode> names = new ArrayList<>();
                    resources.forEach(name -> names.add(DataNode.ofString(name, AT)));
                    properties.put("requiresUniqueIdsFor", DataNode.ofList(names, AT));
                    services.put(
                            key,
                            new Service(
                                    key,
                                    key,
                                    List.of(),
                                    List.of(),
                                    "echo",
                                    "",
                                    null,
                                    null,
                                    List.of(),
                                    properties,
                                    AT));
                });
        return new ServicesModel(services);
    }

    /** A distribution: service key to target keys. */
    static Distribution distribution(Map<String, List<String>> targets) {
        SortedMap<String, List<Mapping>> mappings = new TreeMap<>();
        targets.forEach(
                (service, list) -> mappings.put(service, list.stream().map(Mapping::to).toList()));
        return Distribution.of(mappings);
    }

    static IdResource resource(String name, long min, long max, long step, IdResource.Scope scope) {
        return new IdResource(name, min, max, step, scope, AT);
    }

    static IdResources resources(IdResource... resources) {
        SortedMap<String, IdResource> byName = new TreeMap<>();
        for (IdResource resource : resources) {
            byName.put(resource.name(), resource);
        }
        return new IdResources(byName);
    }
}
