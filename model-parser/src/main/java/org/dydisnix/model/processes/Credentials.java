package org.dydisnix.model.processes;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The groups and users a process needs in the system, as declared by its {@code credentials}. */
public record Credentials(SortedMap<String, Group> groups, SortedMap<String, User> users) {

    /** No groups and no users. */
    public static final Credentials NONE = new Credentials(new TreeMap<>(), new TreeMap<>());

    public Credentials {
        groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
        users = Collections.unmodifiableSortedMap(new TreeMap<>(users));
    }

    /** True when neither groups nor users are declared. */
    public boolean isEmpty() {
        return groups.isEmpty() && users.isEmpty();
    }

    /** A group; {@code gid} is null when the image builder may choose one. */
    public record Group(String name, Long gid) {}

    /**
     * A user account; null fields take the defaults of dysnomia-addusers (home {@code /dev/null}, a
     * group of the same name, a chosen uid).
     */
    public record User(
            String name,
            Long uid,
            String group,
            String description,
            String homeDir,
            boolean createHomeDir,
            String shell,
            String password) {}
}
