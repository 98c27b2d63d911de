package org.dydisnix.image.layer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dydisnix.model.SourcePosition;
import org.dydisnix.model.processes.Credentials;
import org.dydisnix.model.processes.ManagedProcess;
import org.dydisnix.model.processes.ProcessModelException;
import org.dydisnix.model.processes.ProcessesModel;

/**
 * The image's users and groups: the base's {@code /etc/passwd}, {@code group}, {@code shadow} and
 * {@code gshadow} with the processes' credentials appended, the way dysnomia-addgroups and
 * dysnomia-addusers add them (existing accounts are kept; ids not fixed by the model are the lowest
 * free ones from 1000 up, given in name order, so the result is deterministic).
 */
public final class Accounts {
    /** The first id given to an account whose id the model does not fix. */
    public static final long FIRST_ID = 1000;

    private static final long NOBODY = 65534;

    private final List<String> passwd;
    private final List<String> group;
    private final List<String> shadow;
    private final List<String> gshadow;
    private final Map<String, UserIds> users = new LinkedHashMap<>();
    private final Map<String, Long> groups = new LinkedHashMap<>();
    private final Map<Long, String> groupById = new TreeMap<>();
    private final Set<Long> uids = new HashSet<>();
    private final List<Home> homes = new ArrayList<>();

    /** A user's ids. */
    private record UserIds(long uid, long gid) {}

    /** A home directory to create, owned by its user. */
    private record Home(ImagePath directory, long uid, long gid) {}

