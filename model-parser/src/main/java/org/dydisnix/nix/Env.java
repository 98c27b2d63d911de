package org.dydisnix.nix;

import java.util.Arrays;
import java.util.Map;

/**
 * One scope of variables: either the slots of names bound by {@code let}, {@code rec} or a function
 * (the {@link Resolver} maps each variable to its scope and slot), or the attributes of a {@code
 * with}. Variables bound statically always win over {@code with} attributes.
 */
class Env {
    final Env parent;
    final Thunk[] slots;
    final Thunk with;

    private Env(Env parent, Thunk[] slots, Thunk with) {
        this.parent = parent;
        this.slots = slots;
        this.with = with;
    }

    /** A scope built from a map (the global scope), which knows the names of its slots. */
    static final class Named extends Env {
        final String[] names;

        private Named(Env parent, Thunk[] slots, String[] names) {
            super(parent, slots, null);
            this.names = names;
        }
    }

    /** A scope of the given number of slots, filled by the caller. */
    static Env of(Env parent, int size) {
        return new Env(parent, new Thunk[size], null);
    }

    /** A scope of one variable (a function's argument). */
    static Env of(Env parent, Thunk value) {
        return new Env(parent, new Thunk[] {value}, null);
    }

    /** A scope binding each name of the map, its slots in name order. */
    static Env of(Env parent, Map<String, Thunk> vars) {
        String[] names = vars.keySet().toArray(new String[0]);
        Arrays.sort(names);
        Thunk[] slots = new Thunk[names.length];
        for (int i = 0; i < names.length; i++) {
            slots[i] = vars.get(names[i]);
        }
        return new Named(parent, slots, names);
    }

    static Env with(Env parent, Thunk attrs) {
        return new Env(parent, null, attrs);
    }
}
