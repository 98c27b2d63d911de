package org.dydisnix.model.processes;

import java.util.SortedMap;
import java.util.TreeMap;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.ModelNode.Kind;

/** Reads a process's {@code credentials}: the groups and users it needs. */
final class CredentialsReader {
    private CredentialsReader() {}

    static Credentials read(ModelNode pkg) {
        ModelNode value = pkg.get("credentials");
        if (value == null || value.kind() == Kind.NULL) {
            return Credentials.NONE;
        }
        SortedMap<String, Credentials.Group> groups = new TreeMap<>();
        SortedMap<String, Credentials.User> users = new TreeMap<>();
        ModelNode groupsNode = value.get("groups");
        if (groupsNode != null && groupsNode.kind() != Kind.NULL) {
            groupsNode
                    .attributes()
                    .forEach(
                            (group, spec) ->
                                    groups.put(
                                            group, new Credentials.Group(group, id(spec, "gid"))));
        }
        ModelNode usersNode = value.get("users");
        if (usersNode != null && usersNode.kind() != Kind.NULL) {
            usersNode
                    .attributes()
                    .forEach(
                            (user, spec) -> {
                                ModelNode createHome = spec.get("createHomeDir");
                                users.put(
                                        user,
                                        new Credentials.User(
                                                user,
                                                id(spec, "uid"),
                                                ProcessesModelBuilder.optional(spec, "group"),
                                                ProcessesModelBuilder.optional(spec, "description"),
                                                ProcessesModelBuilder.optional(spec, "homeDir"),
                                                createHome != null
                                                        && createHome.kind() == Kind.BOOL
                                                        && createHome.asBoolean(),
                                                ProcessesModelBuilder.optional(spec, "shell"),
                                                ProcessesModelBuilder.optional(spec, "password")));
                            });
        }
        return new Credentials(groups, users);
    }

    private static Long id(ModelNode spec, String attribute) {
        if (spec.kind() != Kind.ATTRS) {
            throw new ProcessModelException(
                    spec.position(),
                    "a credential is "
                            + ModelNode.describe(spec.kind())
                            + " while a set was expected");
        }
        ModelNode value = spec.get(attribute);
        if (value == null || value.kind() == Kind.NULL) {
            return null;
        }
        long id = value.asLong();
        if (id < 0) {
            throw new ProcessModelException(
                    value.position(), attribute + " " + id + " is negative");
        }
        return id;
    }
}