    private Accounts(BaseFileSystem base) {
        passwd = lines(base.text("etc/passwd"), "root:x:0:0:root:/root:/bin/sh");
        group = lines(base.text("etc/group"), "root:x:0:");
        shadow = lines(base.text("etc/shadow"), "root:!x:::::::");
        gshadow = lines(base.text("etc/gshadow"), "root:x::");
        for (String line : passwd) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 4) {
                long uid = parse(fields[2]);
                users.put(fields[0], new UserIds(uid, parse(fields[3])));
                uids.add(uid);
            }
        }
        for (String line : group) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 3) {
                long gid = parse(fields[2]);
                groups.put(fields[0], gid);
                groupById.putIfAbsent(gid, fields[0]);
            }
        }
    }

    /**
     * Merges the credentials of all processes into the base's accounts. Without user changes
     * ({@code forceDisableUserChange}) only {@code nobody}/{@code nogroup} are ensured.
     *
     * @throws ProcessModelException if two processes declare one account differently, a fixed id is
     *     taken by another account, a user's group or a process's user does not exist
     */
    public static Accounts merge(
            BaseFileSystem base,
            ProcessesModel model,
            boolean forceDisableUserChange,
            Consumer<String> warnings) {
        Accounts accounts = new Accounts(base);
        accounts.ensureNobody();
        if (forceDisableUserChange) {
            return accounts;
        }
        Map<String, Credentials.Group> declaredGroups = new TreeMap<>();
        Map<String, Credentials.User> declaredUsers = new TreeMap<>();
        Map<String, SourcePosition> declaredAt = new TreeMap<>();
        for (ManagedProcess process : model.processes().values()) {
            checkFields(process);
            process.credentials()
                    .groups()
                    .forEach(
                            (name, spec) -> {
                                Credentials.Group previous = declaredGroups.putIfAbsent(name, spec);
                                if (previous != null && !previous.equals(spec)) {
                                    throw new ProcessModelException(
                                            process.position(),
                                            "group '"
                                                    + name
                                                    + "' is declared differently by another process (at "
                                                    + declaredAt.get("g:" + name)
                                                    + ")");
                                }
                                declaredAt.putIfAbsent("g:" + name, process.position());
                            });
            process.credentials()
                    .users()
                    .forEach(
                            (name, spec) -> {
                                Credentials.User previous = declaredUsers.putIfAbsent(name, spec);
                                if (previous != null && !previous.equals(spec)) {
                                    throw new ProcessModelException(
                                            process.position(),
                                            "user '"
                                                    + name
                                                    + "' is declared differently by another process (at "
                                                    + declaredAt.get("u:" + name)
                                                    + ")");
                                }
                                declaredAt.putIfAbsent("u:" + name, process.position());
                            });
        }
        // Personal groups for users without one, as useradd would make them.
        declaredUsers
                .values()
                .forEach(
                        user -> {
                            if (user.group() == null && !accounts.groups.containsKey(user.name())) {
                                declaredGroups.putIfAbsent(
                                        user.name(), new Credentials.Group(user.name(), null));
                            }
                        });
        // Fixed ids first, so that chosen ids never take them.
        for (Credentials.Group spec : declaredGroups.values()) {
            if (spec.gid() != null) {
                accounts.addGroup(spec, declaredAt.get("g:" + spec.name()), warnings);
            }
        }
        for (Credentials.Group spec : declaredGroups.values()) {
            if (spec.gid() == null) {
                accounts.addGroup(spec, declaredAt.get("g:" + spec.name()), warnings);
            }
        }
        for (Credentials.User spec : declaredUsers.values()) {
            if (spec.uid() != null) {
                accounts.addUser(spec, declaredAt.get("u:" + spec.name()), warnings);
            }
        }
        for (Credentials.User spec : declaredUsers.values()) {
            if (spec.uid() == null) {
                accounts.addUser(spec, declaredAt.get("u:" + spec.name()), warnings);
            }
        }
        for (ManagedProcess process : model.processes().values()) {
            if (process.user() != null && !accounts.users.containsKey(process.user())) {
                throw new ProcessModelException(
                        process.position(),
                        "process '"
                                + process.name()
                                + "' runs as unknown user '"
                                + process.user()
                                + "' (declare it in 'credentials' or use a base image that has it)");
            }
        }
        return accounts;
    }

    /** Checks every account field the process declares against the account files' grammar. */
    private static void checkFields(ManagedProcess process) {
        String prefix = "process '" + process.name() + "': credentials.";
        SourcePosition at = process.position();
        process.credentials()
                .groups()
                .keySet()
                .forEach(name -> AccountFields.name(name, prefix + "groups name", at));
        process.credentials()
                .users()
                .forEach(
                        (name, user) -> {
                            String of = prefix + "users." + name + ".";
                            AccountFields.name(name, prefix + "users name", at);
                            if (user.group() != null) {
                                AccountFields.name(user.group(), of + "group", at);
                            }
                            if (user.homeDir() != null) {
                                AccountFields.path(user.homeDir(), of + "homeDir", at);
                            }
                            if (user.shell() != null) {
                                AccountFields.path(user.shell(), of + "shell", at);
                            }
                            if (user.password() != null) {
                                AccountFields.password(user.password(), of + "password", at);
                            }
                        });
    }

    private void ensureNobody() {
        if (!groups.containsKey("nogroup") && !groupById.containsKey(NOBODY)) {
            appendGroup("nogroup", NOBODY);
        }
        if (!users.containsKey("nobody") && !uids.contains(NOBODY)) {
            long gid = groups.getOrDefault("nogroup", NOBODY);
            appendUser("nobody", NOBODY, gid, "nobody", "/nonexistent", "/usr/sbin/nologin", "*");
        }
    }

    private void addGroup(Credentials.Group spec, SourcePosition at, Consumer<String> warnings) {
        Long existing = groups.get(spec.name());
        if (existing != null) {
            if (spec.gid() != null && !existing.equals(spec.gid())) {
                warnings.accept(
                        "group '"
                                + spec.name()
                                + "' already exists in the base image with gid "
                                + existing
                                + ", not "
                                + spec.gid()
                                + "; keeping "
                                + existing);
            }
            return;
        }
        long gid;
        if (spec.gid() != null) {
            gid = spec.gid();
            String owner = groupById.get(gid);
            if (owner != null) {
                throw new ProcessModelException(
                        at,
                        "gid "
                                + gid
                                + " of group '"
                                + spec.name()
                                + "' is already used by group '"
                                + owner
                                + "'");
            }
        } else {
            gid = FIRST_ID;
            while (groupById.containsKey(gid)) {
                gid++;
            }
        }
        appendGroup(spec.name(), gid);
    }

    private void addUser(Credentials.User spec, SourcePosition at, Consumer<String> warnings) {
        UserIds existing = users.get(spec.name());
        if (existing != null) {
            if (spec.uid() != null && existing.uid() != spec.uid()) {
                warnings.accept(
                        "user '"
                                + spec.name()
                                + "' already exists in the base image with uid "
                                + existing.uid()
                                + ", not "
                                + spec.uid()
                                + "; keeping "
                                + existing.uid());
            }
            return;
        }
        String groupName = spec.group() != null ? spec.group() : spec.name();
        Long gid = groups.get(groupName);
        if (gid == null) {
            throw new ProcessModelException(
                    at, "user '" + spec.name() + "' has unknown group '" + groupName + "'");
        }
        long uid;
        if (spec.uid() != null) {
            uid = spec.uid();
            if (uids.contains(uid)) {
                throw new ProcessModelException(
                        at,
                        "uid "
                                + uid
                                + " of user '"
                                + spec.name()
                                + "' is already used by another user");
            }
        } else {
            uid = FIRST_ID;
            while (uids.contains(uid)) {
                uid++;
            }
        }
        String home = spec.homeDir() != null ? spec.homeDir() : "/dev/null";
        appendUser(
                spec.name(),
                uid,
                gid,
                spec.description() == null ? "" : spec.description(),
                home,
                spec.shell() == null ? "" : spec.shell(),
                spec.password() == null ? "!" : spec.password());
        if (spec.createHomeDir() && !home.equals("/dev/null")) {
            homes.add(new Home(ImagePath.of(home), uid, gid));
        }
    }

    private void appendGroup(String name, long gid) {
        group.add(name + ":x:" + gid + ":");
        gshadow.add(name + ":!::");
        groups.put(name, gid);
        groupById.put(gid, name);
    }

    private void appendUser(
            String name,
            long uid,
            long gid,
            String description,
            String home,
            String shell,
            String password) {
        passwd.add(
                name
                        + ":x:"
                        + uid
                        + ":"
                        + gid
                        + ":"
                        + AccountFields.comment(description)
                        + ":"
                        + home
                        + ":"
                        + shell);
        shadow.add(name + ":" + password + ":::::::");
        users.put(name, new UserIds(uid, gid));
        uids.add(uid);
    }

    /** The name of a user's primary group, or null if the user is unknown. */
    public String primaryGroup(String user) {
        UserIds ids = users.get(user);
        return ids == null ? null : groupById.getOrDefault(ids.gid(), Long.toString(ids.gid()));
    }

    /** True when the user exists after merging. */
    public boolean hasUser(String user) {
        return users.containsKey(user);
    }

    /** Adds the four account files and the home directories to create. */
    public void addTo(FileTree tree) {
        tree.file("/etc/passwd", text(passwd), 0644);
        tree.file("/etc/group", text(group), 0644);
        tree.file("/etc/shadow", text(shadow), 0640);
        tree.file("/etc/gshadow", text(gshadow), 0640);
        for (Home home : homes) {
            tree.directory(home.directory(), 0755, home.uid(), home.gid());
        }
    }

    private static List<String> lines(String text, String fallback) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            lines.add(fallback);
            return lines;
        }
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
