package org.dydisnix.cli.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.Distribution;
import org.dydisnix.model.Infrastructure;
import org.dydisnix.model.Mapping;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServicesModel;
import org.dydisnix.model.Target;

/** Seeded random services, infrastructure and distribution models for property tests. */
final class RandomModels {

    private RandomModels() {}

    static ServicesModel services(Random random, int count, double density) {
        SortedMap<String, Service> services = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            Set<String> dependsOn = new LinkedHashSet<>();
            Set<String> connectsTo = new LinkedHashSet<>();
            for (int j = 0; j < i; j++) {
                double draw = random.nextDouble();
                if (draw < density) {
                    dependsOn.add(name(j));
                } else if (draw < density * 1.3) {
                    connectsTo.add(name(j));
                }
            }
            services.put(
                    name(i),
                    new Service(
                            name(i),
                            name(i),
                            new ArrayList<>(dependsOn),
                            new ArrayList<>(connectsTo),
                            "echo",
                            "",
                            null,
                            null,
                            List.of(),
                            new TreeMap<>(),
                            null));
        }
        return new ServicesModel(services);
    }

    static Infrastructure infrastructure(int targets) {
        SortedMap<String, Target> map = new TreeMap<>();
        for (int i = 0; i < targets; i++) {
            String key = String.format("target%02d", i);
            map.put(key, new Target(key, new TreeMap<>(), new TreeMap<>(), null, 1, null, null));
        }
        return new Infrastructure(map);
    }

    static Distribution candidates(
            Random random, ServicesModel services, Infrastructure infrastructure, int perService) {
        List<String> targets = new ArrayList<>(infrastructure.targets().keySet());
        SortedMap<String, List<Mapping>> mappings = new TreeMap<>();
        for (String service : services.services().keySet()) {
            List<String> shuffled = new ArrayList<>(targets);
            java.util.Collections.shuffle(shuffled, random);
            int count = 1 + random.nextInt(Math.min(perService, targets.size()));
            mappings.put(
                    service,
                    shuffled.subList(0, count).stream().sorted().map(Mapping::to).toList());
        }
        return Distribution.of(mappings);
    }

    static String name(int i) {
        return String.format("service%03d", i);
    }

    /** The number of dependency relations whose two services are on different targets. */
    static int interMachineLinks(ServicesModel services, Distribution distribution) {
        int links = 0;
        for (Service service : services.services().values()) {
            String target = distribution.mappings().get(service.key()).get(0).target();
            for (String dependency : service.dependencies()) {
                if (!target.equals(distribution.mappings().get(dependency).get(0).target())) {
                    links++;
                }
            }
        }
        return links;
    }
}
