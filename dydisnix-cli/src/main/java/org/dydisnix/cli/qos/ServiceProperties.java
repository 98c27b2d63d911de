package org.dydisnix.cli.qos;

import static org.dydisnix.cli.qos.FilterCalls.arg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.ModelNode;

/**
 * The services as the QoS model sees them ({@code filterDerivations}: properties only, dependencies
 * by name) and the initial candidates ({@code createCartesianProduct}).
 */
public final class ServiceProperties {

    private ServiceProperties() {}

    /**
     * The services without their packages: {@code pkg} is dropped unforced, and so is every other
     * property that is a derivation (a set with {@code type = "derivation"}) or a function; {@code
     * dependsOn} and {@code connectsTo} become lists of the dependencies' names. A property whose
     * evaluation fails is kept as it is and fails only where a filter uses it.
     */
    public static Map<String, Object> filterDerivations(ModelNode services) {
        Map<String, Object> result = new TreeMap<>();
        services.attributes()
                .forEach(
                        (key, service) -> {
                            Map<String, Object> properties = new TreeMap<>();
                            service.attributes()
                                    .forEach(
                                            (name, value) -> {
                                                switch (name) {
                                                    case "pkg" -> {}
                                                    case "dependsOn", "connectsTo" ->
                                                            properties.put(
                                                                    name, dependencyNames(value));
                                                    default -> {
                                                        if (!isPackage(value)) {
                                                            properties.put(name, value);
                                                        }
                                                    }
                                                }
                                            });
                            result.put(key, properties);
                        });
        return result;
    }

    /** Whether a value is a derivation or a function; false when it cannot be evaluated. */
    static boolean isPackage(ModelNode value) {
        try {
            return switch (value.kind()) {
                case FUNCTION -> true;
                case ATTRS -> {
                    ModelNode type = value.get("type");
                    yield type != null
                            && type.kind() == ModelNode.Kind.STRING
                            && type.asString().equals("derivation");
                }
                default -> false;
            };
        } catch (ModelException e) {
            return false;
        }
    }

    /** {@code translateDependencyReferencesToNames { services; dependencies; }}. */
    static Object translateDependencyReferencesToNames(ModelNode args) {
        return dependencyNames(arg(args, "dependencies", "translateDependencyReferencesToNames"));
    }

    static List<String> dependencyNames(ModelNode dependencies) {
        List<String> names = new ArrayList<>();
        if (dependencies.kind() == ModelNode.Kind.LIST) {
            for (ModelNode element : dependencies.elements()) {
                names.add(dependencyName(element, null));
            }
        } else {
            dependencies
                    .attributes()
                    .forEach((key, value) -> names.add(dependencyName(value, key)));
        }
        return names;
    }

    private static String dependencyName(ModelNode dependency, String key) {
        if (dependency.kind() == ModelNode.Kind.STRING) {
            return dependency.asString();
        }
        ModelNode name = dependency.get("name");
        if (name == null) {
            if (key != null) {
                return key;
            }
            throw new ModelException(dependency.position(), "a dependency has no 'name'");
        }
        return name.asString();
    }

    /** Every service on every target of the infrastructure, targets in key order. */
    static Distribution cartesianProduct(ModelNode services, ModelNode infrastructure) {
        List<Mapping> targets =
                infrastructure.attributes().keySet().stream().map(Mapping::to).toList();
        SortedMap<String, List<Mapping>> mappings = new TreeMap<>();
        services.attributes().keySet().forEach(service -> mappings.put(service, targets));
        return Distribution.of(mappings);
    }
}
